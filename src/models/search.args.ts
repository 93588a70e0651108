import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page.args";
import { SearchKind } from "./search-kind.enum";

/** The longest `query` search accepts, in characters (UTF-16 code units). */
export const MAX_SEARCH_QUERY_LENGTH = 500;

/**
 * Arguments of `search`. `first`/`after` and `last`/`before` mean what they mean on the other lists (and
 * share their limits), but are declared here so that `query` comes first and the cursors are search cursors.
 */
@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description:
      `Words to find, all of them (AND), ignoring case, accents and word endings ("conferences" finds ` +
      `"conference"). "Quoted words" must appear together as a phrase; a trailing * matches any word that ` +
      `starts with what precedes it (summ*). At most ${MAX_SEARCH_QUERY_LENGTH} characters.`,
  })
  @MaxLength(MAX_SEARCH_QUERY_LENGTH)
  query!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      `Return the first n results (after \`after\`), 1 to ${MAX_PAGE_SIZE}; ` +
      `${DEFAULT_PAGE_SIZE} when neither first nor last is given.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return the results after this cursor (an edge's `cursor`)." })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return the last n results (before \`before\`), 1 to ${MAX_PAGE_SIZE}; not together with first.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Return the results before this cursor (an edge's `cursor`)." })
  before?: string | null;

  @Field(() => [SearchKind], {
    nullable: true,
    description: "Only results of these kinds (each at most once); all kinds when omitted.",
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(Object.keys(SearchKind).length)
  @ArrayUnique()
  kinds?: SearchKind[] | null;
}
