import DataLoader from "dataloader";
import type { PrismaClient } from "../db/client";
import { coMentionLoader } from "./co-mentions";
import { nestedPageLoader } from "./nested-page";
import { eventArticles, organizationPeople, organizationQuotes, personArticles, speakerQuotes } from "./nested-lists";
import { correctedQuoteLoader, redirectingPersonLoader } from "./person-redirect.service";
import { toPerson, toQuote } from "./records";
import { articleBodies, articlesByIds, peopleByIds, peopleOfArticles, quotesByIds, quotesOfArticles } from "./rows";

/** Loads rows by id in one query per batch; a missing id loads as null. */
function byId<T extends { id: number }>(fetch: (ids: number[]) => Promise<T[]>): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = new Map((await fetch([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Loads the children of many parents in one query per batch; a parent without children loads as []. */
function byParent<T>(
  fetch: (parentIds: number[]) => Promise<T[]>,
  parentOf: (row: T) => number,
): DataLoader<number, T[]> {
  return new DataLoader(async (parentIds) => {
    const groups = new Map<number, T[]>();
    for (const row of await fetch([...parentIds])) {
      const key = parentOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/**
 * An object with one property per factory, each made on first read and kept: a request builds only the
 * loaders it uses (building all of them cost more than a by-id request's SQL).
 */
function lazily<F extends Record<string, () => unknown>>(factories: F): { readonly [K in keyof F]: ReturnType<F[K]> } {
  const made: Partial<Record<keyof F, unknown>> = {};
  const object = {} as { [K in keyof F]: ReturnType<F[K]> };
  for (const key of Object.keys(factories) as (keyof F)[]) {
    Object.defineProperty(object, key, {
      enumerable: true,
      get: () => (key in made ? made[key] : (made[key] = factories[key]())),
    });
  }
  return object;
}

/**
 * The per-request DataLoaders every nested field and entity reference goes through, so a query costs
 * a fixed number of SQL statements however many parents it touches. Create a fresh set per request.
 */
export function createLoaders(prisma: PrismaClient) {
  return lazily({
    /** Articles without their body (see ArticleRow); `articleBody` loads it when Article.body is asked for. By-id
     * loaders read through typed raw SQL (see rows.ts): 6× less work per statement than a model query. */
    article: () => byId((ids) => articlesByIds(prisma, ids)),
    articleBody: () => byId((ids) => articleBodies(prisma, ids)),
    person: () => byId(async (ids) => (await peopleByIds(prisma, ids)).map(toPerson)),
    event: () => byId((ids) => prisma.event.findMany({ where: { id: { in: ids } } })),
    organization: () => byId((ids) => prisma.organization.findMany({ where: { id: { in: ids } } })),
    quote: () => byId(async (ids) => (await quotesByIds(prisma, ids)).map(toQuote)),
    role: () => byId((ids) => prisma.role.findMany({ where: { id: { in: ids } }, include: { organization: true } })),
    // Writes (issue 11): a person merged away resolves to the survivor (node, person(id), _entities);
    // Quote.corrected says whether an editorial decision set the quote.
    personOrRedirect: () => redirectingPersonLoader(prisma),
    quoteCorrected: () => correctedQuoteLoader(prisma),

    peopleOfArticle: () => byParent(
      async (articleIds) => (await peopleOfArticles(prisma, articleIds)).map((row) => ({ articleId: row.articleId, person: toPerson(row.person) })),
      (row) => row.articleId,
    ),
    eventsOfArticle: () => byParent(
      (articleIds) =>
        prisma.articleEvent.findMany({
          where: { articleId: { in: articleIds } },
          include: { event: true },
          orderBy: { eventId: "asc" },
        }),
      (row) => row.articleId,
    ),
    quotesOfArticle: () => byParent(async (articleIds) => (await quotesOfArticles(prisma, articleIds)).map(toQuote), (row) => row.articleId),
    /** Person.quotes: newest article first, each article's quotes in reading order, as the top-level quotes list. */
    quotesOfSpeaker: () => nestedPageLoader(speakerQuotes(prisma)),
    /** Person.articles: newest first, then by id, as the top-level articles list. */
    articlesOfPerson: () => nestedPageLoader(personArticles(prisma)),
    coMentioned: () => coMentionLoader(prisma),
    /** Event.articles: newest first, then by id. */
    articlesOfEvent: () => nestedPageLoader(eventArticles(prisma)),
    /** Organization.people: the holders of its roles, by name A→Z, as the top-level people list. */
    peopleOfOrganization: () => nestedPageLoader(organizationPeople(prisma)),
    /** Organization.quotes: the quotes it is the speaker of, newest article first, as Person.quotes. */
    quotesOfOrganization: () => nestedPageLoader(organizationQuotes(prisma)),
    rolesOfPerson: () => byParent(
      (personIds) =>
        prisma.role.findMany({
          where: { personId: { in: personIds } },
          include: { organization: true },
          orderBy: { id: "asc" },
        }),
      (row) => row.personId,
    ),
    aliasesOfPerson: () => byParent(
      (personIds) =>
        prisma.personAlias.findMany({ where: { personId: { in: personIds } }, orderBy: { id: "asc" } }),
      (row) => row.personId,
    ),
  });
}

export type Loaders = ReturnType<typeof createLoaders>;
