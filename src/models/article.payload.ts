import { Field, ID, Int, ObjectType } from "type-graphql";
import { Article } from "./article.type";

@ObjectType({ simpleResolvers: true })
export class UpdateArticlePayload {
  @Field(() => Article)
  article!: Article;
}

@ObjectType({ simpleResolvers: true, description: "What deleting an article removed: the article, and who and what nothing refers to any more." })
export class DeleteArticlePayload {
  @Field(() => ID)
  deletedArticleId!: string;

  @Field(() => Int, { description: "Quotes deleted with it." })
  deletedQuoteCount!: number;

  @Field(() => [ID])
  removedPersonIds!: string[];

  @Field(() => [ID])
  removedOrganizationIds!: string[];

  @Field(() => [ID])
  removedEventIds!: string[];
}
