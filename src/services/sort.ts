import type { Position, SortValue } from "./cursor";

/** The GraphQL SortDirection values. */
export type SortDirection = "ASC" | "DESC";
type Direction = "asc" | "desc";

/** One column a list is sorted by, and how a Prisma where/orderBy reaches it. */
export interface SortKey<Row> {
  /** Short name for cursors: "publishedAt", "name". */
  name: string;
  direction: SortDirection;
  /** Wraps a column condition or direction into the list's where/orderBy: (c) => ({ article: { publishedAt: c } }). */
  at(condition: unknown): object;
  value(row: Row): SortValue;
  /** True when the column may be null (nulls then sort last in both directions). */
  nullable?: boolean;
}

/**
 * One way a list is ordered: by some columns, then by row id, so that every row has a unique position
 * and keyset paging never skips or repeats a row. `W` is the Prisma where type of the list.
 */
export interface Sort<Row, W> {
  /** Names the list and its ordering inside cursors, e.g. "articles:publishedAt:desc". */
  name: string;
  /** The columns in order, the id last (how SQL built by hand orders and pages the same way). */
  keys: ReadonlyArray<Pick<SortKey<Row>, "name" | "direction" | "nullable">>;
  /** The row's position in this ordering. */
  positionOf(row: Row): Position;
  /** Prisma orderBy of the ordering, or of its exact reverse (to read a page backwards). */
  orderBy(reversed: boolean): object[];
  /** Prisma where selecting the rows strictly after `position` (reversed: strictly before it). */
  beyond(position: Position, reversed: boolean): W;
}

const flip = (d: Direction): Direction => (d === "asc" ? "desc" : "asc");
const lower = (d: SortDirection): Direction => (d === "ASC" ? "asc" : "desc");

/**
 * Sorts `list` by `keys` in order, then by id in `idDirection` (by default the direction of the last key).
 * Nullable keys put nulls last in either direction.
 */
export function sortBy<Row extends { id: number }, W>(
  list: string,
  keys: SortKey<Row>[],
  idDirection: SortDirection = keys.at(-1)?.direction ?? "ASC",
): Sort<Row, W> {
  const idDir = lower(idDirection);
  const name = [list, ...keys.map((k) => `${k.name}:${lower(k.direction)}`), ...(keys.length ? [] : [`id:${idDir}`])].join(":");
  const idKey: SortKey<Row> = { name: "id", direction: idDirection, at: (c) => ({ id: c }), value: (r) => r.id };
  return {
    name,
    keys: [...keys, idKey].map(({ name: key, direction, nullable }) => ({ name: key, direction, nullable })),
    positionOf: (row) => ({ values: keys.map((k) => k.value(row)), id: row.id }),
    orderBy(reversed) {
      return [...keys, idKey].map((key) => {
        const forward = lower(key.direction);
        const direction = reversed ? flip(forward) : forward;
        return key.at(key.nullable ? { sort: direction, nulls: reversed ? "first" : "last" } : direction);
      });
    },
    beyond(position, reversed) {
      const all = [...keys, idKey];
      const values = [...position.values, position.id];
      const or: object[] = [];
      for (let i = 0; i < all.length; i++) {
        const equalBefore = all.slice(0, i).map((key, j) => (values[j] === null ? key.at(null) : key.at({ equals: values[j] })));
        for (const term of beyondKey(all[i], values[i], reversed)) or.push({ AND: [...equalBefore, term] });
      }
      return { OR: or } as W;
    },
  };
}

/** The conditions (any of them) for a column to lie strictly beyond `value` in its order. */
function beyondKey<Row>(key: SortKey<Row>, value: SortValue, reversed: boolean): object[] {
  const forward = lower(key.direction);
  const direction = reversed ? flip(forward) : forward;
  const op = direction === "asc" ? "gt" : "lt";
  // Nulls come last going forward and first going backward.
  if (value === null) return reversed ? [key.at({ not: null })] : [];
  return [key.at({ [op]: value }), ...(key.nullable && !reversed ? [key.at(null)] : [])];
}
