import DataLoader from "dataloader";
import type { PrismaClient } from "../db/client";
import { isPostgres } from "../db/dialect";
import { Prisma } from "../generated/prisma/client";

/** Another person mentioned in the same articles, and in how many of them. */
export interface CoMentionRow {
  personId: number;
  otherId: number;
  articleCount: number;
}

/**
 * For each person, the `first` other people mentioned in the most of the same articles, with the number of
 * shared articles; most shared first, then by id. One statement for all the people, reading the counts
 * "CoMention" keeps at ingest time (triggers on ArticlePerson): a LIMIT subquery per person on the index
 * (personId, articleCount DESC, otherId), so the work is bounded by `first`, not by the person's articles.
 * The outer rows are read by primary key (personId, otherId): INDEXED BY names the primary key's index, as
 * SQLite would otherwise walk the person's whole range of the other index (PostgreSQL's planner needs no hint).
 */
export async function coMentions(prisma: PrismaClient, personIds: number[], first: number): Promise<CoMentionRow[]> {
  const byPrimaryKey = isPostgres(prisma) ? Prisma.empty : Prisma.raw(`INDEXED BY "sqlite_autoindex_CoMention_1"`);
  const rows = await prisma.$queryRaw<{ personId: unknown; otherId: unknown; articleCount: unknown }[]>`
    SELECT c."personId", c."otherId", c."articleCount"
    FROM json_each(${JSON.stringify(personIds)}) AS "people", "CoMention" c ${byPrimaryKey}
    WHERE c."personId" = "people"."value" AND c."otherId" IN (
      SELECT c."otherId" FROM "CoMention" c WHERE c."personId" = "people"."value"
      ORDER BY c."articleCount" DESC, c."otherId" LIMIT ${first}
    )
    ORDER BY "people"."key", c."articleCount" DESC, c."otherId"`;
  return rows.map((r) => ({ personId: Number(r.personId), otherId: Number(r.otherId), articleCount: Number(r.articleCount) }));
}

/** A per-request loader of co-mentions keyed by person and list size: one statement per list size. */
export function coMentionLoader(prisma: PrismaClient): DataLoader<{ personId: number; first: number }, CoMentionRow[], string> {
  return new DataLoader(
    async (keys) => {
      const result = new Map<string, CoMentionRow[]>();
      for (const first of new Set(keys.map((k) => k.first))) {
        const personIds = [...new Set(keys.filter((k) => k.first === first).map((k) => k.personId))];
        for (const id of personIds) result.set(`${id}:${first}`, []);
        for (const row of await coMentions(prisma, personIds, first)) result.get(`${row.personId}:${first}`)!.push(row);
      }
      return keys.map((k) => result.get(`${k.personId}:${k.first}`)!);
    },
    { cacheKeyFn: (k) => `${k.personId}:${k.first}` },
  );
}
