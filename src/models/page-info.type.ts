import { Directive, Field, ObjectType } from "type-graphql";

/** Relay PageInfo: where a page sits in its list. */
@Directive("@shareable")
@ObjectType({ simpleResolvers: true, description: "Where a page sits in its list (Relay PageInfo)." })
export class PageInfo {
  @Field({
    description:
      "With `first`: true when more items follow this page. With `last`: true when items follow `before` " +
      "(false without `before`).",
  })
  hasNextPage!: boolean;

  @Field({
    description:
      "With `last`: true when more items precede this page. With `first`: true when items precede `after` " +
      "(false without `after`).",
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the first edge; pass it as `before` for the previous page. Null for an empty page.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last edge; pass it as `after` for the next page. Null for an empty page.",
  })
  endCursor!: string | null;
}
