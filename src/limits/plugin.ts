import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, getVariableValues, GraphQLError } from "graphql";
import { measureOperation } from "./budget";
import { operationComplexity } from "./complexity";
import type { QueryLimits } from "./defaults";
import { limitError, quoteInput } from "./limit-error";
import { recordCost } from "./operation-cost";

export { DEFAULT_QUERY_LIMITS, type QueryLimits } from "./defaults";

/**
 * graphql-js's coercion message without the value the client sent (`got invalid value "…"` can be as large as
 * the request): `Variable "$f" got an invalid value; Int cannot represent non-integer value: "x"`, the
 * reason cut to a few dozen characters.
 */
function describeCoercionError(message: string): string {
  const match = /^(Variable "\$[^"]+") got invalid value [\s\S]*?; ([\s\S]*)$/.exec(message);
  if (!match) return quoteInput(message);
  return `${match[1]} got an invalid value; ${quoteInput(match[2])}`;
}

/** Most variable coercion errors reported for one operation. */
const MAX_VARIABLE_ERRORS = 10;

/** Variables longer than this (as JSON) are not used as a cache key: the operation is priced afresh. */
const MAX_CACHED_VARIABLES_LENGTH = 1_000;

/**
 * What measuring an operation found, per parsed document (Apollo hands the same DocumentNode to every
 * request with the same query text): its shape per operation, its cost per operation and variables.
 * Pricing took about 5% of an `article(id)` request.
 */
interface Measured {
  shapes: Map<string, ReturnType<typeof measureOperation>>;
  costs: Map<string, number>;
}
const measured = new WeakMap<DocumentNode, Measured>();

function measuredFor(document: DocumentNode): Measured {
  let entry = measured.get(document);
  if (!entry) measured.set(document, (entry = { shapes: new Map(), costs: new Map() }));
  return entry;
}

/**
 * Refuses operations over the limits after validation and before anything runs, with HTTP 400: an
 * operation type the schema does not have (OPERATION_NOT_SUPPORTED), variables that do not coerce
 * (BAD_USER_INPUT), too deep (QUERY_TOO_DEEP), too many fields or root fields (QUERY_TOO_MANY_FIELDS,
 * QUERY_TOO_MANY_ROOT_FIELDS), too costly (QUERY_TOO_COMPLEX). Each error carries the measured value and the limit. The shape is measured in time
 * linear in the document (fragments memoised) before the cost estimator expands anything.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, operationName, request, schema, contextValue }) {
          if (!operation) return; // Apollo reports an unknown operation name itself
          if (!schema.getRootType(operation.operation)) {
            throw limitError(`This service does not support ${operation.operation} operations, only queries.`, "OPERATION_NOT_SUPPORTED", {});
          }
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, {
            maxErrors: MAX_VARIABLE_ERRORS,
          });
          if (coerced.errors) {
            const first = coerced.errors[0];
            const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(first.message)?.[1];
            throw new GraphQLError(describeCoercionError(first.message), {
              nodes: first.nodes,
              extensions: { code: "BAD_USER_INPUT", ...(variable ? { argumentName: `$${variable}` } : {}), http: { status: 400 } },
            });
          }

          const cache = measuredFor(document);
          const operationKey = operationName ?? "";
          let shape = cache.shapes.get(operationKey);
          try {
            if (!shape) cache.shapes.set(operationKey, (shape = measureOperation(document, operation)));
          } catch (error) {
            if (!(error instanceof RangeError)) throw error;
            throw limitError(`Query is too deep: more than ${limits.maxDepth} levels.`, "QUERY_TOO_DEEP", { maxDepth: limits.maxDepth });
          }
          if (shape.depth > limits.maxDepth) {
            throw limitError(`Query is too deep: ${shape.depth} levels of fields, the limit is ${limits.maxDepth}.`, "QUERY_TOO_DEEP", {
              depth: shape.depth,
              maxDepth: limits.maxDepth,
            });
          }
          if (shape.fields > limits.maxFields) {
            const fields = Number.isSafeInteger(shape.fields) ? shape.fields : Number.MAX_SAFE_INTEGER;
            throw limitError(
              `Query selects ${fields} fields once its fragments are expanded, the limit is ${limits.maxFields}.`,
              "QUERY_TOO_MANY_FIELDS",
              { fields, maxFields: limits.maxFields },
            );
          }
          if (shape.rootFields > limits.maxRootFields) {
            throw limitError(
              `Query selects ${shape.rootFields} top-level fields, the limit is ${limits.maxRootFields}. Split it into several requests.`,
              "QUERY_TOO_MANY_ROOT_FIELDS",
              { rootFields: shape.rootFields, maxRootFields: limits.maxRootFields },
            );
          }
          const variablesJson = JSON.stringify(request.variables ?? {});
          const costKey = variablesJson.length <= MAX_CACHED_VARIABLES_LENGTH ? `${operationKey}\u0000${variablesJson}` : null;
          let complexity: number;
          try {
            const known = costKey === null ? undefined : cache.costs.get(costKey);
            complexity = known ?? operationComplexity(schema, document, request.variables, operationName ?? undefined);
            // A bounded cache per document: variables differ per request for most clients.
            if (known === undefined && costKey !== null && cache.costs.size < 100) cache.costs.set(costKey, complexity);
          } catch (error) {
            // The estimator recurses through fragments: a chain of thousands of spreads is too deep to price.
            if (error instanceof RangeError) {
              throw limitError("Query nests fragments too deeply to be estimated.", "QUERY_TOO_DEEP", { maxDepth: limits.maxDepth });
            }
            if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
              throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
            }
            throw error;
          }
          recordCost(contextValue, complexity); // for the offload plugin (src/offload/plugin.ts)
          if (complexity > limits.maxComplexity) {
            throw limitError(
              `Query is too complex: estimated cost ${complexity}, the limit is ${limits.maxComplexity}. ` +
                "Ask for fewer items (first), fewer nested lists or fewer full-text conditions.",
              "QUERY_TOO_COMPLEX",
              { complexity, maxComplexity: limits.maxComplexity },
            );
          }
        },
      };
    },
  };
}
