import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "./page.args";
import { EventFilter } from "./event-filter.input";
import { EventOrder } from "./event-order.input";

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true })
  @ValidateNested()
  filter?: EventFilter | null;

  @Field(() => EventOrder, { nullable: true, description: "Latest first (DATE DESC) unless given." })
  @ValidateNested()
  orderBy?: EventOrder | null;
}
