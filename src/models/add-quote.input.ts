import { IsOptional, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { QuoteKind } from "./quote-kind.enum";
import { SpeakerInput } from "./speaker.input";

@InputType({ description: "A quote extraction missed: a span of the article's body, its kind and (optionally) its speaker." })
export class AddQuoteInput {
  @Field(() => ID)
  articleId!: string;

  @Field(() => Int, { description: "Start of the quote in Article.body." })
  @Min(0)
  start!: number;

  @Field(() => Int, { description: "End (exclusive) of the quote in Article.body." })
  @Min(1)
  end!: number;

  @Field(() => QuoteKind)
  kind!: QuoteKind;

  @Field(() => SpeakerInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  speaker?: SpeakerInput | null;
}
