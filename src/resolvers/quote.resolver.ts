import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Article } from "../models/article.type";
import { QuoteConnection } from "../models/connections";
import { Organization } from "../models/organization.type";
import { Person } from "../models/person.type";
import { Quote } from "../models/quote.type";
import { QuotesArgs } from "../models/quotes.args";
import { parseId } from "../services/ids";
import { listQuotes } from "../services/quote.service";
import type { QuoteView } from "../services/records";

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, { nullable: true, description: "One quote by id; null when there is none." })
  quote(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.quote.load(parseId(id, "id"));
  }

  @Query(() => QuoteConnection, { description: "Quotes, from the newest articles first unless `orderBy` says otherwise." })
  quotes(@Args() args: QuotesArgs, @Ctx() { prisma }: Context) {
    return listQuotes(prisma, args);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who said it; null when the article does not say." })
  speaker(@Root() quote: QuoteView, @Ctx() { loaders }: Context) {
    return quote.speakerId === null ? null : loaders.person.load(quote.speakerId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The organisation that said it, when the speaker is an organisation rather than a person.",
  })
  speakerOrganization(@Root() quote: QuoteView, @Ctx() { loaders }: Context) {
    return quote.speakerOrganizationId === null ? null : loaders.organization.load(quote.speakerOrganizationId);
  }

  @FieldResolver(() => Article, { description: "The article that reports it." })
  async article(@Root() quote: QuoteView, @Ctx() { loaders }: Context) {
    return loaders.article.load(quote.articleId);
  }
}
