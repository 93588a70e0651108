import { MaxLength } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "./page.args";

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "Only people whose name or an alias contains this text (case-insensitive).",
  })
  @MaxLength(200)
  search?: string | null;
}
