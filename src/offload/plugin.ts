import { type ApolloServerPlugin, type BaseContext, HeaderMap } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import { DEFAULT_OFFLOAD_MIN_COST } from "../limits/defaults";
import { costOf } from "../limits/operation-cost";
import type { OperationPool } from "./operation-pool";

export { DEFAULT_OFFLOAD_MIN_COST };

// The JSON text a worker answered, by the placeholder `data` object standing for it in Apollo's response.
const relayed = new WeakMap<object, string>();

/**
 * Apollo's `stringifyResult`: the worker's own JSON text for an operation it ran (see offloadPlugin),
 * the result as Apollo writes it otherwise (`JSON.stringify` and a newline).
 */
export function relayingStringify(result: FormattedExecutionResult): string {
  const text = result.data !== null && typeof result.data === "object" ? relayed.get(result.data) : undefined;
  return text ?? `${JSON.stringify(result)}\n`;
}

/**
 * Runs every query whose estimated cost (recorded by the limits plugin, which has already refused what is
 * over the limits) is at least `minCost` on `pool` instead of the event loop, and answers with the
 * worker's status and JSON text unchanged (relayingStringify). Requests with credentials or asking for a
 * federated trace stay here: the worker's server sees neither.
 */
export function offloadPlugin(pool: OperationPool, minCost: number = DEFAULT_OFFLOAD_MIN_COST): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, request, contextValue }) {
          if (operation.operation !== "query" || request.query === undefined) return null;
          const headers = request.http?.headers;
          if (headers?.get("authorization") || headers?.get("apollo-federation-include-trace")) return null;
          const cost = costOf(contextValue);
          if (cost === undefined || cost < minCost) return null;
          const answer = await pool.run({ query: request.query, variables: request.variables, operationName: request.operationName });
          const placeholder = {};
          relayed.set(placeholder, answer.body);
          return { http: { status: answer.status, headers: new HeaderMap() }, body: { kind: "single", singleResult: { data: placeholder } } };
        },
      };
    },
  };
}
