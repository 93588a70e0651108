import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { MAX_FILTER_TEXT, MAX_FILTER_VALUES } from "./filter-limits";
import { DateScalar } from "./scalars";

@InputType({
  description:
    "Restricts a list of articles; all given conditions must hold. A list field matches any of its values " +
    `(at most ${MAX_FILTER_VALUES}; an empty list matches nothing).`,
})
export class ArticleFilter {
  @Field(() => DateScalar, { nullable: true, description: "Published on or after this date." })
  publishedFrom?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Published on or before this date." })
  publishedTo?: Date | null;

  @Field(() => [String], {
    nullable: true,
    description: "From any of these sources (whole name, ignoring case: \"islam times\" finds \"Islam Times\").",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @MaxLength(MAX_FILTER_TEXT, { each: true })
  sources?: string[] | null;

  @Field(() => String, { nullable: true, deprecationReason: "Use `sources`." })
  @MaxLength(MAX_FILTER_TEXT)
  source?: string | null;

  @Field(() => [ID], { nullable: true, description: "Mentioning or quoting any of these people (Person IDs)." })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  personIds?: string[] | null;

  @Field(() => ID, { nullable: true, deprecationReason: "Use `personIds`." })
  personId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Covering any of these events (Event IDs)." })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  eventIds?: string[] | null;

  @Field(() => ID, { nullable: true, deprecationReason: "Use `eventIds`." })
  eventId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Containing these words in the title or body (full-text: all terms, \"phrases\", prefix*).",
  })
  @MaxLength(500)
  text?: string | null;
}
