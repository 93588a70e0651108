import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "./sort-direction.enum";

export enum EventSortField {
  DATE = "DATE",
  NAME = "NAME",
}

registerEnumType(EventSortField, {
  name: "EventSortField",
  description: "What events can be sorted by. Events without a date come last either way.",
});

@InputType({ description: "How to sort events; ties are broken by id." })
export class EventOrder {
  @Field(() => EventSortField, { defaultValue: EventSortField.DATE })
  field: EventSortField = EventSortField.DATE;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}
