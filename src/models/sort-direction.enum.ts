import { registerEnumType } from "type-graphql";

/** Ascending or descending; every ordering breaks ties by id in the same direction. */
export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "ASC: smallest/earliest/A first. DESC: largest/latest/Z first. Ties are broken by id, in the same direction.",
});
