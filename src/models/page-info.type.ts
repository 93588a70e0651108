import { Directive, Field, ObjectType } from "type-graphql";

/** Relay PageInfo: where a page sits in its list. */
@Directive("@shareable")
@ObjectType({ description: "Where a page sits in its list (Relay PageInfo)." })
export class PageInfo {
  @Field({ description: "True when more items follow this page." })
  hasNextPage!: boolean;

  @Field({ description: "True when `after` was given, i.e. items precede this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null for an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge; pass it as `after` for the next page." })
  endCursor!: string | null;
}
