import { GraphQLError } from "graphql";
import { BadUserInputError } from "../errors";
import { decodeGlobalId, type NodeType } from "./global-id";

/** The ID names nothing (or something of another type). */
export class NotFoundError extends GraphQLError {
  constructor(message: string, argumentName: string) {
    super(message, { extensions: { code: "NOT_FOUND", argumentName } });
  }
}

/** The row id of a global ID argument of `type`; BAD_USER_INPUT naming `argumentName` when it is not one. */
export function requireId(value: string, type: NodeType, argumentName: string): number {
  const id = decodeGlobalId(value, type);
  if (id === null) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    throw new BadUserInputError(`${argumentName} must be a ${type} ID (got "${shown}")`, argumentName);
  }
  return id;
}
