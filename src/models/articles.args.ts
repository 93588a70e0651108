import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { ArticleFilter } from "./article-filter.input";
import { ArticleOrder } from "./article-order.input";
import { PageArgs } from "./page.args";

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => ArticleFilter, { nullable: true })
  @ValidateNested()
  filter?: ArticleFilter | null;

  @Field(() => ArticleOrder, { description: "Newest first unless given." })
  @ValidateNested()
  orderBy: ArticleOrder = new ArticleOrder();
}
