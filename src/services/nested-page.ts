import DataLoader from "dataloader";
import type { Page } from "../models/connection";
import type { PageArgs } from "../models/page.args";
import { encodeCursor, type Position } from "./cursor";
import { pageBounds, pageOf, pageWindow } from "./paginate";

/** One parent's page request: the parent and the page arguments of the nested connection field. */
export interface NestedPageKey extends Pick<PageArgs, "first" | "after" | "last" | "before"> {
  parentId: number;
}

/** The cursor rows that bound a nested page (row ids; their sort values are read in SQL). */
export interface NestedBounds {
  afterId: number | null;
  beforeId: number | null;
}

/** How a nested connection (e.g. Person.quotes) reads its rows for many parents at once. */
export interface NestedPageSource<Row extends { id: number }> {
  /** Names the ordering inside cursors: the name of the top-level list ordering it shares cursors with. */
  ordering: string;
  /**
   * The ids of the first `take` children of each parent in the ordering (or its reverse), strictly
   * between the bounding cursor rows when given: one statement for all parents.
   */
  rank(parentIds: number[], take: number, bounds: NestedBounds, reversed: boolean): Promise<{ parentId: number; id: number }[]>;
  /**
   * The parents with a child at or beyond the child `from.id` on the far side of the page (before it when
   * `from.reversed`, after it otherwise): one statement for all parents.
   */
  beyond(parentIds: number[], from: { id: number; reversed: boolean }): Promise<Set<number>>;
  /** For each parent, how many children it has (a parent without children may be missing). */
  count(parentIds: number[]): Promise<Map<number, number>>;
  /** The rows with these ids, in any order. */
  load(ids: number[]): Promise<Row[]>;
  positionOf(row: Row): Position;
}

/**
 * A per-request DataLoader that pages a nested connection for many parents in a fixed number of SQL
 * statements: parents asking for the same page arguments are answered together (rank, load, whether
 * anything lies beyond a starting cursor, and the counts when totalCount is read).
 */
export function nestedPageLoader<Row extends { id: number }>(
  source: NestedPageSource<Row>,
): DataLoader<NestedPageKey, Page<Row>, string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, NestedPageKey[]>();
      for (const key of keys) {
        const group = argsKey(key);
        const members = groups.get(group);
        if (members) members.push(key);
        else groups.set(group, [key]);
      }
      const pages = new Map<string, Page<Row> | Error>();
      for (const group of groups.values()) {
        try {
          for (const [key, page] of await pageGroup(source, group)) pages.set(key, page);
        } catch (error) {
          // A bad cursor (or first with last) fails only the fields that passed it.
          for (const key of group) pages.set(cacheKey(key), error instanceof Error ? error : new Error(String(error)));
        }
      }
      return keys.map((key) => pages.get(cacheKey(key))!);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** Pages every parent of a group of keys that share their page arguments. */
async function pageGroup<Row extends { id: number }>(
  source: NestedPageSource<Row>,
  group: NestedPageKey[],
): Promise<Map<string, Page<Row>>> {
  const args = group[0];
  const window = pageWindow(args);
  const { after, before } = pageBounds(args, source.ordering);
  const bounds = { afterId: after?.id ?? null, beforeId: before?.id ?? null };
  const start = window.backward ? before : after;
  const parentIds = [...new Set(group.map((k) => k.parentId))];
  // Counts are needed only for totalCount: they run when it is first read, once for the whole group.
  let counting: Promise<Map<number, number>> | null = null;
  const countAll = () => (counting ??= source.count(parentIds));
  const [ranked, beyond] = await Promise.all([
    source.rank(parentIds, window.size + 1, bounds, window.backward),
    start ? source.beyond(parentIds, { id: start.id, reversed: !window.backward }) : Promise.resolve(new Set<number>()),
  ]);
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
  const cursorOf = (row: Row) => encodeCursor(source.ordering, source.positionOf(row));
  for (const parentId of parentIds) {
    const total = async () => (await countAll()).get(parentId) ?? 0;
    const page = pageOf(childrenOf.get(parentId) ?? [], window, cursorOf, total, beyond.has(parentId));
    pages.set(cacheKey({ ...args, parentId }), page);
  }
  return pages;
}

function argsKey(key: NestedPageKey): string {
  return [key.first ?? "", key.last ?? "", key.after ?? "", key.before ?? ""].join("\u0000");
}

function cacheKey(key: NestedPageKey): string {
  return `${key.parentId}\u0000${argsKey(key)}`;
}
