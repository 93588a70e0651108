import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "./sort-direction.enum";

export enum ArticleSortField {
  PUBLISHED_AT = "PUBLISHED_AT",
  TITLE = "TITLE",
}

/** The direction each field sorts in when `direction` is not given: dates newest first, titles A→Z. */
export const ARTICLE_DEFAULT_DIRECTION: Record<ArticleSortField, SortDirection> = {
  PUBLISHED_AT: SortDirection.DESC,
  TITLE: SortDirection.ASC,
};

registerEnumType(ArticleSortField, {
  name: "ArticleSortField",
  description: "What articles can be sorted by.",
  valuesConfig: {
    PUBLISHED_AT: { description: "Publication date; newest first unless `direction` says otherwise." },
    TITLE: { description: "Title, A→Z unless `direction` says otherwise." },
  },
});

@InputType({ description: "How to sort articles; ties are broken by id in the same direction." })
export class ArticleOrder {
  @Field(() => ArticleSortField, { defaultValue: ArticleSortField.PUBLISHED_AT })
  field: ArticleSortField = ArticleSortField.PUBLISHED_AT;

  @Field(() => SortDirection, { nullable: true, description: "Defaults per field: PUBLISHED_AT DESC, TITLE ASC." })
  direction?: SortDirection | null;
}
