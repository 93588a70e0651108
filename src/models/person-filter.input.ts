import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { MAX_FILTER_TEXT, MAX_FILTER_VALUES } from "./filter-limits";

@InputType({
  description:
    "Restricts a list of people; all given conditions must hold. A list field matches any of its values " +
    `(at most ${MAX_FILTER_VALUES}; an empty list matches nothing).`,
})
export class PersonFilter {
  @Field(() => String, {
    nullable: true,
    description: "Name or an alias starts with this text (case-insensitive): \"Qass\" finds Naim Qassem.",
  })
  @MaxLength(MAX_FILTER_TEXT)
  namePrefix?: string | null;

  @Field(() => String, { nullable: true, description: "Name or an alias contains this text (case-insensitive)." })
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Holds a role at an organisation whose name contains this text (case-insensitive).",
  })
  @MaxLength(MAX_FILTER_TEXT)
  organization?: string | null;

  @Field(() => [ID], { nullable: true, description: "Holds a role at any of these organisations (Organization IDs)." })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  organizationIds?: string[] | null;

  @Field(() => ID, { nullable: true, deprecationReason: "Use `organizationIds`." })
  organizationId?: string | null;
}
