import { GraphQLError } from "graphql";

/** A request refused by a limit before anything ran: HTTP 400, `extensions.code`, the measured value and the limit. */
export function limitError(message: string, code: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });
}

/** Longest stretch of a client's own input an error message may quote. */
export const MAX_QUOTED_INPUT = 80;

/** `text` cut to MAX_QUOTED_INPUT characters, with "…" when it was longer. */
export function quoteInput(text: string): string {
  return text.length > MAX_QUOTED_INPUT ? `${text.slice(0, MAX_QUOTED_INPUT)}…` : text;
}
