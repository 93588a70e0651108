import type { Prisma } from "../../generated/prisma/client";
import type { ExtractedEvent } from "../types";
import type { StoreCache } from "./store-cache";

type Tx = Prisma.TransactionClient;

/**
 * Stores an event under its full name, filling in details an earlier article did not give. Returns the id.
 * With a `cache` (the seed's, see StoreCache) a known event is not read again.
 */
export async function upsertEvent(tx: Tx, event: ExtractedEvent, cache?: StoreCache): Promise<number> {
  const details = {
    acronym: event.acronym,
    ordinal: event.ordinal,
    date: event.date ? new Date(`${event.date}T00:00:00.000Z`) : null,
    location: event.location,
  };
  const stored = cache?.eventByName.get(event.name) ?? (await tx.event.findUnique({ where: { name: event.name } }));
  if (!stored) {
    const created = await tx.event.create({ data: { name: event.name, ...details } });
    cache?.eventByName.set(created.name, created);
    return created.id;
  }
  const missing = Object.fromEntries(
    Object.entries(details).filter(([key, value]) => value !== null && stored[key as keyof typeof details] === null),
  );
  if (Object.keys(missing).length > 0) await tx.event.update({ where: { id: stored.id }, data: missing });
  cache?.eventByName.set(stored.name, { ...stored, ...missing });
  return stored.id;
}
