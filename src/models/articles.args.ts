import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "./page.args";
import { ArticleFilter } from "./article-filter.input";
import { ArticleOrder } from "./article-order.input";

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => ArticleFilter, { nullable: true })
  @ValidateNested()
  filter?: ArticleFilter | null;

  @Field(() => ArticleOrder, { nullable: true, description: "Newest first (PUBLISHED_AT DESC) unless given." })
  @ValidateNested()
  orderBy?: ArticleOrder | null;
}
