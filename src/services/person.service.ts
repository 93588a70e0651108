import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import type { PeopleArgs } from "../models/people.args";
import { PERSON_DEFAULT_DIRECTION, PersonSortField } from "../models/person-order.input";
import type { Person } from "../models/person.type";
import { anyOfIds } from "./filter-values";
import { andWhere, paginate } from "./paginate";
import { toPerson } from "./records";
import { type Sort, sortBy } from "./sort";

type Where = Prisma.PersonWhereInput;

const nameOrAlias = (condition: Prisma.StringFilter): Where => ({
  OR: [{ name: condition }, { aliases: { some: { alias: condition } } }],
});

/** The Prisma where for a people filter (text matches are case-insensitive for ASCII letters). */
export function personWhere(filter: PeopleArgs["filter"]): Where {
  if (!filter) return {};
  const and: Where[] = [];
  const prefix = filter.namePrefix?.trim();
  if (prefix) and.push(nameOrAlias({ startsWith: prefix }));
  const contains = filter.nameContains?.trim();
  if (contains) and.push(nameOrAlias({ contains }));
  const organization = filter.organization?.trim();
  if (organization) and.push({ roles: { some: { organization: { name: { contains: organization } } } } });
  for (const ids of anyOfIds(filter.organizationIds, filter.organizationId, "Organization", "organizationIds", "organizationId")) {
    and.push({ roles: { some: { organizationId: { in: ids } } } });
  }
  return and.length ? { AND: and } : {};
}

/** The people ordering for `orderBy`: names A→Z by default, FIRST_SEEN is the id order. */
export function personSort(orderBy: PeopleArgs["orderBy"]): Sort<Person, Where> {
  const field = orderBy?.field ?? PersonSortField.NAME;
  const direction = orderBy?.direction ?? PERSON_DEFAULT_DIRECTION[field];
  return field === PersonSortField.NAME
    ? sortBy("people", [{ name: "name", direction, at: (c) => ({ name: c }), value: (p: Person) => p.name }])
    : sortBy("people", [], direction);
}

/** One page of people matching the filter, in the requested order. */
export function listPeople(prisma: PrismaClient, args: PeopleArgs): Promise<Page<Person>> {
  const where = personWhere(args.filter);
  return paginate(args, personSort(args.orderBy), {
    fetch: async ({ where: more, orderBy, take }) =>
      (
        await prisma.person.findMany({
          where: andWhere(where, more),
          orderBy: orderBy as Prisma.PersonOrderByWithRelationInput[],
          take,
        })
      ).map(toPerson),
    count: () => prisma.person.count({ where }),
    exists: async (more) => (await prisma.person.findFirst({ where: andWhere(where, [more]), select: { id: true } })) !== null,
  });
}
