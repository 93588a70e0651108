import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { operationComplexity } from "./complexity";
import { operationDepth } from "./depth";

/** Per-operation limits, beyond the page-size limit every list argument has. */
export interface QueryLimits {
  /** Deepest field nesting allowed (MAX_QUERY_DEPTH). */
  maxDepth: number;
  /** Largest estimated cost allowed (MAX_QUERY_COMPLEXITY; see estimateField). */
  maxComplexity: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxComplexity: 20_000 };

/**
 * Refuses operations deeper or costlier than the limits before anything runs, with HTTP 400 and
 * `extensions.code` QUERY_TOO_DEEP or QUERY_TOO_COMPLEX (plus the measured value and the limit).
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, schema }) {
          if (!operation) return; // Apollo reports an unknown operation name itself
          const depth = operationDepth(document, operation);
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`Query is too deep: ${depth} levels of fields, the limit is ${limits.maxDepth}.`, {
              extensions: { code: "QUERY_TOO_DEEP", depth, maxDepth: limits.maxDepth, http: { status: 400 } },
            });
          }
          const complexity = operationComplexity(schema, document, request.variables, operationName ?? undefined);
          if (complexity > limits.maxComplexity) {
            throw new GraphQLError(
              `Query is too complex: estimated cost ${complexity}, the limit is ${limits.maxComplexity}. ` +
                "Ask for fewer items (first) or fewer nested lists.",
              { extensions: { code: "QUERY_TOO_COMPLEX", complexity, maxComplexity: limits.maxComplexity, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
