import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Article } from "../models/article.type";
import { ArticlesArgs } from "../models/articles.args";
import { ArticleConnection } from "../models/connections";
import { Event } from "../models/event.type";
import { Person } from "../models/person.type";
import { Quote } from "../models/quote.type";
import { listArticles } from "../services/article.service";
import { decodeGlobalId } from "../services/global-id";
import type { ArticleRow } from "../services/records";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, {
    nullable: true,
    description: "One article by global ID; null when the ID is malformed, of another type, or unknown.",
  })
  article(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    const rowId = decodeGlobalId(id, "Article");
    return rowId === null ? null : loaders.article.load(rowId);
  }

  @Query(() => ArticleConnection, { description: "Articles, newest first unless `orderBy` says otherwise." })
  articles(@Args() args: ArticlesArgs, @Ctx() { prisma }: Context) {
    return listArticles(prisma, args);
  }

  @FieldResolver(() => String)
  async body(@Root() article: ArticleRow, @Ctx() { loaders }: Context): Promise<string> {
    return article.body ?? (await loaders.articleBody.load(article.id))?.body ?? "";
  }

  @FieldResolver(() => [Person], { description: "People the article mentions or quotes." })
  async people(@Root() article: Article, @Ctx() { loaders }: Context) {
    return (await loaders.peopleOfArticle.load(article.id)).map((row) => row.person);
  }

  @FieldResolver(() => [Event], { description: "Events the article covers." })
  async events(@Root() article: Article, @Ctx() { loaders }: Context) {
    return (await loaders.eventsOfArticle.load(article.id)).map((row) => row.event);
  }

  @FieldResolver(() => [Quote], { description: "Quotes in the order they appear in the body." })
  quotes(@Root() article: Article, @Ctx() { loaders }: Context) {
    return loaders.quotesOfArticle.load(article.id);
  }
}
