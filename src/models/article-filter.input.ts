import { MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "./scalars";

@InputType({ description: "Restricts a list of articles; all given conditions must hold." })
export class ArticleFilter {
  @Field(() => DateScalar, { nullable: true, description: "Published on or after this date." })
  publishedFrom?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Published on or before this date." })
  publishedTo?: Date | null;

  @Field(() => String, { nullable: true, description: "From this source (exact name, e.g. \"Islam Times\")." })
  @MaxLength(200)
  source?: string | null;

  @Field(() => ID, { nullable: true, description: "Mentioning or quoting this person." })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: "Covering this event." })
  eventId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Containing these words in the title or body (full-text: all terms, \"phrases\", prefix*).",
  })
  @MaxLength(500)
  text?: string | null;
}
