import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { actorOf } from "../auth/actor";
import type { Context } from "../context";
import { AddQuoteInput } from "../models/add-quote.input";
import { CorrectQuoteInput } from "../models/correct-quote.input";
import { DeleteQuotePayload, QuotePayload } from "../models/quote.payload";
import { Quote } from "../models/quote.type";
import { toGlobalId } from "../services/global-id";
import { addQuote, correctQuote, deleteQuote } from "../services/quote-write.service";

@Resolver(() => Quote)
export class QuoteMutationResolver {
  @Mutation(() => QuotePayload, {
    description:
      "Corrects a quote's speaker (a person, an organisation, an unnamed description, or none), kind or span. Stored as an " +
      "editorial decision: re-applied when the article is extracted again. Needs write.",
  })
  async correctQuote(@Arg("input", () => CorrectQuoteInput) input: CorrectQuoteInput, @Ctx() ctx: Context): Promise<QuotePayload> {
    const { quoteId, ...decision } = input;
    return { quote: await correctQuote(ctx.prisma, quoteId, decision, actorOf(ctx)) };
  }

  @Mutation(() => QuotePayload, { description: "Adds a quote extraction missed, as an editorial decision (kept across re-extraction). Needs write." })
  async addQuote(@Arg("input", () => AddQuoteInput) input: AddQuoteInput, @Ctx() ctx: Context): Promise<QuotePayload> {
    return { quote: await addQuote(ctx.prisma, input, actorOf(ctx)) };
  }

  @Mutation(() => DeleteQuotePayload, { description: "Deletes a quote that is not one; it stays deleted after re-extraction. Needs admin." })
  async deleteQuote(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<DeleteQuotePayload> {
    const deleted = await deleteQuote(ctx.prisma, id, actorOf(ctx));
    const article = await ctx.loaders.article.load(deleted.articleId);
    return { deletedQuoteId: toGlobalId("Quote", deleted.id), article: article! };
  }

  @FieldResolver(() => Boolean, { description: "True when an editor decided this quote (speaker, kind, span, or added it) rather than extraction alone." })
  corrected(@Root() quote: Quote, @Ctx() { loaders }: Context): Promise<boolean> {
    return loaders.quoteCorrected.load(Number(quote.id));
  }
}
