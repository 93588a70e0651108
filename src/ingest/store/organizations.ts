import type { Prisma } from "../../generated/prisma/client";
import type { StoreCache } from "./store-cache";

/** Finds or creates the organisation with exactly this name and returns its id (known ones from `cache`). */
export async function upsertOrganization(tx: Prisma.TransactionClient, name: string, cache?: StoreCache): Promise<number> {
  const known = cache?.organizationByName.get(name);
  if (known !== undefined) return known;
  const id = (await tx.organization.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } })).id;
  cache?.organizationByName.set(name, id);
  return id;
}
