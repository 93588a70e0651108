import type { Position, SortValue } from "./cursor";

/** The GraphQL SortDirection values. */
export type SortDirection = "ASC" | "DESC";

/**
 * One way a list is ordered: by a column (or none: id only), in a direction, with the row id as the
 * tie-breaker, so that every row has a unique position and keyset paging never skips or repeats a row.
 * `W` is the Prisma where type of the list.
 */
export interface Sort<Row, W> {
  /** Names the ordering inside cursors, e.g. "publishedAt:desc". */
  name: string;
  /** The row's position in this ordering. */
  positionOf(row: Row): Position;
  /** Prisma orderBy: the column (nulls last), then id in the same direction. */
  orderBy: object[];
  /** Prisma where selecting the rows strictly after `position`. */
  after(position: Position): W;
}

/** How a sort reaches its column from a row and in a Prisma where/orderBy. */
export interface SortColumn<Row> {
  /** Short name for cursors: "publishedAt", "name". */
  name: string;
  /** Wraps a column condition or direction into the list's where/orderBy: (c) => ({ article: { publishedAt: c } }). */
  at(condition: unknown): object;
  value(row: Row): SortValue;
  /** True when the column may be null (nulls then sort last in both directions). */
  nullable?: boolean;
}

/** A sort by `column` in `direction`, tie-broken by id; `column` null sorts by id alone. */
export function sortBy<Row extends { id: number }, W>(
  column: SortColumn<Row> | null,
  sortDirection: SortDirection,
): Sort<Row, W> {
  const direction = sortDirection === "ASC" ? "asc" : "desc";
  const beyond = direction === "asc" ? "gt" : "lt";
  const idBeyond = (id: number) => ({ id: { [beyond]: id } });
  if (column === null) {
    return {
      name: `id:${direction}`,
      positionOf: (row) => ({ value: null, id: row.id }),
      orderBy: [{ id: direction }],
      after: ({ id }) => idBeyond(id) as W,
    };
  }
  return {
    name: `${column.name}:${direction}`,
    positionOf: (row) => ({ value: column.value(row), id: row.id }),
    orderBy: [column.at(column.nullable ? { sort: direction, nulls: "last" } : direction), { id: direction }],
    after: ({ value, id }) => {
      if (value === null) return { AND: [column.at(null), idBeyond(id)] } as W;
      const or: object[] = [column.at({ [beyond]: value }), { AND: [column.at({ equals: value }), idBeyond(id)] }];
      if (column.nullable) or.push(column.at(null));
      return { OR: or } as W;
    },
  };
}
