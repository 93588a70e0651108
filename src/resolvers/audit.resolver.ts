import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { AuditEntryConnection } from "../models/audit-entry.type";
import { AuditLogArgs } from "../models/audit-log.args";
import { listAuditEntries } from "../services/audit.service";

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: "Every change made through the API, newest first. Needs the admin scope." })
  auditLog(@Args() args: AuditLogArgs, @Ctx() { prisma }: Context) {
    return listAuditEntries(prisma, args);
  }
}
