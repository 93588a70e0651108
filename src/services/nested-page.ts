import DataLoader from "dataloader";
import type { Page } from "../models/connection";
import { decodeCursor, encodeCursor, type Position } from "./cursor";

/** One parent's page request: the parent and the page arguments of the nested connection field. */
export interface NestedPageKey {
  parentId: number;
  first: number;
  after?: string | null;
}

/** How a nested connection (e.g. Person.quotes) reads its rows for many parents at once. */
export interface NestedPageSource<Row extends { id: number }> {
  /** Names the ordering inside cursors, e.g. "publishedAt:desc". */
  ordering: string;
  /**
   * The ids of the first `take` children of each parent in the ordering, restricted to those after the
   * child `afterId` when given (one statement for all parents, e.g. with ROW_NUMBER() OVER a partition).
   */
  rank(parentIds: number[], take: number, afterId: number | null): Promise<{ parentId: number; id: number }[]>;
  /** How many children each parent has; a parent without any may be missing. */
  count(parentIds: number[]): Promise<Map<number, number>>;
  /** The rows with these ids, in any order. */
  load(ids: number[]): Promise<Row[]>;
  positionOf(row: Row): Position;
}

/**
 * A per-request DataLoader that pages a nested connection for many parents in a fixed number of SQL
 * statements: parents asking for the same page arguments are answered together (rank, count, load).
 */
export function nestedPageLoader<Row extends { id: number }>(
  source: NestedPageSource<Row>,
): DataLoader<NestedPageKey, Page<Row>, string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, NestedPageKey[]>();
      for (const key of keys) {
        const group = `${key.first}\u0000${key.after ?? ""}`;
        const members = groups.get(group);
        if (members) members.push(key);
        else groups.set(group, [key]);
      }
      const pages = new Map<string, Page<Row> | Error>();
      for (const group of groups.values()) {
        try {
          for (const [key, page] of await pageGroup(source, group)) pages.set(key, page);
        } catch (error) {
          // A bad cursor fails only the fields that passed it.
          for (const key of group) pages.set(cacheKey(key), error instanceof Error ? error : new Error(String(error)));
        }
      }
      return keys.map((key) => pages.get(cacheKey(key))!);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** Pages every parent of a group of keys that share `first` and `after`. */
async function pageGroup<Row extends { id: number }>(
  source: NestedPageSource<Row>,
  group: NestedPageKey[],
): Promise<Map<string, Page<Row>>> {
  const { first, after } = group[0];
  const afterId = after ? decodeCursor(after, source.ordering).id : null;
  const parentIds = [...new Set(group.map((k) => k.parentId))];
  const [ranked, counts] = await Promise.all([source.rank(parentIds, first + 1, afterId), source.count(parentIds)]);
  const rows = new Map((await source.load([...new Set(ranked.map((r) => r.id))])).map((row) => [row.id, row]));
  const childrenOf = new Map<number, Row[]>();
  for (const { parentId, id } of ranked) {
    const row = rows.get(id);
    if (!row) continue;
    const children = childrenOf.get(parentId);
    if (children) children.push(row);
    else childrenOf.set(parentId, [row]);
  }
  const pages = new Map<string, Page<Row>>();
  for (const parentId of parentIds) {
    const children = childrenOf.get(parentId) ?? [];
    const edges = children
      .slice(0, first)
      .map((node) => ({ node, cursor: encodeCursor(source.ordering, source.positionOf(node)) }));
    pages.set(cacheKey({ parentId, first, after }), {
      edges,
      totalCount: counts.get(parentId) ?? 0,
      pageInfo: {
        hasNextPage: children.length > first,
        hasPreviousPage: afterId !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    });
  }
  return pages;
}

function cacheKey(key: NestedPageKey): string {
  return `${key.parentId}\u0000${key.first}\u0000${key.after ?? ""}`;
}
