import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Who said a quote, as an editor decides it: exactly one of the fields." })
export class SpeakerInput {
  @Field(() => ID, { nullable: true, description: "A person." })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: "An organisation." })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: "An unnamed source, as the article describes it (\"officials\")." })
  @IsOptional()
  @MaxLength(200)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: the article names no speaker for it." })
  none?: boolean | null;
}
