import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "./sort-direction.enum";

export enum OrganizationSortField {
  NAME = "NAME",
  QUOTE_COUNT = "QUOTE_COUNT",
}

/** The direction each field sorts in when `direction` is not given: names A→Z, the most quoted first. */
export const ORGANIZATION_DEFAULT_DIRECTION: Record<OrganizationSortField, SortDirection> = {
  NAME: SortDirection.ASC,
  QUOTE_COUNT: SortDirection.DESC,
};

registerEnumType(OrganizationSortField, {
  name: "OrganizationSortField",
  description: "What organisations can be sorted by.",
  valuesConfig: {
    NAME: { description: "Name, A→Z unless `direction` says otherwise." },
    QUOTE_COUNT: { description: "Number of quotes it is the speaker of; the most first unless `direction` says otherwise." },
  },
});

@InputType({ description: "How to sort organisations; ties are broken by id in the same direction." })
export class OrganizationOrder {
  @Field(() => OrganizationSortField, { defaultValue: OrganizationSortField.NAME })
  field: OrganizationSortField = OrganizationSortField.NAME;

  @Field(() => SortDirection, { nullable: true, description: "Defaults per field: NAME ASC, QUOTE_COUNT DESC." })
  direction?: SortDirection | null;
}
