import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import type { PageArgs } from "../models/page.args";
import { encodeCursor, type Position, type SortValue } from "./cursor";
import { pageBounds, pageOf, pageWindow } from "./paginate";
import type { Sort } from "./sort";

/** A list written as SQL: what paginateSql needs to page it in the order of a Sort. */
export interface SqlListSource<Row> {
  /** FROM clause, e.g. `"Article" a`. */
  from: Prisma.Sql;
  /** The filter's conditions (all must hold). */
  where: Prisma.Sql[];
  /** The SQL column of each key of the sort, by key name ("publishedAt" → a."publishedAt"; "id" too). */
  columns: Record<string, Prisma.Sql>;
  /** The rows with these ids, in any order. */
  load(ids: number[]): Promise<Row[]>;
}

type Key = Sort<unknown, unknown>["keys"][number];

const flip = (direction: "ASC" | "DESC") => (direction === "ASC" ? "DESC" : "ASC");

function column(columns: Record<string, Prisma.Sql>, key: Key): Prisma.Sql {
  const sql = columns[key.name];
  if (!sql) throw new Error(`no SQL column for sort key ${key.name}`);
  return sql;
}

/** ORDER BY for the sort (or its exact reverse); nullable keys put nulls last going forward. */
function orderSql(keys: readonly Key[], columns: Record<string, Prisma.Sql>, reversed: boolean): Prisma.Sql {
  return Prisma.join(
    keys.map((key) => {
      const direction = Prisma.raw(reversed ? flip(key.direction) : key.direction);
      const nulls = key.nullable ? Prisma.raw(reversed ? " NULLS FIRST" : " NULLS LAST") : Prisma.empty;
      return Prisma.sql`${column(columns, key)} ${direction}${nulls}`;
    }),
    ", ",
  );
}

/** A column strictly beyond `value` in its order (the SQL twin of sort.ts's beyondKey). */
function beyondKeySql(key: Key, sql: Prisma.Sql, value: SortValue, reversed: boolean): Prisma.Sql | null {
  const direction = reversed ? flip(key.direction) : key.direction;
  if (value === null) return reversed ? Prisma.sql`${sql} IS NOT NULL` : null;
  const op = Prisma.raw(direction === "ASC" ? ">" : "<");
  return key.nullable && !reversed ? Prisma.sql`(${sql} ${op} ${value} OR ${sql} IS NULL)` : Prisma.sql`${sql} ${op} ${value}`;
}

/** Rows strictly after `position` in the sort (reversed: strictly before it), as a keyset condition. */
export function beyondSql(keys: readonly Key[], columns: Record<string, Prisma.Sql>, position: Position, reversed: boolean): Prisma.Sql {
  const values = [...position.values, position.id];
  const or: Prisma.Sql[] = [];
  for (let i = 0; i < keys.length; i++) {
    const term = beyondKeySql(keys[i], column(columns, keys[i]), values[i], reversed);
    if (!term) continue;
    const equal = keys.slice(0, i).map((key, j) =>
      values[j] === null ? Prisma.sql`${column(columns, key)} IS NULL` : Prisma.sql`${column(columns, key)} = ${values[j]}`,
    );
    or.push(Prisma.sql`(${Prisma.join([...equal, term], " AND ")})`);
  }
  return or.length ? Prisma.sql`(${Prisma.join(or, " OR ")})` : Prisma.sql`0`;
}

const whereSql = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

/**
 * paginate() for a list written as SQL (used where Prisma's where cannot say it, such as a full-text
 * subquery): the same keyset paging, cursors and pageInfo, in at most three bounded statements (the
 * page's ids, whether anything lies beyond the starting cursor, the count when asked for) plus one that
 * loads the page's rows.
 */
export async function paginateSql<Row extends { id: number }>(
  prisma: PrismaClient,
  args: PageArgs,
  sort: Sort<Row, unknown>,
  source: SqlListSource<Row>,
): Promise<Page<Row>> {
  const window = pageWindow(args);
  const bounds = pageBounds(args, sort.name);
  const { columns } = source;
  const id = columns.id;
  const conditions = [...source.where];
  if (bounds.after) conditions.push(beyondSql(sort.keys, columns, bounds.after, false));
  if (bounds.before) conditions.push(beyondSql(sort.keys, columns, bounds.before, true));
  const start = window.backward ? bounds.before : bounds.after;
  const idsQuery = prisma.$queryRaw<{ id: number | bigint }[]>`
    SELECT ${id} AS "id" FROM ${source.from} ${whereSql(conditions)}
    ORDER BY ${orderSql(sort.keys, columns, window.backward)} LIMIT ${window.size + 1}`;
  const beyondQuery = start
    ? prisma.$queryRaw<unknown[]>`
        SELECT 1 FROM ${source.from}
        ${whereSql([...source.where, Prisma.sql`(${beyondSql(sort.keys, columns, start, !window.backward)} OR ${id} = ${start.id})`])}
        LIMIT 1`
    : Promise.resolve([]);
  const count = async () =>
    Number((await prisma.$queryRaw<{ count: number | bigint }[]>`SELECT count(*) AS "count" FROM ${source.from} ${whereSql(source.where)}`)[0].count);
  const [idRows, beyond] = await Promise.all([idsQuery, beyondQuery]);
  const ids = idRows.map((row) => Number(row.id));
  const loaded = new Map((ids.length ? await source.load(ids) : []).map((row) => [row.id, row]));
  // A row deleted between the two statements is left out.
  const rows = ids.flatMap((rowId) => loaded.get(rowId) ?? []);
  return pageOf(rows, window, (row) => encodeCursor(sort.name, sort.positionOf(row)), count, beyond.length > 0);
}
