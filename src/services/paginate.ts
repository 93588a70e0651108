import { BadUserInputError } from "../errors";
import type { Page } from "../models/connection";
import type { PageArgs } from "../models/page.args";

const PREFIX = "cursor:";

/** The opaque cursor of the row with this id. */
export function encodeCursor(id: number): string {
  return Buffer.from(`${PREFIX}${id}`, "utf8").toString("base64url");
}

/** The row id inside a cursor; throws BAD_USER_INPUT naming `after` for anything this API did not issue. */
export function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const id = decoded.startsWith(PREFIX) ? Number(decoded.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(id) || id < 1 || encodeCursor(id) !== cursor) {
    throw new BadUserInputError(`after is not a cursor returned by this API (got "${cursor}")`, "after");
  }
  return id;
}

/** How a service fetches one page of rows ordered by ascending id, and counts the whole list. */
export interface PageSource<T extends { id: number }> {
  /** Rows with id greater than `afterId` (all rows when null), ascending by id, at most `take`. */
  fetch(take: number, afterId: number | null): Promise<T[]>;
  count(): Promise<number>;
}

/** Narrows a Prisma `where` to the rows after `afterId` (ids ascending); unchanged for the first page. */
export function whereAfter<W extends object>(where: W, id: number | null): W {
  return id === null ? where : ({ AND: [where, { id: { gt: id } }] } as W);
}

/** Runs one forward page (`first`/`after`) over rows ordered by id and builds the Relay connection. */
export async function paginate<T extends { id: number }>(args: PageArgs, source: PageSource<T>): Promise<Page<T>> {
  const afterId = args.after ? decodeCursor(args.after) : null;
  const [rows, totalCount] = await Promise.all([source.fetch(args.first + 1, afterId), source.count()]);
  const hasNextPage = rows.length > args.first;
  const edges = rows.slice(0, args.first).map((node) => ({ node, cursor: encodeCursor(node.id) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
