import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { MAX_FILTER_TEXT, MAX_FILTER_VALUES } from "./filter-limits";
import { QuoteKind } from "./quote-kind.enum";
import { DateScalar } from "./scalars";

@InputType({
  description:
    "Restricts a list of quotes; all given conditions must hold. A list field matches any of its values " +
    `(at most ${MAX_FILTER_VALUES}; an empty list matches nothing).`,
})
export class QuoteFilter {
  @Field(() => [QuoteKind], { nullable: true, description: "Of any of these kinds (direct, reported)." })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  kinds?: QuoteKind[] | null;

  @Field(() => QuoteKind, { nullable: true, deprecationReason: "Use `kinds`." })
  kind?: QuoteKind | null;

  @Field(() => [ID], { nullable: true, description: "Said by any of these people (Person IDs)." })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  speakerIds?: string[] | null;

  @Field(() => ID, { nullable: true, deprecationReason: "Use `speakerIds`." })
  speakerId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Said on behalf of any of these organisations, as the speaker (Organization IDs).",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  speakerOrganizationIds?: string[] | null;

  @Field(() => ID, { nullable: true, deprecationReason: "Use `speakerOrganizationIds`." })
  speakerOrganizationId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Reported by any of these articles (Article IDs). Without `orderBy` the quotes then come in reading order.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  articleIds?: string[] | null;

  @Field(() => ID, { nullable: true, deprecationReason: "Use `articleIds`." })
  articleId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "Reported by an article from any of these sources (whole name, ignoring case).",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_FILTER_TEXT, { each: true })
  sources?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: "Reported in an article published on or after this date." })
  publishedFrom?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Reported in an article published on or before this date." })
  publishedTo?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Containing these words (full-text: all terms, \"phrases\", prefix*).",
  })
  @MaxLength(500)
  text?: string | null;
}
