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

  @Field(() => QuoteOrder, {
    nullable: true,
    description:
      "Newest articles first (PUBLISHED_AT DESC) unless given; in reading order (POSITION ASC) when the filter names articles.",
  })
  @ValidateNested()
  orderBy?: QuoteOrder | null;
}
