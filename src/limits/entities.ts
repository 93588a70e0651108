import { GraphQLError, type GraphQLSchema, isObjectType } from "graphql";

/** A representation `_entities` cannot use, as the error of its own position only. */
function badRepresentation(index: number, reason: string): GraphQLError {
  return new GraphQLError(`representations[${index}] ${reason}`, {
    extensions: { code: "BAD_USER_INPUT", argumentName: `representations[${index}]` },
  });
}

/**
 * Makes `_entities` answer representation by representation: one whose `__typename` is missing, not a
 * string, or not an entity of this subgraph fails at its own index with BAD_USER_INPUT (naming
 * `representations[i]`), and the others still resolve. (@apollo/subgraph throws for the whole batch.)
 * Changes the schema in place.
 */
export function guardEntities(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const entity = schema.getType("_Entity");
  if (!field?.resolve || !entity) return;
  const entityNames = new Set(
    Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && schema.isSubType(entity as never, type))
      .map((type) => type.name),
  );
  const resolve = field.resolve;
  field.resolve = (source, args, context, info) => {
    const representations = (args as { representations: unknown[] }).representations;
    const good: { index: number; representation: unknown }[] = [];
    const results: unknown[] = representations.map((representation, index) => {
      const typename = (representation as { __typename?: unknown } | null)?.__typename;
      if (typeof typename !== "string") return badRepresentation(index, "has no __typename");
      if (!entityNames.has(typename)) return badRepresentation(index, `names a type that is not an entity of this service`);
      good.push({ index, representation });
      return null;
    });
    if (good.length === 0) return results;
    const resolved = resolve(source, { ...args, representations: good.map((g) => g.representation) }, context, info);
    const place = (values: unknown[]) => {
      good.forEach((g, i) => (results[g.index] = values[i]));
      return results;
    };
    return resolved instanceof Promise ? resolved.then(place) : place(resolved as unknown[]);
  };
}
