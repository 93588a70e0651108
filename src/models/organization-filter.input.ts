import { MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { MAX_FILTER_TEXT } from "./filter-limits";

@InputType({ description: "Restricts a list of organisations; all given conditions must hold." })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: "Name starts with this text (case-insensitive)." })
  @MaxLength(MAX_FILTER_TEXT)
  namePrefix?: string | null;

  @Field(() => String, { nullable: true, description: "Name contains this text (case-insensitive)." })
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string | null;
}
