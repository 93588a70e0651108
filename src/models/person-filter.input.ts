import { MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Restricts a list of people; all given conditions must hold." })
export class PersonFilter {
  @Field(() => String, {
    nullable: true,
    description: "Name or an alias starts with this text (case-insensitive): \"Qass\" finds Naim Qassem.",
  })
  @MaxLength(200)
  namePrefix?: string | null;

  @Field(() => String, { nullable: true, description: "Name or an alias contains this text (case-insensitive)." })
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Holds a role at an organisation whose name contains this text (case-insensitive).",
  })
  @MaxLength(200)
  organization?: string | null;

  @Field(() => ID, { nullable: true, description: "Holds a role at this organisation." })
  organizationId?: string | null;
}
