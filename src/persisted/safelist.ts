import type { ApolloServerOptions, ApolloServerPlugin, GraphQLRequest } from "@apollo/server";
import { GraphQLError } from "graphql";
import { type OperationManifest, sha256Hex } from "./manifest";

/** The error code of an operation the safelist does not hold (the Apollo Router's code for the same). */
export const NOT_IN_SAFELIST = "PERSISTED_QUERY_NOT_IN_LIST";

type ApqCache = Exclude<ApolloServerOptions<never>["persistedQueries"], false | undefined>["cache"];

function notInSafelist(): GraphQLError {
  return new GraphQLError(
    "This server runs only the operations of its safelist (PERSISTED_OPERATIONS_ONLY): send a listed " +
      "document, or its sha256 hash as extensions.persistedQuery.sha256Hash.",
    { extensions: { code: NOT_IN_SAFELIST, http: { status: 400 } } },
  );
}

/**
 * Apollo's APQ cache for safelist mode: a hash-only request finds the manifest's document for that id;
 * nothing can be registered (set is ignored), so the list stays what the manifest says.
 */
export function safelistCache(manifest: OperationManifest): ApqCache {
  return {
    async get(key: string) {
      return manifest.byId.get(key.replace(/^apq:/, ""));
    },
    async set() {},
    async delete() {
      return false;
    },
  } as ApqCache;
}

/** What a refused request runs instead of its own document: parsed in microseconds, never executed. */
const STAND_IN = "query PersistedQueryNotInList { __typename }";

/**
 * Safelist mode: every request must carry a document of `manifest` (compared by sha256 of its exact
 * text) or, without a document, the id of one in `extensions.persistedQuery.sha256Hash`. Anything else
 * is refused with HTTP 400 and code PERSISTED_QUERY_NOT_IN_LIST before its document is parsed,
 * validated or run, and no APQ hash is registered. A request with neither is left to Apollo's own 400.
 *
 * How: Apollo Server answers 500 for an error thrown before `didResolveOperation`, so a refused
 * request has its document swapped for a one-field stand-in as it starts, and the stand-in is refused
 * in `didResolveOperation`, the hook whose errors become the response. The sent document never reaches
 * the parser, so its syntax or fields cannot be probed (no validation messages leak the schema).
 */
export function safelistPlugin(manifest: OperationManifest): ApolloServerPlugin {
  const allowed = (request: GraphQLRequest): boolean => {
    if (typeof request.query === "string") return manifest.bodyHashes.has(sha256Hex(request.query));
    const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
    return hash === undefined || (typeof hash === "string" && manifest.byId.has(hash));
  };
  return {
    async requestDidStart({ request }) {
      if (allowed(request)) return;
      request.query = STAND_IN;
      request.operationName = undefined;
      request.variables = undefined;
      request.extensions = undefined;
      return {
        async didResolveOperation() {
          throw notInSafelist();
        },
      };
    },
  };
}
