import fs from "node:fs";
import path from "node:path";
import { createServer, type AppServer } from "../../src/server";
import { fromGlobalId, toGlobalId } from "../../src/services/global-id";
import { storeSyntheticArticles } from "../fixtures/articles";
import { SEARCH_FIXTURES, storeSearchFixture } from "../fixtures/search-articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";

const SEARCH = `query ($query: String!, $first: Int, $after: String, $kinds: [SearchKind!]) {
  search(query: $query, first: $first, after: $after, kinds: $kinds) {
    totalCount
    edges {
      cursor
      score
      snippet { text html highlights { start end } }
      node {
        __typename
        ... on Article { id externalId title }
        ... on Quote { id text speaker { name } article { externalId } }
      }
    }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

let db: TestDatabase;
let server: AppServer;
const articleIds = new Map<string, number>();

beforeAll(async () => {
  db = createTestDatabase();
  for (const fixture of SEARCH_FIXTURES) articleIds.set(fixture.externalId, await storeSearchFixture(db.prisma, fixture));
  await storeSyntheticArticles(db.prisma, 12);
  server = await createServer(db.prisma);
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

async function search(variables: Record<string, unknown>) {
  const result = await execute(server, SEARCH, variables);
  expect(result.errors).toBeUndefined();
  return result.data.search;
}

/** "Article:keepers" / "Quote:<text>" for each edge, in order. */
function labels(connection: any): string[] {
  return connection.edges.map(({ node }: any) =>
    node.__typename === "Article" ? `Article:${node.externalId}` : `Quote:${node.text}`,
  );
}

describe("search ranking", () => {
  it("ranks a title match above body-only matches, and more matches above fewer", async () => {
    const result = await search({ query: "lighthouse" });
    expect(labels(result)).toEqual(["Article:keepers", "Article:digest", "Article:roundup"]);
    expect(result.totalCount).toBe(3);
    const scores = result.edges.map((edge: any) => edge.score);
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(scores[1]).toBeGreaterThan(scores[2]);
    expect(scores[2]).toBeGreaterThan(0);
  });

  it("finds quotes with their speaker and article, beside the article they come from", async () => {
    const result = await search({ query: "international conferences" });
    expect(result.edges.map((edge: any) => edge.node)).toEqual([
      {
        __typename: "Quote",
        id: expect.any(String),
        text: '"We will host two international conferences next spring,"',
        speaker: { name: "Ana Ruiz" },
        article: { externalId: "mayor" },
      },
      { __typename: "Article", id: toGlobalId("Article", articleIds.get("mayor")!), externalId: "mayor", title: "Mayor plans a busy spring" },
    ]);
  });

  it("stems words: conference finds conferences", async () => {
    expect(labels(await search({ query: "conference" }))).toContain("Article:mayor");
    expect(labels(await search({ query: "CONFERENCE" }))).toContain("Article:mayor");
    expect(labels(await search({ query: "keeper" }))).toEqual(["Article:keepers"]);
  });

  it("ignores accents both ways", async () => {
    expect(labels(await search({ query: "cafe" }))).toEqual(["Article:mayor"]);
    expect(labels(await search({ query: "Kéepers" }))).toEqual(["Article:keepers"]);
  });

  it("matches prefixes with a trailing *", async () => {
    expect((await search({ query: "lightho*" })).totalCount).toBe(3);
    expect((await search({ query: "lightho" })).totalCount).toBe(0);
    expect(labels(await search({ query: "light* cape" }))).toEqual(["Article:keepers"]);
  });

  it("requires every word, and a quoted phrase in order", async () => {
    expect(labels(await search({ query: "lighthouse pier" }))).toEqual(["Article:roundup"]);
    expect((await search({ query: '"international conferences"' })).totalCount).toBe(2);
    expect((await search({ query: '"conferences international"' })).totalCount).toBe(0);
  });

  it("filters by kind", async () => {
    const quotes = await search({ query: "conferences", kinds: ["QUOTE"] });
    expect(quotes.edges.map((edge: any) => edge.node.__typename)).toEqual(["Quote"]);
    expect(quotes.totalCount).toBe(1);
    const articles = await search({ query: "conferences", kinds: ["ARTICLE"] });
    expect(labels(articles)).toEqual(["Article:mayor"]);
    const both = await search({ query: "conferences", kinds: ["QUOTE", "ARTICLE"] });
    expect(both.totalCount).toBe(2);
  });

  it("answers an empty connection when nothing matches", async () => {
    expect(await search({ query: "zeppelin" })).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });
});

describe("search snippets", () => {
  it("marks each matched word, with offsets into the plain text", async () => {
    const result = await search({ query: "lighthouse", kinds: ["ARTICLE"] });
    const digest = result.edges.find((edge: any) => edge.node.externalId === "digest").snippet;
    expect(digest.text).toBe("A lighthouse, a second lighthouse and a third lighthouse were lit for the festival of the town.");
    expect(digest.highlights).toEqual([
      { start: 2, end: 12 },
      { start: 23, end: 33 },
      { start: 46, end: 56 },
    ]);
    expect(digest.html).toBe(
      "A <mark>lighthouse</mark>, a second <mark>lighthouse</mark> and a third <mark>lighthouse</mark> were lit for the festival of the town.",
    );
    for (const { snippet } of result.edges) {
      expect(snippet.highlights.length).toBeGreaterThan(0);
      for (const { start, end } of snippet.highlights) expect(snippet.text.slice(start, end).toLowerCase()).toBe("lighthouse");
    }
  });

  it("highlights the stemmed and accented forms as written", async () => {
    const { snippet } = (await search({ query: "conference cafe", kinds: ["ARTICLE"] })).edges[0];
    expect(snippet.highlights.map(({ start, end }: any) => snippet.text.slice(start, end))).toEqual(["conferences", "café"]);
  });

  it("shows a short text whole, and cuts a long one to an excerpt marked with …", async () => {
    const short = (await search({ query: "festival" })).edges[0].snippet;
    expect(short.text).toBe(SEARCH_FIXTURES.find((fixture) => fixture.externalId === "digest")!.body);
    // The synthetic bodies run to about 30 words; a snippet shows at most 24.
    const long = (await search({ query: "late", kinds: ["ARTICLE"], first: 1 })).edges[0].snippet;
    expect(long.text.startsWith("…")).toBe(true);
    expect(long.text.split(/\s+/).length).toBeLessThanOrEqual(24);
    expect(long.html).toContain("<mark>late</mark>");
  });

  it("escapes HTML in the excerpt but not in the plain text", async () => {
    const { snippet } = (await search({ query: "beacon" })).edges[0];
    expect(snippet.text).toContain(`<Tom & Jerry's> matinee at the "Beacon" theatre`);
    expect(snippet.html).toContain("&lt;Tom &amp; Jerry&#39;s&gt; matinee at the &quot;<mark>Beacon</mark>&quot; theatre");
    expect(snippet.html).toContain("the <mark>beacon</mark> shines");
    expect(snippet.html).not.toMatch(/<(?!\/?mark>)/);
  });
});

describe("search paging", () => {
  // 12 synthetic articles mention the summit in title and body, and each has the same reported quote
  // "the summit ran late": 24 results, many with equal scores, so pages split ties.
  const QUERY = "summit";

  it("pages across page boundaries without skipping or repeating a result", async () => {
    const all = await search({ query: QUERY, first: 100 });
    expect(all.totalCount).toBe(24);
    expect(all.edges).toHaveLength(24);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = await search({ query: QUERY, first: 5, after });
      pages++;
      expect(page.totalCount).toBe(24);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge: any) => edge.cursor));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(5);
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(seen).toEqual(all.edges.map((edge: any) => edge.cursor));
    expect(new Set(seen).size).toBe(24);
  });

  it("orders by score, then articles before quotes, then by id", async () => {
    const { edges } = await search({ query: QUERY, first: 100 });
    const keys = edges.map((edge: any) => [edge.score, edge.node.__typename === "Article" ? 0 : 1, fromGlobalId(edge.node.id)!.id]);
    const sorted = [...keys].sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
    // The identical quotes tie: they come in id order.
    const quoteIds = keys.filter((key: number[]) => key[1] === 1).map((key: number[]) => key[2]);
    expect(quoteIds).toEqual([...quoteIds].sort((a, b) => a - b));
  });

  it("pages a filtered search", async () => {
    const first = await search({ query: QUERY, first: 7, kinds: ["QUOTE"] });
    const second = await search({ query: QUERY, first: 7, kinds: ["QUOTE"], after: first.pageInfo.endCursor });
    expect(first.totalCount).toBe(12);
    expect([...first.edges, ...second.edges].map((edge: any) => edge.node.__typename)).toEqual(Array(12).fill("Quote"));
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("loads the nodes of a page with a fixed number of statements, not one per result", async () => {
    const statementsFor = async (first: number) => {
      db.statements.length = 0;
      const page = await search({ query: QUERY, first });
      expect(page.edges).toHaveLength(first);
      return db.statements.length;
    };
    // 13: all 12 articles and one quote; 24: 12 of each. Both load articles, quotes and speakers.
    const few = await statementsFor(13);
    expect(await statementsFor(24)).toBe(few);
    expect(few).toBeLessThanOrEqual(5); // page, count, articles, quotes, speakers
  });
});

describe("search errors", () => {
  async function searchError(variables: Record<string, unknown>) {
    const result = await execute(server, SEARCH, variables);
    expect(result.data?.search ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    return result.errors![0];
  }

  it.each([
    ["an empty query", "", "query must not be empty"],
    ["a blank query", " \t\n ", "query must not be empty"],
    ["a lone dash", "-", 'query must contain a word to search for: a letter or digit (got "-")'],
    ["operators and punctuation only", '( * " ) - ^', 'query must contain a word to search for: a letter or digit (got "( * \\" ) - ^")'],
  ])("rejects %s naming query", async (_name, query, message) => {
    const error = await searchError({ query });
    expect(error).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT", argumentName: "query" } });
  });

  it("rejects a query over 500 characters naming query", async () => {
    const error = await searchError({ query: "lighthouse ".repeat(46) });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(error)).toMatch(/"property":"query"/);
    expect(JSON.stringify(error)).toMatch(/500/);
    const atLimit = await execute(server, SEARCH, { query: "lighthouse ".repeat(45) + "ligh*" });
    expect(atLimit.errors).toBeUndefined();
  });

  it("rejects a cursor it did not issue, and one from another search, naming after", async () => {
    const other = (await search({ query: "lighthouse", first: 1 })).pageInfo.endCursor;
    for (const after of ["not-a-cursor", other]) {
      const error = await searchError({ query: "summit", after });
      expect(error).toMatchObject({
        message: `after is not a cursor returned by this search (got "${after}")`,
        extensions: { code: "BAD_USER_INPUT", argumentName: "after" },
      });
    }
    const articlesCursor = (await execute(server, `{ articles(first: 1) { pageInfo { endCursor } } }`)).data.articles.pageInfo.endCursor;
    expect((await searchError({ query: "summit", after: articlesCursor })).extensions?.argumentName).toBe("after");
    const filtered = (await search({ query: "summit", first: 1, kinds: ["QUOTE"] })).pageInfo.endCursor;
    expect((await searchError({ query: "summit", after: filtered })).extensions?.code).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["first: 0", { first: 0 }, "first"],
    ["first: 101", { first: 101 }, "first"],
    ["no kinds", { kinds: [] }, "kinds"],
    ["a kind twice", { kinds: ["QUOTE", "QUOTE"] }, "kinds"],
  ])("rejects %s naming the argument", async (_name, variables, argument) => {
    const error = await searchError({ query: "summit", ...variables });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(error)).toContain(`"property":"${argument}"`);
  });

  it.each([
    '"',
    "-",
    "*",
    "(",
    ")",
    "AND OR NOT",
    "lighthouse AND",
    "OR lighthouse",
    "NOT lighthouse",
    "col:x",
    "title:lighthouse",
    "body : lighthouse",
    "NEAR(lighthouse keepers, 2)",
    "^lighthouse",
    "lighthouse -pier",
    '"unclosed phrase',
    'light"house',
    "light*house*",
    "{title body}: lighthouse",
    "a\u0000b",
    "\uD800 lighthouse",
    "Ünïcödé 東京 🙂 مرحبا",
    "\uFDD0lighthouse\uFDD1",
    "'; DROP TABLE \"Article\"; --",
  ])("never fails internally for %j", async (query) => {
    const result = await execute(server, SEARCH, { query });
    for (const error of result.errors ?? []) {
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.extensions?.argumentName).toBe("query");
    }
    if (!result.errors) expect(result.data.search.totalCount).toBeGreaterThanOrEqual(0);
  });

  it("reads FTS5 operators as words to find", async () => {
    // "lighthouse:keepers" is the phrase "lighthouse keepers", not a column filter.
    expect(labels(await search({ query: "lighthouse:keepers" }))).toEqual(["Article:keepers"]);
    expect((await search({ query: "title:lighthouse" })).totalCount).toBe(0);
    expect((await search({ query: "lighthouse OR zeppelin" })).totalCount).toBe(0);
    expect((await search({ query: "NEAR(lighthouse pier)" })).totalCount).toBe(0);
    expect(labels(await search({ query: "AND on the pier" }))).toEqual(["Article:roundup"]);
  });
});

describe("search index stays in sync with the articles", () => {
  it("re-indexes an article re-ingested with new content, and its new quotes", async () => {
    const before = await search({ query: "carousel" });
    expect(before.totalCount).toBe(0);
    await storeSearchFixture(db.prisma, {
      externalId: "roundup",
      title: "Coastal news roundup, updated",
      body: 'The carousel on the pier was repainted. "We love the carousel," Ana Ruiz said.',
      quotes: ['"We love the carousel,"'],
    });
    const after = await search({ query: "carousel" });
    expect(labels(after)).toEqual(['Quote:"We love the carousel,"', "Article:roundup"]);
    // The old body is gone from the index.
    expect(labels(await search({ query: "lighthouse" }))).toEqual(["Article:keepers", "Article:digest"]);
    expect(labels(await search({ query: "volunteers" }))).toEqual([]);
  });

  it("replaces a quote's entry when the article's quotes are replaced", async () => {
    await storeSearchFixture(db.prisma, {
      externalId: "roundup",
      title: "Coastal news roundup, corrected",
      body: 'The carousel on the pier was repainted. "We adore the carousel," Ana Ruiz said.',
      quotes: ['"We adore the carousel,"'],
    });
    expect(labels(await search({ query: "carousel", kinds: ["QUOTE"] }))).toEqual(['Quote:"We adore the carousel,"']);
    expect((await search({ query: "love" })).totalCount).toBe(0);
  });

  it("follows direct updates of a title and of a quote's text", async () => {
    const id = articleIds.get("digest")!;
    await db.prisma.article.update({ where: { id }, data: { title: "Weekly zeppelin digest" } });
    expect(labels(await search({ query: "zeppelin" }))).toEqual(["Article:digest"]);
    expect((await search({ query: "weekly" })).totalCount).toBe(1);

    const quote = await db.prisma.quote.findFirstOrThrow({ where: { text: { contains: "adore" } } });
    await db.prisma.quote.update({ where: { id: quote.id }, data: { text: "an airship" } });
    expect((await search({ query: "adore", kinds: ["QUOTE"] })).totalCount).toBe(0);
    expect(labels(await search({ query: "airship" }))).toEqual(["Quote:an airship"]);
  });

  it("drops an article and, through the cascade, its quotes when the article is deleted", async () => {
    const id = articleIds.get("mayor")!;
    expect((await search({ query: "conferences" })).totalCount).toBe(2);
    await db.prisma.article.delete({ where: { id } });
    expect(await db.prisma.quote.count({ where: { articleId: id } })).toBe(0);
    expect((await search({ query: "conferences" })).totalCount).toBe(0);
    expect((await search({ query: "cafe" })).totalCount).toBe(0);
    const [{ entries }] = await db.prisma.$queryRaw<{ entries: number }[]>`
      SELECT count(*) AS "entries" FROM "SearchEntry"`;
    const articles = await db.prisma.article.count();
    const quotes = await db.prisma.quote.count();
    expect(Number(entries)).toBe(articles + quotes);
  });
});

describe("schema/operations/search.graphql", () => {
  it("runs against the test database", async () => {
    const operation = fs.readFileSync(path.join(__dirname, "..", "..", "schema", "operations", "search.graphql"), "utf8");
    const result = await execute(server, operation, { query: "summit" });
    expect(result.errors).toBeUndefined();
    expect(result.data.search.edges.length).toBeGreaterThan(0);
  });
});
