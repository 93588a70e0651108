import type { Prisma } from "../../generated/prisma/client";
import type { ExtractedEvent } from "../types";

type Tx = Prisma.TransactionClient;

/** Stores an event under its full name, filling in details an earlier article did not give. Returns the id. */
export async function upsertEvent(tx: Tx, event: ExtractedEvent): Promise<number> {
  const details = {
    acronym: event.acronym,
    ordinal: event.ordinal,
    date: event.date ? new Date(`${event.date}T00:00:00.000Z`) : null,
    location: event.location,
  };
  const stored = await tx.event.findUnique({ where: { name: event.name } });
  if (!stored) return (await tx.event.create({ data: { name: event.name, ...details } })).id;
  const missing = Object.fromEntries(
    Object.entries(details).filter(([key, value]) => value !== null && stored[key as keyof typeof details] === null),
  );
  if (Object.keys(missing).length > 0) await tx.event.update({ where: { id: stored.id }, data: missing });
  return stored.id;
}
