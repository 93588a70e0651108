import type { PrismaClient } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { AuditLogArgs } from "../models/audit-log.args";
import type { AuditEntry } from "../models/audit-entry.type";
import type { Page } from "../models/connection";
import { paginate } from "./paginate";
import { sortBy } from "./sort";

type Where = Prisma.AuditEntryWhereInput;

const NEWEST_FIRST = sortBy<AuditEntry, Where>("auditLog", [], "DESC");

const parse = (json: string | null): Record<string, unknown> | null => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

/** One page of the audit trail, newest first (keyset paging both ways, as the other lists), filtered. */
export async function listAuditEntries(prisma: PrismaClient, args: AuditLogArgs): Promise<Page<AuditEntry>> {
  const where: Where = {};
  if (args.filter?.actor) where.actor = args.filter.actor;
  if (args.filter?.operation) where.operation = args.filter.operation;
  if (args.filter?.targetId) where.targetId = args.filter.targetId;
  return paginate(args, NEWEST_FIRST, {
    fetch: async ({ where: more, orderBy, take }) =>
      (await prisma.auditEntry.findMany({ where: { AND: [where, ...more] }, orderBy, take })).map((row) => ({
        ...row,
        before: parse(row.before),
        after: parse(row.after),
      })),
    count: () => prisma.auditEntry.count({ where }),
    exists: async (more) => (await prisma.auditEntry.count({ where: { AND: [where, more] }, take: 1 })) > 0,
  });
}
