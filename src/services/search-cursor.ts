import { createHash } from "node:crypto";
import { BadUserInputError } from "../errors";
import { SearchKind } from "../models/search-kind.enum";

/** Where a result sits in a search's order: rank key descending, then kind, then id (ascending). */
export interface SearchPosition {
  /** The score as a non-negative integer (see search.service.ts), exact where a float would not be. */
  rankKey: number;
  kind: SearchKind;
  id: number;
}

const PREFIX = "search";
const PATTERN = /^search:([0-9a-f]{12}):(\d{1,16}):(ARTICLE|QUOTE):(\d{1,15})$/;

/**
 * Names one search (its FTS5 expression and kinds), so that a cursor is only accepted by the search
 * that issued it: a position means nothing under another query's scores.
 */
export function searchScope(match: string, kinds: readonly SearchKind[]): string {
  return createHash("sha256")
    .update(`${match}\n${[...kinds].sort().join(",")}`)
    .digest("hex")
    .slice(0, 12);
}

/** The opaque cursor of the result at `position` in the search named by `scope`. */
export function encodeSearchCursor(scope: string, position: SearchPosition): string {
  const text = `${PREFIX}:${scope}:${position.rankKey}:${position.kind}:${position.id}`;
  return Buffer.from(text, "utf8").toString("base64url");
}

/**
 * The position inside a cursor this search (`scope`) issued; throws BAD_USER_INPUT naming `argumentName` for
 * anything else, including cursors of other lists or of the same search with another query or kinds.
 */
export function decodeSearchCursor(cursor: string, scope: string, argumentName = "after"): SearchPosition {
  const match = PATTERN.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  const position: SearchPosition | null = match
    ? { rankKey: Number(match[2]), kind: match[3] as SearchKind, id: Number(match[4]) }
    : null;
  if (
    !match ||
    !position ||
    match[1] !== scope ||
    !Number.isSafeInteger(position.rankKey) ||
    position.id < 1 ||
    encodeSearchCursor(scope, position) !== cursor
  ) {
    const shown = cursor.length > 60 ? `${cursor.slice(0, 60)}…` : cursor;
    throw new BadUserInputError(`${argumentName} is not a cursor returned by this search (got "${shown}")`, argumentName);
  }
  return position;
}
