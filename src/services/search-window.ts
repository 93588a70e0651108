import { Prisma } from "../generated/prisma/client";
import { SearchKind } from "../models/search-kind.enum";
import type { SearchArgs } from "../models/search.args";
import { type PageWindow, pageWindow } from "./paginate";
import { decodeSearchCursor, type SearchPosition, searchScope } from "./search-cursor";

/**
 * Rows strictly after `position` in the order "rankKey" DESC, "kind", "refId" (reversed: strictly before it),
 * over columns of those names: keyset, no offsets. Ids bind as BigInt, which both engines compare exactly.
 */
export function beyondSql(position: SearchPosition, reversed: boolean): Prisma.Sql {
  const rankKey = BigInt(position.rankKey);
  const id = BigInt(position.id);
  const [score, other] = reversed ? [Prisma.raw(">"), Prisma.raw("<")] : [Prisma.raw("<"), Prisma.raw(">")];
  return Prisma.sql`("rankKey" ${score} ${rankKey}
    OR ("rankKey" = ${rankKey} AND ("kind" ${other} ${position.kind} OR ("kind" = ${position.kind} AND "refId" ${other} ${id}))))`;
}

/** What either engine's search needs from its arguments before it writes SQL. */
export interface SearchWindow {
  /** The kinds searched, each once (every kind when none was given). */
  kinds: SearchKind[];
  /** The search's identity in its cursors (searchScope). */
  scope: string;
  window: PageWindow;
  /** The cursor the page starts from: `before` for a backward page, `after` otherwise; null without one. */
  start: SearchPosition | null;
  /** WHERE of the rows between the cursors (empty without cursors). */
  where: Prisma.Sql;
  /** The page's order over "rankKey", "kind", "refId" (reversed for a backward page), `prefix` naming their table. */
  order(prefix?: string): Prisma.Sql;
}

/**
 * The kinds, cursors and page window of a search for the FTS expression `match`. Throws BAD_USER_INPUT
 * naming `after` or `before` for a foreign cursor, and naming `last` for first with last.
 */
export function searchWindow(args: SearchArgs, match: string): SearchWindow {
  const kinds = args.kinds?.length ? [...new Set(args.kinds)] : Object.values(SearchKind);
  const scope = searchScope(match, kinds);
  const window = pageWindow(args);
  const after = args.after ? decodeSearchCursor(args.after, scope, "after") : null;
  const before = args.before ? decodeSearchCursor(args.before, scope, "before") : null;
  const bounds = [...(after ? [beyondSql(after, false)] : []), ...(before ? [beyondSql(before, true)] : [])];
  const order = (prefix?: string) => {
    const [rank, kind, id] = ["rankKey", "kind", "refId"].map((c) => Prisma.raw(prefix ? `"${prefix}"."${c}"` : `"${c}"`));
    return window.backward ? Prisma.sql`${rank} ASC, ${kind} DESC, ${id} DESC` : Prisma.sql`${rank} DESC, ${kind} ASC, ${id} ASC`;
  };
  return {
    kinds,
    scope,
    window,
    start: window.backward ? before : after,
    where: bounds.length ? Prisma.sql`WHERE ${Prisma.join(bounds, " AND ")}` : Prisma.empty,
    order,
  };
}
