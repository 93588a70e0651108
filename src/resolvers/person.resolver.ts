import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { nameKey } from "../ingest/resolve/name-key";
import { Article } from "../models/article.type";
import { PersonConnection } from "../models/connections";
import { PeopleArgs } from "../models/people.args";
import { Person } from "../models/person.type";
import { Quote } from "../models/quote.type";
import { Role } from "../models/role.type";
import { parseId } from "../services/ids";
import { listPeople } from "../services/person.service";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "One person by id; null when there is none." })
  person(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.person.load(parseId(id, "id"));
  }

  @Query(() => PersonConnection, { description: "People in the order they were first stored." })
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

  @FieldResolver(() => [Quote], { description: "Everything attributed to the person, by article." })
  quotes(@Root() person: Person, @Ctx() { loaders }: Context) {
    return loaders.quotesOfSpeaker.load(person.id);
  }

  @FieldResolver(() => [Article], { description: "Articles that mention or quote the person." })
  async articles(@Root() person: Person, @Ctx() { loaders }: Context) {
    return (await loaders.articlesOfPerson.load(person.id)).map((row) => row.article);
  }
}
