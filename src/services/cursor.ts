import { BadUserInputError } from "../errors";

/** A value a list is sorted by; null sorts last. */
export type SortValue = string | number | Date | null;

/** Where a row sits in one ordering: its sort value and its id (the tie-breaker). */
export interface Position {
  value: SortValue;
  id: number;
}

type Encoded = string | number | null | { date: string };

const toJson = (value: SortValue): Encoded => (value instanceof Date ? { date: value.toISOString() } : value);

function fromJson(value: unknown): SortValue | undefined {
  if (value === null || typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "object" && typeof (value as { date?: unknown }).date === "string") {
    const date = new Date((value as { date: string }).date);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

/**
 * The opaque cursor of a row in the ordering named `ordering` ("publishedAt:desc"). It carries the row's
 * sort value and id, so the next page starts right after it even when rows are added in between.
 */
export function encodeCursor(ordering: string, position: Position): string {
  return Buffer.from(JSON.stringify([ordering, toJson(position.value), position.id]), "utf8").toString("base64url");
}

/**
 * Reads a cursor issued by encodeCursor for the same ordering. Throws BAD_USER_INPUT naming `argumentName`
 * for anything else, including a cursor from a list sorted another way.
 */
export function decodeCursor(cursor: string, ordering: string, argumentName = "after"): Position {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed) && parsed.length === 3) {
    const [issuedFor, rawValue, id] = parsed as [unknown, unknown, unknown];
    const value = fromJson(rawValue);
    if (typeof issuedFor === "string" && value !== undefined && Number.isSafeInteger(id) && (id as number) > 0) {
      if (issuedFor !== ordering) {
        throw new BadUserInputError(
          `${argumentName} was issued for a list ordered by ${issuedFor}, not ${ordering}: keep orderBy the same while paging`,
          argumentName,
        );
      }
      return { value, id: id as number };
    }
  }
  throw new BadUserInputError(`${argumentName} is not a cursor returned by this API (got "${cursor}")`, argumentName);
}
