import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "./sort-direction.enum";

export enum PersonSortField {
  NAME = "NAME",
  FIRST_SEEN = "FIRST_SEEN",
}

registerEnumType(PersonSortField, {
  name: "PersonSortField",
  description: "What people can be sorted by.",
  valuesConfig: { FIRST_SEEN: { description: "The order in which the service first met them." } },
});

@InputType({ description: "How to sort people; ties are broken by id." })
export class PersonOrder {
  @Field(() => PersonSortField, { defaultValue: PersonSortField.NAME })
  field: PersonSortField = PersonSortField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}
