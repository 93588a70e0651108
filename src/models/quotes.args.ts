import { ValidateNested } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "./page.args";
import { QuoteFilter } from "./quote-filter.input";
import { QuoteOrder } from "./quote-order.input";

@ArgsType()
export class QuotesArgs extends PageArgs {
  @Field(() => QuoteFilter, { nullable: true })
  @ValidateNested()
  filter?: QuoteFilter | null;

  @Field(() => QuoteOrder, { description: "Newest articles first unless given." })
  @ValidateNested()
  orderBy: QuoteOrder = new QuoteOrder();
}
