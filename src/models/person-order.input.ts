import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "./sort-direction.enum";

export enum PersonSortField {
  NAME = "NAME",
  FIRST_SEEN = "FIRST_SEEN",
}

/** The direction each field sorts in when `direction` is not given: names A→Z, the newest first. */
export const PERSON_DEFAULT_DIRECTION: Record<PersonSortField, SortDirection> = {
  NAME: SortDirection.ASC,
  FIRST_SEEN: SortDirection.DESC,
};

registerEnumType(PersonSortField, {
  name: "PersonSortField",
  description: "What people can be sorted by.",
  valuesConfig: {
    NAME: { description: "Name, A→Z unless `direction` says otherwise." },
    FIRST_SEEN: { description: "When the service first met them; the most recent first unless `direction` says otherwise." },
  },
});

@InputType({ description: "How to sort people; ties are broken by id in the same direction." })
export class PersonOrder {
  @Field(() => PersonSortField, { defaultValue: PersonSortField.NAME })
  field: PersonSortField = PersonSortField.NAME;

  @Field(() => SortDirection, { nullable: true, description: "Defaults per field: NAME ASC, FIRST_SEEN DESC." })
  direction?: SortDirection | null;
}
