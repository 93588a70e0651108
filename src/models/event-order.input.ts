import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "./sort-direction.enum";

export enum EventSortField {
  DATE = "DATE",
  NAME = "NAME",
}

/** The direction each field sorts in when `direction` is not given: dates latest first, names A→Z. */
export const EVENT_DEFAULT_DIRECTION: Record<EventSortField, SortDirection> = {
  DATE: SortDirection.DESC,
  NAME: SortDirection.ASC,
};

registerEnumType(EventSortField, {
  name: "EventSortField",
  description: "What events can be sorted by. Events without a date come last either way.",
  valuesConfig: {
    DATE: { description: "When it took place; latest first unless `direction` says otherwise." },
    NAME: { description: "Name, A→Z unless `direction` says otherwise." },
  },
});

@InputType({ description: "How to sort events; ties are broken by id in the same direction." })
export class EventOrder {
  @Field(() => EventSortField, { defaultValue: EventSortField.DATE })
  field: EventSortField = EventSortField.DATE;

  @Field(() => SortDirection, { nullable: true, description: "Defaults per field: DATE DESC, NAME ASC." })
  direction?: SortDirection | null;
}
