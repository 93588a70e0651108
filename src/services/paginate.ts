import { BadUserInputError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import { DEFAULT_PAGE_SIZE, type PageArgs } from "../models/page.args";
import { decodeCursor, encodeCursor, type Position } from "./cursor";
import type { Sort } from "./sort";

/** How many items a page holds and which way it is read. */
export interface PageWindow {
  size: number;
  /** True for `last`: the page is the last `size` items before `before` (or the end). */
  backward: boolean;
}

/**
 * The size and direction of a page: `first` (default DEFAULT_PAGE_SIZE) reads forward, `last` backward.
 * Throws BAD_USER_INPUT naming `last` when both are given.
 */
export function pageWindow(args: Pick<PageArgs, "first" | "last">): PageWindow {
  const first = args.first ?? null;
  const last = args.last ?? null;
  if (first !== null && last !== null) {
    throw new BadUserInputError(
      "first and last cannot be used together: page forward with first/after or backward with last/before",
      "last",
    );
  }
  return last !== null ? { size: last, backward: true } : { size: first ?? DEFAULT_PAGE_SIZE, backward: false };
}

/** The positions of the `after` and `before` cursors of a page in the ordering named `ordering`. */
export function pageBounds(args: Pick<PageArgs, "after" | "before">, ordering: string) {
  return {
    after: args.after ? decodeCursor(args.after, ordering, "after") : null,
    before: args.before ? decodeCursor(args.before, ordering, "before") : null,
  };
}

/** A count run at most once, when first asked for. */
export type Count = number | (() => Promise<number>);

/**
 * Defines `totalCount` on `page` as a property that runs `count` on its first read (and keeps the answer):
 * GraphQL reads it only when the query selects totalCount, so no count runs unless asked for.
 */
export function withTotalCount<P extends object>(page: P, count: Count): P & { totalCount: number | Promise<number> } {
  let value: number | Promise<number> | undefined = typeof count === "number" ? count : undefined;
  return Object.defineProperty(page, "totalCount", {
    enumerable: true,
    get: () => (value ??= (count as () => Promise<number>)()),
  }) as P & { totalCount: number | Promise<number> };
}

/** An edge whose cursor is encoded when read: GraphQL reads it only when the query selects `cursor`. */
class Edge<Row> {
  constructor(
    readonly node: Row,
    private readonly encode: (row: Row) => string,
  ) {}

  get cursor(): string {
    return this.encode(this.node);
  }
}

/**
 * The Relay connection for `rows` read in page order (forward, or backward for `last`) with one row more
 * than the page when there is one. `beyondPage` tells whether items lie outside the page on the side of
 * the cursor it started from (`after` going forward, `before` going backward), when such a cursor was given.
 */
export function pageOf<Row>(
  rows: Row[],
  window: PageWindow,
  cursorOf: (row: Row) => string,
  totalCount: Count,
  beyondPage: boolean,
): Page<Row> {
  const more = rows.length > window.size;
  const page = rows.slice(0, window.size);
  if (window.backward) page.reverse();
  const edges = page.map((node) => new Edge(node, cursorOf));
  const pageInfo = {
    hasNextPage: window.backward ? beyondPage : more,
    hasPreviousPage: window.backward ? more : beyondPage,
    get startCursor() {
      return edges[0]?.cursor ?? null;
    },
    get endCursor() {
      return edges.at(-1)?.cursor ?? null;
    },
  };
  return withTotalCount({ edges, pageInfo }, totalCount);
}

/**
 * How a service fetches the rows of one page, counts the whole (filtered) list (only when totalCount is
 * read), and tests for rows.
 */
export interface PageSource<Row, W> {
  /** At most `take` rows of the filtered list in `orderBy` order that also meet every condition of `where`. */
  fetch(query: { where: W[]; orderBy: object[]; take: number }): Promise<Row[]>;
  count(): Promise<number>;
  /** Whether a row of the filtered list meets `where`. */
  exists(where: W): Promise<boolean>;
}

/** Combines a list's filter with more conditions (a cursor's keyset conditions). */
export function andWhere<W extends object>(where: W, more: W[]): W {
  return more.length === 0 ? where : ({ AND: [where, ...more] } as W);
}

/** Rows at or beside a cursor's row on its far side: strictly beyond `position` that way, or the row itself. */
function atOrBeyond<Row, W>(sort: Sort<Row, W>, position: Position, reversed: boolean): W {
  return { OR: [sort.beyond(position, reversed), { id: position.id }] } as W;
}

/**
 * Runs one page of a list in `sort` order and builds the Relay connection: `first`/`after` forward,
 * `last`/`before` backward, both cursors bounding the page when given. Paging is by keyset (sort values,
 * id): a cursor stays valid when rows are added or removed elsewhere. pageInfo follows the Relay spec:
 * the flag in the paging direction says whether the list goes on past the page; the other one whether
 * anything precedes `after` (forward) or follows `before` (backward), false without that cursor.
 */
export async function paginate<Row, W>(args: PageArgs, sort: Sort<Row, W>, source: PageSource<Row, W>): Promise<Page<Row>> {
  const window = pageWindow(args);
  const bounds = pageBounds(args, sort.name);
  const where: W[] = [];
  if (bounds.after) where.push(sort.beyond(bounds.after, false));
  if (bounds.before) where.push(sort.beyond(bounds.before, true));
  const start = window.backward ? bounds.before : bounds.after;
  // A cursor whose sort value has the wrong type (a number for a date, …) is refused by Prisma before any SQL.
  const refuseTampered = (error: unknown): never => {
    if ((bounds.after || bounds.before) && error instanceof Prisma.PrismaClientValidationError) {
      const name = bounds.after ? "after" : "before";
      throw new BadUserInputError(`${name} is not a cursor returned by this API for this list`, name);
    }
    throw error;
  };
  const [rows, beyondPage] = await Promise.all([
    source.fetch({ where, orderBy: sort.orderBy(window.backward), take: window.size + 1 }).catch(refuseTampered),
    start ? source.exists(atOrBeyond(sort, start, !window.backward)).catch(refuseTampered) : Promise.resolve(false),
  ]);
  return pageOf(rows, window, (row) => encodeCursor(sort.name, sort.positionOf(row)), () => source.count(), beyondPage);
}
