import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import type { PeopleArgs } from "../models/people.args";
import type { Person } from "../models/person.type";
import { paginate, whereAfter } from "./paginate";
import { toPerson } from "./records";

/** One page of people in the order they were first stored, optionally matching a name or alias. */
export function listPeople(prisma: PrismaClient, args: PeopleArgs): Promise<Page<Person>> {
  const search = args.search?.trim();
  const where: Prisma.PersonWhereInput = search
    ? { OR: [{ name: { contains: search } }, { aliases: { some: { alias: { contains: search } } } }] }
    : {};
  return paginate(args, {
    fetch: async (take, after) =>
      (
        await prisma.person.findMany({
          where: whereAfter(where, after),
          orderBy: { id: "asc" },
          take,
        })
      ).map(toPerson),
    count: () => prisma.person.count({ where }),
  });
}
