import type { Prisma } from "../../generated/prisma/client";

/** Finds or creates the organisation with exactly this name and returns its id. */
export async function upsertOrganization(tx: Prisma.TransactionClient, name: string): Promise<number> {
  return (await tx.organization.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } })).id;
}
