import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { NodesArgs } from "../models/node.args";
import { Node } from "../models/node.interface";
import { type NodeType, toGlobalId } from "../services/global-id";
import { loadNode } from "../services/node.service";

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "The object with this global ID, of any type; null when the ID is malformed or names nothing.",
  })
  node(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    return loadNode(loaders, id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: "The objects with these global IDs, in order; null for each ID that is malformed or names nothing.",
  })
  nodes(@Args() { ids }: NodesArgs, @Ctx() { loaders }: Context) {
    return Promise.all(ids.map((id) => loadNode(loaders, id)));
  }

  /** Every Node type's `id`: the global ID of its row (the type comes from the object being resolved). */
  @FieldResolver(() => ID)
  id(@Root() row: { id: number }, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name as NodeType, row.id);
  }
}
