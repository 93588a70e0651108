import { ArgsType, Field, ID } from "type-graphql";
import { PageArgs } from "./page.args";
import { QuoteKind } from "./quote-kind.enum";

@ArgsType()
export class QuotesArgs extends PageArgs {
  @Field(() => QuoteKind, { nullable: true, description: "Only direct or only reported quotes." })
  kind?: QuoteKind | null;

  @Field(() => ID, { nullable: true, description: "Only quotes by this person." })
  speakerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only quotes from this article." })
  articleId?: string | null;
}
