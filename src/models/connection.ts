import { ClassType, Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "./page-info.type";

/** The shape a Relay connection resolver returns for nodes of type T. */
export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  /** Counted only when read: a lazy property whose first read runs the count (see pageOf). */
  totalCount: number | Promise<number>;
}

/**
 * Declares the `<Name>Edge` and `<Name>Connection` object types for a node type
 * (Relay cursor connections: edges { node cursor }, pageInfo, totalCount).
 */
export function connectionOf<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => node)
    node!: T;

    @Field({ description: "Opaque cursor of this edge; pass it as `after` to continue after it, or as `before` to go back from it." })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} nodes.` })
  class Connection implements Page<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Number of items in the whole list, across all pages." })
    totalCount!: number;
  }

  return Connection;
}
