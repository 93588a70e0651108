import type { PrismaClient } from "../db/client";
import type { Page } from "../models/connection";
import type { PageArgs } from "../models/page.args";
import { paginate, whereAfter } from "./paginate";
import type { EventRecord } from "./records";

/** One page of events in the order they were first stored. */
export function listEvents(prisma: PrismaClient, args: PageArgs): Promise<Page<EventRecord>> {
  return paginate(args, {
    fetch: (take, after) => prisma.event.findMany({ where: whereAfter({}, after), orderBy: { id: "asc" }, take }),
    count: () => prisma.event.count(),
  });
}
