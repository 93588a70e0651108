import type { ApolloServerPlugin } from "@apollo/server";

/** Most errors one response carries; the rest are summed up in a last one. */
export const MAX_RESPONSE_ERRORS = 20;

/**
 * Keeps error bodies small: a response with more than MAX_RESPONSE_ERRORS errors keeps the first ones and
 * ends with `{ message: "… more errors not shown", extensions: { code: "TOO_MANY_ERRORS", omitted } }`.
 */
export function errorCapPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors;
          if (!errors || errors.length <= MAX_RESPONSE_ERRORS) return;
          const omitted = errors.length - MAX_RESPONSE_ERRORS + 1;
          response.body.singleResult.errors = [
            ...errors.slice(0, MAX_RESPONSE_ERRORS - 1),
            { message: `${omitted} more errors not shown`, extensions: { code: "TOO_MANY_ERRORS", omitted } },
          ];
        },
      };
    },
  };
}
