import { GraphQLError } from "graphql";

/** A client sent an argument the API cannot use; the message names the argument. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argumentName: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
  }
}

/** The part of class-validator's ValidationError that TypeGraphQL puts in `extensions.validationErrors`. */
interface ArgumentProblem {
  property: string;
  constraints?: Record<string, string>;
  children?: ArgumentProblem[];
}

/**
 * Turns TypeGraphQL's "Argument Validation Error" (which names nothing) into a message that names each
 * argument by its path ("first must not be greater than 100", "filter.source must be shorter than …")
 * and `extensions.argumentName` for the first one.
 */
export function describeArgumentErrors(problems: ArgumentProblem[]): { message: string; argumentName: string } {
  const messages: { path: string; message: string }[] = [];
  const walk = (list: ArgumentProblem[], prefix: string) => {
    for (const problem of list) {
      const path = prefix ? `${prefix}.${problem.property}` : problem.property;
      for (const message of Object.values(problem.constraints ?? {})) {
        messages.push({ path, message: message.startsWith(`${problem.property} `) ? `${path}${message.slice(problem.property.length)}` : `${path}: ${message}` });
      }
      walk(problem.children ?? [], path);
    }
  };
  walk(problems, "");
  return { message: messages.map((m) => m.message).join("; ") || "Invalid argument", argumentName: messages[0]?.path ?? "" };
}
