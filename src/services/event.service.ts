import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import { EVENT_DEFAULT_DIRECTION, EventSortField } from "../models/event-order.input";
import type { EventsArgs } from "../models/events.args";
import { andWhere, paginate } from "./paginate";
import { dateRange } from "./ranges";
import type { EventRecord } from "./records";
import { type Sort, sortBy } from "./sort";

type Where = Prisma.EventWhereInput;

/** The Prisma where for an events filter. */
export function eventWhere(filter: EventsArgs["filter"]): Where {
  if (!filter) return {};
  const date = dateRange(filter.dateFrom, filter.dateTo, "filter.dateFrom");
  const name = filter.nameContains?.trim();
  return {
    ...(date ? { date } : {}),
    ...(name ? { OR: [{ name: { contains: name } }, { acronym: { contains: name } }] } : {}),
  };
}

/** The event ordering for `orderBy` (latest first by default; names A→Z); undated events sort last. */
export function eventSort(orderBy: EventsArgs["orderBy"]): Sort<EventRecord, Where> {
  const field = orderBy?.field ?? EventSortField.DATE;
  const direction = orderBy?.direction ?? EVENT_DEFAULT_DIRECTION[field];
  return sortBy("events", [
    field === EventSortField.NAME
      ? { name: "name", direction, at: (c) => ({ name: c }), value: (e: EventRecord) => e.name }
      : { name: "date", direction, at: (c) => ({ date: c }), value: (e: EventRecord) => e.date, nullable: true },
  ]);
}

/** One page of events matching the filter, in the requested order. */
export function listEvents(prisma: PrismaClient, args: EventsArgs): Promise<Page<EventRecord>> {
  const where = eventWhere(args.filter);
  return paginate(args, eventSort(args.orderBy), {
    fetch: ({ where: more, orderBy, take }) =>
      prisma.event.findMany({ where: andWhere(where, more), orderBy: orderBy as Prisma.EventOrderByWithRelationInput[], take }),
    count: () => prisma.event.count({ where }),
    exists: async (more) => (await prisma.event.findFirst({ where: andWhere(where, [more]), select: { id: true } })) !== null,
  });
}
