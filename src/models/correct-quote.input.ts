import { IsOptional, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { QuoteKind } from "./quote-kind.enum";
import { SpeakerInput } from "./speaker.input";

@InputType({ description: "An editorial correction of a quote: any of speaker, kind and span (offsets into the article's body)." })
export class CorrectQuoteInput {
  @Field(() => ID)
  quoteId!: string;

  @Field(() => SpeakerInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  speaker?: SpeakerInput | null;

  @Field(() => QuoteKind, { nullable: true })
  kind?: QuoteKind | null;

  @Field(() => Int, { nullable: true, description: "New start of the quote in Article.body (with end)." })
  @IsOptional()
  @Min(0)
  start?: number | null;

  @Field(() => Int, { nullable: true, description: "New end (exclusive) of the quote in Article.body (with start)." })
  @IsOptional()
  @Min(1)
  end?: number | null;
}
