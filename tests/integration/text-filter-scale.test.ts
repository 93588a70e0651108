import { createServer, type AppServer } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";

// filter.text used to pass every match as `id IN (…)` and refused a word matching more than 900 articles
// (SQLite allows 999 bound parameters). 1,200 articles and 1,200 quotes all contain "harbour"; every
// third one also "lantern".
const COUNT = 1_200;
let db: TestDatabase;
let server: AppServer;

beforeAll(async () => {
  db = createTestDatabase();
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + (n % 300)));
  await db.prisma.article.createMany({
    data: Array.from({ length: COUNT }, (_, i) => ({
      externalId: `scale-${i + 1}`,
      source: "Scale Wire",
      publishedAt: day(i),
      title: `Harbour report ${i + 1}`,
      body: `The harbour board met.${i % 3 === 0 ? " A lantern was lit." : ""} It said little.`,
      contentHash: `hash-${i + 1}`,
    })),
  });
  const articles = await db.prisma.article.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  await db.prisma.quote.createMany({
    data: articles.map((a, i) => ({
      articleId: a.id,
      text: `the harbour is open${i % 3 === 0 ? " and the lantern lit" : ""}`,
      kind: "INDIRECT",
      start: 0,
      end: 10,
    })),
  });
  server = await createServer(db.prisma);
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

async function data(query: string, variables?: Record<string, unknown>) {
  const result = await execute(server, query, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** Every node of a text-filtered list, paging forward (or backward with `last`) `size` at a time. */
async function walk(list: "articles" | "quotes", text: string, size: number, backward = false) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page: any = (
      await data(
        backward
          ? `query ($t: String, $c: String) { ${list}(filter: { text: $t }, last: ${size}, before: $c) { totalCount edges { node { id } } pageInfo { hasPreviousPage startCursor } } }`
          : `query ($t: String, $c: String) { ${list}(filter: { text: $t }, first: ${size}, after: $c) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { t: text, c: cursor },
      )
    )[list];
    const ids = page.edges.map((e: any) => e.node.id);
    if (backward) seen.unshift(...ids);
    else seen.push(...ids);
    expect(page.totalCount).toBe(text === "harbour" ? COUNT : COUNT / 3);
    if (!(backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage)) break;
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }
  return seen;
}

describe("filter.text with more matches than SQLite's bound-parameter limit", () => {
  it("articles: a word in all 1,200 articles pages like any list, newest first", async () => {
    const first = await data(`{ articles(filter: { text: "harbour" }, first: 3) { totalCount edges { node { publishedAt } } } }`);
    expect(first.articles.totalCount).toBe(COUNT);
    const dates = first.articles.edges.map((e: any) => e.node.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe("2024-10-26"); // the newest day of the 300 (2024-01-01 + 299 days)

    const forward = await walk("articles", "harbour", 100);
    expect(forward).toHaveLength(COUNT);
    expect(new Set(forward).size).toBe(COUNT);
    expect(await walk("articles", "harbour", 100, true)).toEqual(forward);
  });

  it("articles: the same order and ids as the list without text when every article matches", async () => {
    const plain = await data(`{ articles(first: 50, orderBy: { field: TITLE }) { edges { node { id } } } }`);
    const filtered = await data(`{ articles(first: 50, orderBy: { field: TITLE }, filter: { text: "report" }) { edges { node { id } } } }`);
    expect(filtered.articles.edges).toEqual(plain.articles.edges);
  });

  it("articles: text combined with other conditions counts only rows meeting all of them", async () => {
    const some = await data(`{ articles(filter: { text: "lantern", publishedFrom: "2024-01-01", publishedTo: "2024-01-10" }) { totalCount } }`);
    // days 0..9 of the 300-day cycle hold articles i ≡ 0..9 (mod 300); every third of those has "lantern".
    const expected = Array.from({ length: COUNT }, (_, i) => i).filter((i) => i % 300 < 10 && i % 3 === 0).length;
    expect(some.articles.totalCount).toBe(expected);
    expect((await data(`{ articles(filter: { text: "lantern", sources: ["nowhere"] }) { totalCount } }`)).articles.totalCount).toBe(0);
  });

  it("quotes: a word in all 1,200 quotes, and a rarer one in 400", async () => {
    const forward = await walk("quotes", "harbour", 100);
    expect(new Set(forward).size).toBe(COUNT);
    const lantern = await walk("quotes", "lantern", 100);
    expect(lantern).toHaveLength(COUNT / 3);
    expect(await walk("quotes", "lantern", 100, true)).toEqual(lantern);
  });

  // A common word's page is read in date order, probing each row's own index entry (EXISTS … "rowid" = …);
  // a rarer one reads its matches (IN): both must answer the same pages, and totalCount counts with IN.
  it("a common word probes rows in date order, a rarer one reads its matches, with the same pages either way", async () => {
    // PostgreSQL has one form (its planner chooses): there, only the pages are compared.
    const probes = () => db.statements.filter((sql) => /EXISTS \(SELECT 1 FROM "SearchEntry"/.test(sql)).length;
    const onSqlite = db.engine === "sqlite";
    const before = probes();
    const newest = await data(`{ articles(filter: { text: "harbour" }, first: 5) { totalCount edges { node { id publishedAt } } } }`);
    if (onSqlite) expect(probes()).toBeGreaterThan(before); // 1,200 of 1,200 articles match: probe
    expect(newest.articles.totalCount).toBe(COUNT);
    const plain = await data(`{ articles(first: 5) { edges { node { id publishedAt } } } }`);
    expect(newest.articles.edges).toEqual(plain.articles.edges); // every article holds the word

    const afterRare = probes();
    const rare = await data(`{ articles(filter: { text: "lantern" }, first: 100) { totalCount edges { node { id } } } }`);
    if (onSqlite) expect(probes()).toBe(afterRare); // 400 of 1,200 for a page of 100 (threshold 2,202): read the matches
    expect(rare.articles.totalCount).toBe(COUNT / 3);
    const rareProbed = await data(`{ articles(filter: { text: "lantern" }, first: 2) { edges { node { id } } } }`);
    if (onSqlite) expect(probes()).toBeGreaterThan(afterRare); // a page of 2 (threshold 380): probe
    expect(rareProbed.articles.edges).toEqual(rare.articles.edges.slice(0, 2));

    const quotesCommon = await data(`{ quotes(filter: { text: "harbour" }, first: 7) { totalCount edges { node { id } } } }`);
    const quotesPlain = await data(`{ quotes(first: 7) { edges { node { id } } } }`);
    expect(quotesCommon.quotes.totalCount).toBe(COUNT);
    expect(quotesCommon.quotes.edges).toEqual(quotesPlain.quotes.edges);
  });
});
