import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "./page.args";
import { PersonFilter } from "./person-filter.input";
import { PersonOrder } from "./person-order.input";

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true })
  @ValidateNested()
  filter?: PersonFilter | null;

  @Field(() => PersonOrder, { nullable: true, description: "By name, A→Z, unless given." })
  @ValidateNested()
  orderBy?: PersonOrder | null;
}
