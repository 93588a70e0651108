import { Field, InputType, registerEnumType } from "type-graphql";
import { SortDirection } from "./sort-direction.enum";

export enum ArticleSortField {
  PUBLISHED_AT = "PUBLISHED_AT",
  TITLE = "TITLE",
}

registerEnumType(ArticleSortField, { name: "ArticleSortField", description: "What articles can be sorted by." });

@InputType({ description: "How to sort articles; ties are broken by id." })
export class ArticleOrder {
  @Field(() => ArticleSortField, { defaultValue: ArticleSortField.PUBLISHED_AT })
  field: ArticleSortField = ArticleSortField.PUBLISHED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}
