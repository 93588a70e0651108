import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import { ORGANIZATION_DEFAULT_DIRECTION, OrganizationSortField } from "../models/organization-order.input";
import type { OrganizationsArgs } from "../models/organizations.args";
import type { Organization } from "../models/organization.type";
import { encodeCursor, type Position, type SortValue } from "./cursor";
import { pageBounds, pageOf, pageWindow } from "./paginate";
import type { SortDirection } from "./sort";

/** An organisation row with the number of quotes it is the speaker of (what QUOTE_COUNT sorts by). */
export type OrganizationRow = Organization & { quoteCount: number };

interface OrganizationOrdering {
  name: string;
  /** The SQL column of the CTE "o" sorted by, before the id. */
  column: Prisma.Sql;
  value(row: OrganizationRow): SortValue;
  direction: SortDirection;
}

/** The organisation ordering for `orderBy`: names A→Z by default, QUOTE_COUNT the most quoted first. */
export function organizationOrdering(orderBy: OrganizationsArgs["orderBy"]): OrganizationOrdering {
  const field = orderBy?.field ?? OrganizationSortField.NAME;
  const direction = orderBy?.direction ?? ORGANIZATION_DEFAULT_DIRECTION[field];
  const dir = direction === "ASC" ? "asc" : "desc";
  return field === OrganizationSortField.QUOTE_COUNT
    ? { name: `organizations:quoteCount:${dir}`, column: Prisma.sql`"quoteCount"`, value: (o) => o.quoteCount, direction }
    : { name: `organizations:name:${dir}`, column: Prisma.sql`"name"`, value: (o) => o.name, direction };
}

/** The SQL condition of a filter over "Organization" org (names compared case-insensitively, ASCII). */
function filterSql(filter: OrganizationsArgs["filter"]): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const prefix = filter?.namePrefix?.trim();
  if (prefix) conditions.push(Prisma.sql`substr(lower(org."name"), 1, length(${prefix})) = lower(${prefix})`);
  const contains = filter?.nameContains?.trim();
  if (contains) conditions.push(Prisma.sql`instr(lower(org."name"), lower(${contains})) > 0`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** Rows of "o" strictly after `position` in `ordering` (reversed: strictly before it). */
function beyondSql(ordering: OrganizationOrdering, position: Position, reversed: boolean): Prisma.Sql {
  const forwardAsc = ordering.direction === "ASC";
  const op = Prisma.raw(forwardAsc !== reversed ? ">" : "<");
  const value = position.values[0];
  return Prisma.sql`(${ordering.column} ${op} ${value} OR (${ordering.column} = ${value} AND "id" ${op} ${position.id}))`;
}

const QUOTE_COUNT = Prisma.sql`(SELECT COUNT(*) FROM "Quote" q WHERE q."speakerOrganizationId" = org."id")`;

/**
 * One page of organisations matching the filter, in the requested order (keyset paging both ways, as
 * the other lists). QUOTE_COUNT counts the quotes each is the speaker of, in the same statement.
 */
export async function listOrganizations(prisma: PrismaClient, args: OrganizationsArgs): Promise<Page<OrganizationRow>> {
  const window = pageWindow(args);
  const ordering = organizationOrdering(args.orderBy);
  const bounds = pageBounds(args, ordering.name);
  const where = filterSql(args.filter);
  const conditions: Prisma.Sql[] = [];
  if (bounds.after) conditions.push(beyondSql(ordering, bounds.after, false));
  if (bounds.before) conditions.push(beyondSql(ordering, bounds.before, true));
  const asc = (ordering.direction === "ASC") !== window.backward;
  const dir = Prisma.raw(asc ? "ASC" : "DESC");
  const scoped = Prisma.sql`WITH "o" AS (
      SELECT org."id" AS "id", org."name" AS "name", ${QUOTE_COUNT} AS "quoteCount" FROM "Organization" org ${where}
    )`;
  const start = window.backward ? bounds.before : bounds.after;
  const [rows, [{ count }], beyond] = await Promise.all([
    prisma.$queryRaw<{ id: unknown; name: string; quoteCount: unknown }[]>`${scoped}
      SELECT "id", "name", "quoteCount" FROM "o"
      ${conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty}
      ORDER BY ${ordering.column} ${dir}, "id" ${dir}
      LIMIT ${window.size + 1}`,
    prisma.$queryRaw<{ count: unknown }[]>`SELECT COUNT(*) AS "count" FROM "Organization" org ${where}`,
    start
      ? prisma.$queryRaw<unknown[]>`${scoped}
          SELECT 1 FROM "o" WHERE ${beyondSql(ordering, start, !window.backward)} OR "id" = ${start.id} LIMIT 1`
      : Promise.resolve([]),
  ]);
  const organizations = rows.map((r) => ({ id: Number(r.id), name: r.name, quoteCount: Number(r.quoteCount) }));
  const cursorOf = (o: OrganizationRow) => encodeCursor(ordering.name, { values: [ordering.value(o)], id: o.id });
  return pageOf(organizations, window, cursorOf, Number(count), beyond.length > 0);
}
