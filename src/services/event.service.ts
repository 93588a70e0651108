import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Page } from "../models/connection";
import { EventSortField } from "../models/event-order.input";
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

/** The event ordering for `orderBy`; undated events sort last. */
export function eventSort(orderBy: EventsArgs["orderBy"]): Sort<EventRecord, Where> {
  const column =
    orderBy.field === EventSortField.NAME
      ? { name: "name", at: (c: unknown) => ({ name: c }), value: (e: EventRecord) => e.name }
      : { name: "date", at: (c: unknown) => ({ date: c }), value: (e: EventRecord) => e.date, nullable: true };
  return sortBy(column, orderBy.direction);
}

/** One page of events matching the filter, in the requested order. */
export function listEvents(prisma: PrismaClient, args: EventsArgs): Promise<Page<EventRecord>> {
  const where = eventWhere(args.filter);
  return paginate(args, eventSort(args.orderBy), {
    fetch: ({ after, orderBy, take }) =>
      prisma.event.findMany({ where: andWhere(where, after), orderBy: orderBy as Prisma.EventOrderByWithRelationInput[], take }),
    count: () => prisma.event.count({ where }),
  });
}
