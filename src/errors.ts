import { GraphQLError } from "graphql";

/** A client sent an argument the API cannot use; the message names the argument. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argumentName: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
  }
}
