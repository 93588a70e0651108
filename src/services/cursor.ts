import { BadUserInputError } from "../errors";

/** A value a list is sorted by; null sorts last. */
export type SortValue = string | number | Date | null;

/** Where a row sits in one ordering: its sort values (in key order) and its id (the final tie-breaker). */
export interface Position {
  values: SortValue[];
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
 * The opaque cursor of a row in the ordering named `ordering` ("articles:publishedAt:desc"). It carries
 * the row's sort values and id, so the next page starts right beside it even when rows are added in
 * between. The same cursor works as `after` and as `before`.
 */
export function encodeCursor(ordering: string, position: Position): string {
  return Buffer.from(JSON.stringify([ordering, position.values.map(toJson), position.id]), "utf8").toString("base64url");
}

/**
 * Reads a cursor issued by encodeCursor for the same ordering. Throws BAD_USER_INPUT naming `argumentName`
 * (`after` or `before`) for anything else, including a cursor from a list sorted another way.
 */
export function decodeCursor(cursor: string, ordering: string, argumentName = "after"): Position {
  let parsed: unknown;
  try {
    parsed = cursor.length > 2000 ? undefined : JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed) && parsed.length === 3 && Array.isArray(parsed[1]) && parsed[1].length <= 8) {
    const [issuedFor, rawValues, id] = parsed as [unknown, unknown[], unknown];
    const values = rawValues.map(fromJson);
    if (typeof issuedFor === "string" && !values.includes(undefined) && Number.isSafeInteger(id) && (id as number) > 0) {
      if (issuedFor !== ordering) {
        throw new BadUserInputError(
          `${argumentName} was issued for the list ${issuedFor}, not ${ordering}: keep the list and orderBy the same while paging`,
          argumentName,
        );
      }
      return { values: values as SortValue[], id: id as number };
    }
  }
  throw new BadUserInputError(`${argumentName} is not a cursor returned by this API`, argumentName);
}
