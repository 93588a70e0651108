import DataLoader from "dataloader";
import type { PrismaClient } from "../db/client";
import { Prisma } from "../generated/prisma/client";

/** Another person mentioned in the same articles, and in how many of them. */
export interface CoMentionRow {
  personId: number;
  otherId: number;
  articleCount: number;
}

/**
 * For each person, the `first` other people mentioned in the most of the same articles, with the number of
 * shared articles; most shared first, then by id. One statement for all the people.
 */
export async function coMentions(prisma: PrismaClient, personIds: number[], first: number): Promise<CoMentionRow[]> {
  const rows = await prisma.$queryRaw<{ personId: unknown; otherId: unknown; articleCount: unknown }[]>`
    SELECT "personId", "otherId", "articleCount" FROM (
      SELECT m."personId" AS "personId", o."personId" AS "otherId", COUNT(*) AS "articleCount",
             ROW_NUMBER() OVER (PARTITION BY m."personId" ORDER BY COUNT(*) DESC, o."personId") AS "rank"
      FROM "ArticlePerson" m
      JOIN "ArticlePerson" o ON o."articleId" = m."articleId" AND o."personId" <> m."personId"
      WHERE m."personId" IN (${Prisma.join(personIds)})
      GROUP BY m."personId", o."personId"
    ) ranked
    WHERE "rank" <= ${first}
    ORDER BY "personId", "rank"`;
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
