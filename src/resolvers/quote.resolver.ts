import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Article } from "../models/article.type";
import { QuoteConnection } from "../models/connections";
import { Organization } from "../models/organization.type";
import { Person } from "../models/person.type";
import { Quote } from "../models/quote.type";
import { QuotesArgs } from "../models/quotes.args";
import { Speaker } from "../models/speaker.union";
import { decodeGlobalId } from "../services/global-id";
import { listQuotes } from "../services/quote.service";
import type { QuoteView } from "../services/records";
import { speakerOf } from "../services/speaker.service";

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => Quote, {
    nullable: true,
    description: "One quote by global ID; null when the ID is malformed, of another type, or unknown.",
  })
  quote(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    const rowId = decodeGlobalId(id, "Quote");
    return rowId === null ? null : loaders.quote.load(rowId);
  }

  @Query(() => QuoteConnection, {
    description:
      "Quotes, from the newest articles first (each article's quotes in reading order) unless `orderBy` says otherwise.",
  })
  quotes(@Args() args: QuotesArgs, @Ctx() { prisma }: Context) {
    return listQuotes(prisma, args);
  }

  @FieldResolver(() => Speaker, {
    nullable: true,
    description:
      "Who said it: a Person, an Organization, or an UnnamedSource (\"officials\"); null when the article does not say.",
  })
  attributedTo(@Root() quote: QuoteView, @Ctx() { loaders }: Context) {
    return speakerOf(quote, loaders);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "Who said it, when it is a person.",
    deprecationReason: "Use `attributedTo` (`... on Person`).",
  })
  speaker(@Root() quote: QuoteView, @Ctx() { loaders }: Context) {
    return quote.speakerId === null ? null : loaders.person.load(quote.speakerId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The organisation that said it, when the speaker is an organisation rather than a person.",
    deprecationReason: "Use `attributedTo` (`... on Organization`).",
  })
  speakerOrganization(@Root() quote: QuoteView, @Ctx() { loaders }: Context) {
    return quote.speakerOrganizationId === null ? null : loaders.organization.load(quote.speakerOrganizationId);
  }

  @FieldResolver(() => Article, { description: "The article that reports it." })
  async article(@Root() quote: QuoteView, @Ctx() { loaders }: Context) {
    return loaders.article.load(quote.articleId);
  }
}
