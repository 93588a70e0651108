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
 * The per-request DataLoaders every nested field and entity reference goes through, so a query costs
 * a fixed number of SQL statements however many parents it touches: one factory per loader, given the
 * request's client.
 */
const FACTORIES = {
  /** Articles without their body (see ArticleRow); `articleBody` loads it when Article.body is asked for. By-id
   * loaders read through typed raw SQL (see rows.ts): 6× less work per statement than a model query. */
  article: (prisma: PrismaClient) => byId((ids) => articlesByIds(prisma, ids)),
  articleBody: (prisma: PrismaClient) => byId((ids) => articleBodies(prisma, ids)),
  person: (prisma: PrismaClient) => byId(async (ids) => (await peopleByIds(prisma, ids)).map(toPerson)),
  event: (prisma: PrismaClient) => byId((ids) => prisma.event.findMany({ where: { id: { in: ids } } })),
  organization: (prisma: PrismaClient) => byId((ids) => prisma.organization.findMany({ where: { id: { in: ids } } })),
  quote: (prisma: PrismaClient) => byId(async (ids) => (await quotesByIds(prisma, ids)).map(toQuote)),
  role: (prisma: PrismaClient) => byId((ids) => prisma.role.findMany({ where: { id: { in: ids } }, include: { organization: true } })),
  // Writes (issue 11): a person merged away resolves to the survivor (node, person(id), _entities);
  // Quote.corrected says whether an editorial decision set the quote.
  personOrRedirect: (prisma: PrismaClient) => redirectingPersonLoader(prisma),
  quoteCorrected: (prisma: PrismaClient) => correctedQuoteLoader(prisma),

  peopleOfArticle: (prisma: PrismaClient) => byParent(
    async (articleIds) => (await peopleOfArticles(prisma, articleIds)).map((row) => ({ articleId: row.articleId, person: toPerson(row.person) })),
    (row) => row.articleId,
  ),
  eventsOfArticle: (prisma: PrismaClient) => byParent(
    (articleIds) =>
      prisma.articleEvent.findMany({
        where: { articleId: { in: articleIds } },
        include: { event: true },
        orderBy: { eventId: "asc" },
      }),
    (row) => row.articleId,
  ),
  quotesOfArticle: (prisma: PrismaClient) => byParent(async (articleIds) => (await quotesOfArticles(prisma, articleIds)).map(toQuote), (row) => row.articleId),
  /** Person.quotes: newest article first, each article's quotes in reading order, as the top-level quotes list. */
  quotesOfSpeaker: (prisma: PrismaClient) => nestedPageLoader(speakerQuotes(prisma)),
  /** Person.articles: newest first, then by id, as the top-level articles list. */
  articlesOfPerson: (prisma: PrismaClient) => nestedPageLoader(personArticles(prisma)),
  coMentioned: (prisma: PrismaClient) => coMentionLoader(prisma),
  /** Event.articles: newest first, then by id. */
  articlesOfEvent: (prisma: PrismaClient) => nestedPageLoader(eventArticles(prisma)),
  /** Organization.people: the holders of its roles, by name A→Z, as the top-level people list. */
  peopleOfOrganization: (prisma: PrismaClient) => nestedPageLoader(organizationPeople(prisma)),
  /** Organization.quotes: the quotes it is the speaker of, newest article first, as Person.quotes. */
  quotesOfOrganization: (prisma: PrismaClient) => nestedPageLoader(organizationQuotes(prisma)),
  rolesOfPerson: (prisma: PrismaClient) => byParent(
    (personIds) =>
      prisma.role.findMany({
        where: { personId: { in: personIds } },
        include: { organization: true },
        orderBy: { id: "asc" },
      }),
    (row) => row.personId,
  ),
  aliasesOfPerson: (prisma: PrismaClient) => byParent(
    (personIds) =>
      prisma.personAlias.findMany({ where: { personId: { in: personIds } }, orderBy: { id: "asc" } }),
    (row) => row.personId,
  ),
};

export type Loaders = { readonly [K in keyof typeof FACTORIES]: ReturnType<(typeof FACTORIES)[K]> };

const CLIENT = Symbol("client");

/**
 * The loaders' prototype: one getter per factory that makes the loader on first read and keeps it on the
 * object. Defined once, so a request's loaders cost one object (defining every getter per request, as
 * before, was 2.4% of a by-id request's CPU) and a request builds only the loaders it uses.
 */
const PROTOTYPE: object = Object.create(null, Object.fromEntries(
  (Object.keys(FACTORIES) as (keyof typeof FACTORIES)[]).map((key) => [key, {
    enumerable: true,
    get(this: { [CLIENT]: PrismaClient }) {
      const loader = FACTORIES[key](this[CLIENT]);
      Object.defineProperty(this, key, { value: loader, enumerable: true });
      return loader;
    },
  }]),
));

/** A fresh set of loaders on `prisma`, for one request: never share them between requests. */
export function createLoaders(prisma: PrismaClient): Loaders {
  const loaders = Object.create(PROTOTYPE) as { [CLIENT]: PrismaClient };
  loaders[CLIENT] = prisma;
  return loaders as unknown as Loaders;
}

