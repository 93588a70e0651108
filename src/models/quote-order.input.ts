import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "./sort-direction.enum";

export enum QuoteSortField {
  PUBLISHED_AT = "PUBLISHED_AT",
  POSITION = "POSITION",
}

/** The direction each field sorts in when `direction` is not given: newest articles first, reading order. */
export const QUOTE_DEFAULT_DIRECTION: Record<QuoteSortField, SortDirection> = {
  PUBLISHED_AT: SortDirection.DESC,
  POSITION: SortDirection.ASC,
};

registerEnumType(QuoteSortField, {
  name: "QuoteSortField",
  description: "What quotes can be sorted by.",
  valuesConfig: {
    PUBLISHED_AT: {
      description:
        "The publication date of the article that reports the quote (newest first unless `direction` says " +
        "otherwise); the quotes of one article stay together and in reading order either way.",
    },
    POSITION: {
      description:
        "Reading order: article by article (by article id), each article's quotes from its first to its last " +
        "(ASC unless `direction` says otherwise; DESC is the exact reverse).",
    },
  },
});

@InputType({ description: "How to sort quotes." })
export class QuoteOrder {
  @Field(() => QuoteSortField, { defaultValue: QuoteSortField.PUBLISHED_AT })
  field: QuoteSortField = QuoteSortField.PUBLISHED_AT;

  @Field(() => SortDirection, { nullable: true, description: "Defaults per field: PUBLISHED_AT DESC, POSITION ASC." })
  direction?: SortDirection | null;
}
