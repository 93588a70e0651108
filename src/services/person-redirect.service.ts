import DataLoader from "dataloader";
import type { PrismaClient } from "../db/client";
import type { Person } from "../models/person.type";
import { toPerson } from "./records";
import { idList } from "./rows";

/**
 * Loads people by id, following the redirect of a person merged into another (mergePeople) to the
 * survivor, in one SQL statement per batch (standard SQL: a UNION of the ids that exist and the redirected
 * ones). For `node`, `person(id:)` and `_entities`: an id that was merged away still names someone.
 */
export function redirectingPersonLoader(prisma: PrismaClient): DataLoader<number, Person | null> {
  return new DataLoader(async (ids) => {
    // The ids as one JSON parameter: preparing a statement with 2 × 100 placeholders cost more than running it.
    const list = idList(ids);
    // One line, so statement logs show it whole.
    const rows = await prisma.$queryRaw<{ requestedId: number | bigint; id: number | bigint; name: string; honorifics: string }[]>`SELECT r."requestedId", p."id", p."name", p."honorifics" FROM "Person" p JOIN (SELECT "id" AS "requestedId", "id" AS "targetId" FROM "Person" WHERE "id" IN ${list} UNION ALL SELECT "fromId" AS "requestedId", "toId" AS "targetId" FROM "PersonRedirect" WHERE "fromId" IN ${list}) r ON p."id" = r."targetId"`;
    const byRequest = new Map<number, Person>();
    for (const row of rows) {
      byRequest.set(Number(row.requestedId), toPerson({ id: Number(row.id), name: row.name, honorifics: row.honorifics, createdAt: new Date(0) }));
    }
    return ids.map((id) => byRequest.get(id) ?? null);
  });
}

/** Loads, per quote id, whether an editorial decision set it (Quote.corrected), one query per batch. */
export function correctedQuoteLoader(prisma: PrismaClient): DataLoader<number, boolean> {
  return new DataLoader(async (quoteIds) => {
    const rows = await prisma.correction.findMany({ where: { quoteId: { in: [...quoteIds] } }, select: { quoteId: true } });
    const corrected = new Set(rows.map((r) => r.quoteId));
    return quoteIds.map((id) => corrected.has(id));
  });
}
