import { MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { QuoteKind } from "./quote-kind.enum";
import { DateScalar } from "./scalars";

@InputType({ description: "Restricts a list of quotes; all given conditions must hold." })
export class QuoteFilter {
  @Field(() => QuoteKind, { nullable: true, description: "Only direct or only reported quotes." })
  kind?: QuoteKind | null;

  @Field(() => ID, { nullable: true, description: "Said by this person." })
  speakerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Said on behalf of this organisation (as the speaker)." })
  speakerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: "Reported by this article." })
  articleId?: string | null;

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
