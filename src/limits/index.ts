import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLSchema, ParseOptions, ValidationRule } from "graphql";
import { armorValidation } from "./armor";
import { guardEntities } from "./entities";
import { errorCapPlugin, MAX_RESPONSE_ERRORS } from "./error-cap";
import { type QueryLimits, queryLimitsPlugin } from "./plugin";

/** The Apollo Server options that put every per-operation limit in place. */
export interface LimitOptions {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  validationOptions: { maxErrors: number };
  plugins: ApolloServerPlugin<any>[];
}

/**
 * Everything that bounds one operation, in the order it applies: the token limit while parsing
 * (QUERY_TOO_MANY_TOKENS), aliases and directives during validation (graphql-armor), at most
 * MAX_RESPONSE_ERRORS validation errors, then before execution the operation type, variables, depth,
 * fields, root fields and cost (queryLimitsPlugin), and during execution the wall-clock deadline.
 * Also makes `_entities` fail per representation rather than per batch (changes `schema` in place).
 */
export function limitsApolloOptions(schema: GraphQLSchema, limits: QueryLimits, options: { introspection: boolean }): LimitOptions {
  guardEntities(schema);
  const armor = armorValidation({
    maxAliases: limits.maxAliases,
    maxDirectives: limits.maxDirectives,
    blockFieldSuggestions: !options.introspection,
  });
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    validationOptions: { maxErrors: MAX_RESPONSE_ERRORS },
    plugins: [...(armor.plugins as ApolloServerPlugin[]), queryLimitsPlugin(limits), errorCapPlugin()],
  };
}
