import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import type { PeopleArgs } from "../models/people.args";
import { PERSON_DEFAULT_DIRECTION, PersonSortField } from "../models/person-order.input";
import type { Person } from "../models/person.type";
import { anyOfIds } from "./filter-values";
import { toPerson } from "./records";
import { personColumns } from "./rows";
import { paginateSql } from "./sql-page";
import { type Sort, sortBy } from "./sort";

type Where = Prisma.PersonWhereInput;

/** A LIKE pattern for "contains `text`" (or "starts with"), with LIKE's own characters escaped. */
function like(text: string, prefix: boolean): string {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return prefix ? `${escaped}%` : `%${escaped}%`;
}

/**
 * `column` is LIKE `pattern`, ignoring case: lower() on both sides, since SQLite's LIKE ignores ASCII case
 * and PostgreSQL's does not (PostgreSQL's lower() also folds other letters).
 */
const likeSql = (column: Prisma.Sql, pattern: string) => Prisma.sql`lower(${column}) LIKE lower(${pattern}) ESCAPE '\\'`;

/** The person's name or one of their aliases is LIKE `pattern`, ignoring case. */
const nameOrAlias = (pattern: string) =>
  Prisma.sql`(${likeSql(Prisma.sql`p."name"`, pattern)} OR EXISTS (SELECT 1 FROM "PersonAlias" pa WHERE pa."personId" = p."id" AND ${likeSql(Prisma.sql`pa."alias"`, pattern)}))`;

/**
 * A people filter as SQL conditions on `"Person" p` (all must hold; text matches ignore case).
 */
export function personFilterSql(filter: PeopleArgs["filter"]): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (!filter) return and;
  const prefix = filter.namePrefix?.trim();
  if (prefix) and.push(nameOrAlias(like(prefix, true)));
  const contains = filter.nameContains?.trim();
  if (contains) and.push(nameOrAlias(like(contains, false)));
  const organization = filter.organization?.trim();
  if (organization) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Role" r JOIN "Organization" o ON o."id" = r."organizationId"
      WHERE r."personId" = p."id" AND ${likeSql(Prisma.sql`o."name"`, like(organization, false))})`);
  }
  for (const ids of anyOfIds(filter.organizationIds, filter.organizationId, "Organization", "organizationIds", "organizationId")) {
    and.push(
      ids.length
        ? Prisma.sql`EXISTS (SELECT 1 FROM "Role" r WHERE r."personId" = p."id" AND r."organizationId" IN (${Prisma.join(ids)}))`
        : Prisma.sql`FALSE`,
    );
  }
  return and;
}

/** The people ordering for `orderBy`: names A→Z by default, FIRST_SEEN is the id order. */
export function personSort(orderBy: PeopleArgs["orderBy"]): Sort<Person, Where> {
  const field = orderBy?.field ?? PersonSortField.NAME;
  const direction = orderBy?.direction ?? PERSON_DEFAULT_DIRECTION[field];
  return field === PersonSortField.NAME
    ? sortBy("people", [{ name: "name", direction, at: (c) => ({ name: c }), value: (p: Person) => p.name }])
    : sortBy("people", [], direction);
}

/** One page of people matching the filter, in the requested order (typed raw SQL: see rows.ts). */
export function listPeople(prisma: PrismaClient, args: PeopleArgs): Promise<Page<Person>> {
  return paginateSql(prisma, args, personSort(args.orderBy), {
    from: Prisma.sql`"Person" p`,
    where: personFilterSql(args.filter),
    columns: { name: { sql: Prisma.sql`p."name"`, type: "string" }, id: { sql: Prisma.sql`p."id"`, type: "number" } },
    select: personColumns("p"),
    toRow: toPerson,
  });
}
