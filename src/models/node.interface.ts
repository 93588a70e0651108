import { Field, ID, InterfaceType } from "type-graphql";
import type { NodeType } from "../services/global-id";

/** A stored row as `node`/`nodes` return it: tagged with its type so `Node` can resolve it. */
export type TaggedNode = { __typename: NodeType; id: number };

/**
 * Relay global object identification: every entity has a globally unique, opaque `id` that `node(id:)`
 * refetches. The `id` field resolver (NodeResolver) turns the row id into the global ID.
 */
@InterfaceType({
  description: "An object with a globally unique, opaque ID (Relay global object identification).",
  resolveType: (value: TaggedNode) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, {
    description: "Globally unique and opaque: pass it to `node(id:)`, to id filters, or as a federation key.",
  })
  id!: number;
}
