import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { nameKey } from "../ingest/resolve/name-key";
import { CoMention } from "../models/co-mention.type";
import { CoMentionedArgs } from "../models/co-mentioned.args";
import { ArticleConnection, PersonConnection, QuoteConnection } from "../models/connections";
import { PageArgs } from "../models/page.args";
import { PeopleArgs } from "../models/people.args";
import { Person } from "../models/person.type";
import { Role } from "../models/role.type";
import { decodeGlobalId } from "../services/global-id";
import { listPeople } from "../services/person.service";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: "One person by global ID; null when the ID is malformed, of another type, or unknown.",
  })
  person(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    const rowId = decodeGlobalId(id, "Person");
    return rowId === null ? null : loaders.personOrRedirect.load(rowId);
  }

  @Query(() => PersonConnection, { description: "People, by name unless `orderBy` says otherwise." })
  people(@Args() args: PeopleArgs, @Ctx() { prisma }: Context) {
    return listPeople(prisma, args);
  }

  @FieldResolver(() => [String], { description: "Other names the articles use: \"Qassem\", \"Sheikh Naim Qassem\"." })
  async aliases(@Root() person: Person, @Ctx() { loaders }: Context) {
    const own = nameKey(person.name);
    return (await loaders.aliasesOfPerson.load(person.id)).filter((row) => row.key !== own).map((row) => row.alias);
  }

  @FieldResolver(() => [Role], { description: "Titles the person holds, with their organisation." })
  roles(@Root() person: Person, @Ctx() { loaders }: Context) {
    return loaders.rolesOfPerson.load(person.id);
  }

  @FieldResolver(() => QuoteConnection, {
    description: "What the person is quoted as saying, from the newest articles first.",
  })
  quotes(@Root() person: Person, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    return loaders.quotesOfSpeaker.load({ ...page, parentId: person.id });
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention or quote the person, newest first." })
  articles(@Root() person: Person, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    return loaders.articlesOfPerson.load({ ...page, parentId: person.id });
  }

  @FieldResolver(() => [CoMention], {
    description: "People most often mentioned in the same articles, with the number of shared articles.",
  })
  async coMentioned(@Root() person: Person, @Args() { first }: CoMentionedArgs, @Ctx() { loaders }: Context) {
    const rows = await loaders.coMentioned.load({ personId: person.id, first });
    const people = await loaders.person.loadMany(rows.map((row) => row.otherId));
    return rows.flatMap((row, i) => {
      const other = people[i];
      return other && !(other instanceof Error) ? [{ person: other, articleCount: row.articleCount }] : [];
    });
  }
}
