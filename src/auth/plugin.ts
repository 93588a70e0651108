import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, type FieldNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import type { Context } from "../context";
import type { MutationRateLimiter } from "../ratelimit/limiter";
import { type Authenticator, authenticate } from "./authenticate";
import { ForbiddenError, RateLimitedError, UnauthenticatedError } from "./errors";
import { allows, MUTATION_SCOPES, QUERY_SCOPES, type Scope, SCOPES } from "./scopes";

/** Root fields anyone may read, even with REQUIRE_READ_KEY: introspection and the federation SDL. */
const OPEN_FIELDS = new Set(["__schema", "__type", "__typename", "_service"]);

/**
 * The root fields of an operation, through fragments. Each fragment is read once (its root fields do not
 * depend on where it is spread, and repeated root fields merge into one), so the work is linear in the
 * document even for a fragment "diamond".
 */
function rootFieldNodes(document: DocumentNode, operation: OperationDefinitionNode): FieldNode[] {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const names: FieldNode[] = [];
  const read = new Set<string>();
  const pending: SelectionSetNode[] = [operation.selectionSet];
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !read.has(fragment.name.value)) {
          read.add(fragment.name.value);
          pending.push(fragment.selectionSet);
        }
      }
    }
  }
  return names;
}

const rootFields = (document: DocumentNode, operation: OperationDefinitionNode) =>
  rootFieldNodes(document, operation).map((field) => field.name.value);

/**
 * What a mutation operation counts against the rate limit: one per root field, and for ingestDocuments
 * one per document (its `input` list, written inline or passed as a variable).
 */
export function mutationPoints(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number {
  let points = 0;
  for (const field of rootFieldNodes(document, operation)) {
    if (field.name.value !== "ingestDocuments") {
      points += 1;
      continue;
    }
    const input = field.arguments?.find((a) => a.name.value === "input")?.value;
    let count = 1;
    if (input?.kind === Kind.LIST) count = input.values.length;
    else if (input?.kind === Kind.VARIABLE) {
      const value = variables[input.name.value];
      count = Array.isArray(value) ? value.length : 1;
    }
    points += Math.max(1, count);
  }
  return Math.max(1, points);
}

/**
 * The scope an operation needs, or null when anyone may run it: every mutation field its scope
 * (MUTATION_SCOPES, `admin` when unlisted), `auditLog` admin, other queries `read` when reads are closed.
 */
export function requiredScope(document: DocumentNode, operation: OperationDefinitionNode, requireReadKey: boolean): Scope | null {
  let needed = -1;
  const need = (scope: Scope) => (needed = Math.max(needed, SCOPES.indexOf(scope)));
  for (const name of rootFields(document, operation)) {
    if (operation.operation === "mutation") {
      need(name === "__typename" ? "write" : (MUTATION_SCOPES[name] ?? "admin"));
    } else if (QUERY_SCOPES[name]) {
      need(QUERY_SCOPES[name]);
    } else if (requireReadKey && !OPEN_FIELDS.has(name)) {
      need("read");
    }
  }
  return needed < 0 ? null : SCOPES[needed];
}

export interface AuthPluginOptions extends Authenticator {
  requireReadKey: boolean;
  limiter: MutationRateLimiter;
}

/**
 * Verifies the request's credentials and refuses, before anything executes, an operation they do not
 * allow: UNAUTHENTICATED (401) without valid credentials where some are needed (or with invalid ones
 * anywhere), FORBIDDEN (403) without the scope, RATE_LIMITED (429, Retry-After) past the key's mutation
 * budget. The verified principal is left in `context.auth.principal` for the resolvers and the audit trail.
 */
export function authPlugin(options: AuthPluginOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue, request }) {
          if (!operation) return;
          const scope = requiredScope(document, operation, options.requireReadKey);
          const auth = contextValue.auth;
          auth.principal = await authenticate(auth.header, options);
          if (scope === null) return;
          if (!auth.principal) {
            throw new UnauthenticatedError(
              `This operation needs credentials with the ${scope} scope: send \`Authorization: Bearer <API key or JWT>\`.`,
            );
          }
          if (!allows(auth.principal.scopes, scope)) {
            throw new ForbiddenError(`This operation needs the ${scope} scope; these credentials do not have it.`, scope);
          }
          if (operation.operation === "mutation") {
            const points = mutationPoints(document, operation, request.variables);
            const decision = await options.limiter.consume(auth.principal.actor, points);
            if (!decision.allowed) {
              throw new RateLimitedError(decision.retryAfterSeconds, options.limiter.points, options.limiter.windowSeconds);
            }
          }
        },
      };
    },
  };
}
