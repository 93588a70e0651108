import { Field, ID, ObjectType } from "type-graphql";
import { Article } from "./article.type";
import { Quote } from "./quote.type";

@ObjectType({ simpleResolvers: true })
export class QuotePayload {
  @Field(() => Quote, { description: "The quote as it is now, `corrected: true`." })
  quote!: Quote;
}

@ObjectType({ simpleResolvers: true })
export class DeleteQuotePayload {
  @Field(() => ID)
  deletedQuoteId!: string;

  @Field(() => Article, { description: "The quote's article." })
  article!: Article;
}
