import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import type { PeopleArgs } from "../models/people.args";
import { PersonSortField } from "../models/person-order.input";
import type { Person } from "../models/person.type";
import { parseId } from "./ids";
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
  if (filter.organizationId) {
    and.push({ roles: { some: { organizationId: parseId(filter.organizationId, "filter.organizationId") } } });
  }
  return and.length ? { AND: and } : {};
}

/** The people ordering for `orderBy`. */
export function personSort(orderBy: PeopleArgs["orderBy"]): Sort<Person, Where> {
  const column =
    orderBy.field === PersonSortField.NAME
      ? { name: "name", at: (c: unknown) => ({ name: c }), value: (p: Person) => p.name }
      : null;
  return sortBy(column, orderBy.direction);
}

/** One page of people matching the filter, in the requested order. */
export function listPeople(prisma: PrismaClient, args: PeopleArgs): Promise<Page<Person>> {
  const where = personWhere(args.filter);
  return paginate(args, personSort(args.orderBy), {
    fetch: async ({ after, orderBy, take }) =>
      (
        await prisma.person.findMany({
          where: andWhere(where, after),
          orderBy: orderBy as Prisma.PersonOrderByWithRelationInput[],
          take,
        })
      ).map(toPerson),
    count: () => prisma.person.count({ where }),
  });
}
