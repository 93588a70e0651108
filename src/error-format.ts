import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { describeArgumentErrors } from "./errors";

/** Most `locations` an error lists (a duplicate-argument error would otherwise list every duplicate). */
export const MAX_ERROR_LOCATIONS = 5;
/** Longest error message sent; longer ones are cut with "…". */
export const MAX_ERROR_MESSAGE = 500;

/** graphql-js's token-limit message (16.x spells it "more that"). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;
/** graphql-js's own introspection rule (MaxIntrospectionDepthRule, part of the specified rules). */
const INTROSPECTION_DEPTH = /^Maximum introspection depth exceeded/;

export interface FormatOptions {
  /** Keep `extensions.stacktrace` (only with NODE_ENV=development). */
  stacktrace: boolean;
  /** Where unexpected errors are logged in full (default console.error). */
  log?: (error: unknown) => void;
}

/**
 * The client's view of an error, bounded and without internals:
 * - argument validation errors name each argument and rule, never the value sent (`validationErrors` keep
 *   `property`, `constraints` and `children`; `target` and `value` are dropped);
 * - limit errors raised during validation keep their own code (QUERY_TOO_MANY_ALIASES, …) rather than
 *   GRAPHQL_VALIDATION_FAILED, the parser's token limit answers QUERY_TOO_MANY_TOKENS and graphql-js's
 *   introspection depth rule INTROSPECTION_TOO_DEEP;
 * - anything unexpected (INTERNAL_SERVER_ERROR: a bug, a database error, a raw message from a plugin) is
 *   logged in full and reaches the client only as "Internal server error";
 * - messages are cut to MAX_ERROR_MESSAGE characters, locations to MAX_ERROR_LOCATIONS, and the stack trace
 *   is sent only when `stacktrace` is set.
 */
export function createErrorFormatter(options: FormatOptions) {
  const log = options.log ?? ((error: unknown) => console.error(error));
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const problems = original.extensions.validationErrors as ArgumentProblem[];
      const { message, argumentName } = describeArgumentErrors(problems);
      return bound({
        message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: "BAD_USER_INPUT", argumentName, validationErrors: withoutValues(problems) },
      });
    }
    const code = formatted.extensions?.code;
    const status = error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : undefined;
    if (code === "INTERNAL_SERVER_ERROR" && status !== undefined && status >= 400 && status < 500) {
      // Apollo's own request errors without a code (e.g. an APQ hash that does not match its query).
      const mismatch = formatted.message === "provided sha does not match query";
      return bound({ message: formatted.message, extensions: { code: mismatch ? "PERSISTED_QUERY_HASH_MISMATCH" : "BAD_REQUEST" } });
    }
    if (code === "INTERNAL_SERVER_ERROR" || code === undefined) {
      log(original);
      return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
    const extensions: Record<string, unknown> = { ...formatted.extensions };
    if (!options.stacktrace) delete extensions.stacktrace;
    const inner = error instanceof GraphQLError ? error.originalError : undefined;
    const innerCode = inner instanceof GraphQLError ? inner.extensions.code : undefined;
    if (code === "GRAPHQL_VALIDATION_FAILED" && typeof innerCode === "string" && innerCode.startsWith("QUERY_TOO_")) {
      Object.assign(extensions, (inner as GraphQLError).extensions, { code: innerCode });
    }
    if (code === "GRAPHQL_VALIDATION_FAILED" && INTROSPECTION_DEPTH.test(formatted.message)) {
      extensions.code = "INTROSPECTION_TOO_DEEP";
    }
    const tokens = TOKEN_LIMIT.exec(formatted.message);
    if (code === "GRAPHQL_PARSE_FAILED" && tokens) {
      return bound({
        message: `Query is too large: more than ${tokens[1]} tokens (names, punctuation, values).`,
        extensions: { code: "QUERY_TOO_MANY_TOKENS", maxTokens: Number(tokens[1]) },
      });
    }
    delete extensions.http;
    return bound({ ...formatted, extensions });
  };
}

/** class-validator's problems with only the argument names and the rules: no `target` (all arguments) and no `value`. */
interface ArgumentProblem {
  property: string;
  constraints?: Record<string, string>;
  children?: ArgumentProblem[];
}

const MAX_LISTED_PROBLEMS = 10;

function withoutValues(problems: readonly ArgumentProblem[] | undefined): ArgumentProblem[] {
  return (problems ?? []).slice(0, MAX_LISTED_PROBLEMS).map((p) => ({
    property: p.property,
    ...(p.constraints ? { constraints: p.constraints } : {}),
    ...(p.children?.length ? { children: withoutValues(p.children) } : {}),
  }));
}

function bound(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message =
    formatted.message.length > MAX_ERROR_MESSAGE ? `${formatted.message.slice(0, MAX_ERROR_MESSAGE)}…` : formatted.message;
  const result: GraphQLFormattedError = { ...formatted, message };
  if (formatted.locations && formatted.locations.length > MAX_ERROR_LOCATIONS) {
    (result as { locations?: unknown }).locations = formatted.locations.slice(0, MAX_ERROR_LOCATIONS);
  }
  if (result.locations === undefined) delete (result as { locations?: unknown }).locations;
  if (result.path === undefined) delete (result as { path?: unknown }).path;
  return result;
}
