import { IsOptional, Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-size";

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

/**
 * Relay cursor paging shared by every connection field: forward with `first`/`after`, backward with
 * `last`/`before` (both cursors may bound one page). `first` and `last` together are refused.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      `Return the first n items (after \`after\`), 1 to ${MAX_PAGE_SIZE}; ` +
      `${DEFAULT_PAGE_SIZE} when neither first nor last is given.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (an edge's `cursor`)." })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return the last n items (before \`before\`), 1 to ${MAX_PAGE_SIZE}; not together with first.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Return the items before this cursor (an edge's `cursor`)." })
  before?: string | null;
}
