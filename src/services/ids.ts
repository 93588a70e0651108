import { BadUserInputError } from "../errors";

/** Parses a GraphQL ID into a database id; throws BAD_USER_INPUT naming `argumentName` when it is not one. */
export function parseId(value: string | number, argumentName: string): number {
  const id = typeof value === "number" ? value : /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) {
    throw new BadUserInputError(`${argumentName} must be a positive integer ID (got "${value}")`, argumentName);
  }
  return id;
}

/** Like parseId, but null for anything that is not an id (for federation references, which answer null). */
export function tryParseId(value: unknown): number | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  try {
    return parseId(value, "id");
  } catch {
    return null;
  }
}
