import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { actorOf } from "../auth/actor";
import type { Context } from "../context";
import { DeleteArticlePayload, UpdateArticlePayload } from "../models/article.payload";
import { UpdateArticleInput } from "../models/update-article.input";
import { deleteArticle, updateArticle } from "../services/article-write.service";
import { toGlobalId } from "../services/global-id";

@Resolver()
export class ArticleMutationResolver {
  @Mutation(() => UpdateArticlePayload, {
    description: "Changes an article's metadata; a new body, source or date extracts it again (editorial decisions are kept). Needs write.",
  })
  async updateArticle(@Arg("input", () => UpdateArticleInput) input: UpdateArticleInput, @Ctx() ctx: Context): Promise<UpdateArticlePayload> {
    const { id, publishedAt, ...rest } = input;
    const article = await updateArticle(
      ctx.prisma,
      id,
      { ...rest, publishedAt: publishedAt ? publishedAt.toISOString().slice(0, 10) : null },
      ctx.ingestLimits,
      actorOf(ctx),
      ctx.extractor,
    );
    return { article };
  }

  @Mutation(() => DeleteArticlePayload, {
    description: "Deletes an article with its quotes, mentions and decisions, and the people, organisations and events nothing refers to any more. Needs admin.",
  })
  async deleteArticle(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<DeleteArticlePayload> {
    const removed = await deleteArticle(ctx.prisma, id, actorOf(ctx));
    return {
      deletedArticleId: toGlobalId("Article", removed.id),
      deletedQuoteCount: removed.quotes,
      removedPersonIds: removed.people.map((p) => toGlobalId("Person", p)),
      removedOrganizationIds: removed.organizations.map((o) => toGlobalId("Organization", o)),
      removedEventIds: removed.events.map((e) => toGlobalId("Event", e)),
    };
  }
}
