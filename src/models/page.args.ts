import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";

/** Items a list returns when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest `first` any list accepts. */
export const MAX_PAGE_SIZE = 100;

/** Forward cursor paging shared by every list field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Number of items to return, 1 to ${MAX_PAGE_SIZE}.`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (an edge's `cursor`)." })
  after?: string | null;
}
