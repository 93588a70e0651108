import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { MAX_PAGE_SIZE } from "./page.args";

@ArgsType()
export class CoMentionedArgs {
  @Field(() => Int, { defaultValue: 10, description: `Number of people to return, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 10;
}
