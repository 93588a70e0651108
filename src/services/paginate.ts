import { BadUserInputError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import type { PageArgs } from "../models/page.args";
import { decodeCursor, encodeCursor } from "./cursor";
import type { Sort } from "./sort";

/** How a service fetches the rows of one page and counts the whole (filtered) list. */
export interface PageSource<Row, W> {
  /**
   * At most `take` rows in `orderBy` order, restricted by `after` (a where for the rows past the cursor)
   * when it is given.
   */
  fetch(query: { after: W | undefined; orderBy: object[]; take: number }): Promise<Row[]>;
  count(): Promise<number>;
}

/** Combines a list's filter with the keyset condition of a cursor. */
export function andWhere<W extends object>(where: W, after: W | undefined): W {
  return after === undefined ? where : ({ AND: [where, after] } as W);
}

/**
 * Runs one forward page (`first`/`after`) of a list in `sort` order and builds the Relay connection.
 * Paging is by keyset (sort value, id): a cursor stays valid when rows are added or removed elsewhere.
 */
export async function paginate<Row, W>(args: PageArgs, sort: Sort<Row, W>, source: PageSource<Row, W>): Promise<Page<Row>> {
  const position = args.after ? decodeCursor(args.after, sort.name) : null;
  const rowsOfPage = source
    .fetch({ after: position ? sort.after(position) : undefined, orderBy: sort.orderBy, take: args.first + 1 })
    .catch((error: unknown) => {
      // A cursor whose sort value has the wrong type (a number for a date, …) is refused by Prisma before any SQL.
      if (position && error instanceof Prisma.PrismaClientValidationError) {
        throw new BadUserInputError("after is not a cursor returned by this API for this list", "after");
      }
      throw error;
    });
  const [rows, totalCount] = await Promise.all([rowsOfPage, source.count()]);
  const hasNextPage = rows.length > args.first;
  const edges = rows.slice(0, args.first).map((node) => ({ node, cursor: encodeCursor(sort.name, sort.positionOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: position !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
