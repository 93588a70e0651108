import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";

/** What graphql-armor checks for us during validation (the rest of the limits are in plugin.ts). */
export interface ArmorLimits {
  maxAliases: number;
  maxDirectives: number;
  /** Hide "Did you mean …?" suggestions in validation errors (when introspection is off). */
  blockFieldSuggestions: boolean;
}

function reject(code: string, limitName: string, limit: number, what: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN);
    context?.reportError(
      new GraphQLError(`Query has ${Number.isFinite(found) ? found : "too many"} ${what}, the limit is ${limit}.`, {
        extensions: { code, ...(Number.isFinite(found) ? { found } : {}), [limitName]: limit },
      }),
    );
  };
}

/**
 * Armor's counters recurse through fragment spreads: a chain of thousands of them overflows the stack, which
 * would escape validation as a 500. Such a document is refused as QUERY_TOO_DEEP instead.
 */
function withoutStackOverflow(rule: ValidationRule): ValidationRule {
  return (context) => {
    const visitor = rule(context) as { OperationDefinition?: { enter?: (...args: unknown[]) => unknown } };
    const enter = visitor.OperationDefinition?.enter;
    if (enter) {
      visitor.OperationDefinition!.enter = (...args: unknown[]) => {
        try {
          return enter(...args);
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          context.reportError(new GraphQLError("Query nests fragments too deeply.", { extensions: { code: "QUERY_TOO_DEEP" } }));
          return false;
        }
      };
    }
    return visitor as ReturnType<ValidationRule>;
  };
}

/**
 * graphql-armor's alias and directive limits (counted with fragments expanded and memoised) as validation
 * rules: an operation over them fails validation with HTTP 400 and QUERY_TOO_MANY_ALIASES /
 * QUERY_TOO_MANY_DIRECTIVES. Armor's own depth, cost and token checks are off: depth and cost are ours
 * (plugin.ts), and the token limit is graphql-js's parser option (`parseOptions.maxTokens`), which stops
 * reading at the limit instead of parsing the document a second time.
 */
export function armorValidation(limits: ArmorLimits): { validationRules: ValidationRule[]; plugins: unknown[] } {
  const armor = new ApolloArmor({
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reject("QUERY_TOO_MANY_ALIASES", "maxAliases", limits.maxAliases, "aliases")],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reject("QUERY_TOO_MANY_DIRECTIVES", "maxDirectives", limits.maxDirectives, "directives")],
    },
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  });
  const { validationRules, plugins } = armor.protect();
  return { validationRules: validationRules.map(withoutStackOverflow), plugins };
}
