import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { EventFilter } from "./event-filter.input";
import { EventOrder } from "./event-order.input";
import { PageArgs } from "./page.args";

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true })
  @ValidateNested()
  filter?: EventFilter | null;

  @Field(() => EventOrder, { description: "Latest first unless given." })
  @ValidateNested()
  orderBy: EventOrder = new EventOrder();
}
