import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "./sort-direction.enum";

export enum QuoteSortField {
  PUBLISHED_AT = "PUBLISHED_AT",
}

registerEnumType(QuoteSortField, {
  name: "QuoteSortField",
  description: "What quotes can be sorted by.",
  valuesConfig: { PUBLISHED_AT: { description: "The publication date of the article that reports the quote." } },
});

@InputType({ description: "How to sort quotes; ties are broken by id (the order within an article)." })
export class QuoteOrder {
  @Field(() => QuoteSortField, { defaultValue: QuoteSortField.PUBLISHED_AT })
  field: QuoteSortField = QuoteSortField.PUBLISHED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}
