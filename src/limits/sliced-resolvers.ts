import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema, getNamedType, isLeafType, isObjectType } from "graphql";
import type { TimeSlicer } from "./time-slice";

const SLICED = Symbol("sliced");

/**
 * Makes every field of `schema` that resolves objects or lists, or has a resolver of its own, start through
 * the request's time slicer (`contextValue.slicer`, see time-slice.ts), so that executing a large result
 * gives the event loop back every few milliseconds instead of holding it to the end. Leaf fields read from
 * their parent object are left alone (their parent's check covers them). Requests without a slicer
 * (scripts, tests calling the schema directly) run unchanged. Mutates `schema`'s fields in place, once.
 */
export function sliceFieldResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const own = field.resolve;
      if ((own as { [SLICED]?: true } | undefined)?.[SLICED]) continue;
      if (!own && isLeafType(getNamedType(field.type))) continue;
      const resolve: GraphQLFieldResolver<unknown, { slicer?: TimeSlicer } | undefined> = own ?? defaultFieldResolver;
      const sliced: GraphQLFieldResolver<unknown, { slicer?: TimeSlicer } | undefined> = (source, args, context, info) => {
        const slicer = context?.slicer;
        return slicer ? slicer.run(() => resolve(source, args, context, info)) : resolve(source, args, context, info);
      };
      Object.defineProperty(sliced, SLICED, { value: true });
      field.resolve = sliced;
    }
  }
  return schema;
}
