import { contentHash } from "../../src/ingest/store/content-hash";
import { storeDocument } from "../../src/ingest/store/store-document";
import { createServer, type AppServer } from "../../src/server";
import { storeSyntheticArticles, syntheticArticle } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { toGlobalId } from "../../src/services/global-id";
import { execute } from "../helpers/graphql";

// 30 synthetic articles dated 2024-01-(n % 28 + 1): articles 1/29 and 2/30 share a date, so orderings
// must break ties; every article has Jane Doe, its own Sam Lee<n> (Reporter at Harbour News) and an
// event "<n>th Harbour Summit" dated 2024-01-01 (all the same date).
let db: TestDatabase;
let server: AppServer;
let ids: number[];

beforeAll(async () => {
  db = createTestDatabase();
  ids = await storeSyntheticArticles(db.prisma, 30);
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

async function firstError(query: string, variables?: Record<string, unknown>) {
  const result = await execute(server, query, variables);
  expect(result.errors).toBeDefined();
  return result.errors![0];
}

/** Walks a whole list page by page and returns the node keys in order. */
async function walk(list: string, args: string, node: string, pageSize: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (
      await data(`query ($after: String) { ${list}(${args} first: ${pageSize}, after: $after) {
        edges { cursor node { ${node} } } pageInfo { hasNextPage endCursor } } }`, { after })
    )[list];
    seen.push(...page.edges.map((e: any) => JSON.stringify(e.node)));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
}

/** Deletes an article a test added, with the people and events only it referred to. */
async function removeArticle(id: number): Promise<void> {
  await db.prisma.article.delete({ where: { id } });
  await db.prisma.person.deleteMany({ where: { mentions: { none: {} }, quotes: { none: {} } } });
  await db.prisma.event.deleteMany({ where: { articles: { none: {} } } });
}

async function personId(name: string): Promise<string> {
  const people = (await data(`query ($n: String) { people(filter: { nameContains: $n }) { edges { node { id name } } } }`, { n: name })).people;
  return people.edges.find((e: any) => e.node.name === name).node.id;
}

describe("articles", () => {
  const externalIds = (conn: any) => conn.edges.map((e: any) => e.node.externalId);

  it("filters by source and publication date range", async () => {
    const result = await data(`{ articles(filter: { source: "Odd Herald", publishedFrom: "2024-01-03", publishedTo: "2024-01-06" }, orderBy: { field: PUBLISHED_AT, direction: ASC }) {
      totalCount edges { node { externalId source publishedAt } } } }`);
    expect(result.articles.totalCount).toBe(2);
    expect(externalIds(result.articles)).toEqual(["synthetic-3", "synthetic-5"]);
  });

  it("filters by mentioned person and by event", async () => {
    const sam = await personId("Sam Lee7");
    const byPerson = await data(`query ($p: ID) { articles(filter: { personId: $p }) { totalCount edges { node { externalId } } } }`, { p: sam });
    expect(externalIds(byPerson.articles)).toEqual(["synthetic-7"]);
    const jane = await personId("Jane Doe");
    expect((await data(`query ($p: ID) { articles(filter: { personId: $p }) { totalCount } }`, { p: jane })).articles.totalCount).toBe(30);

    const event = (await data(`{ events(filter: { nameContains: "12th" }) { edges { node { id } } } }`)).events.edges[0].node.id;
    const byEvent = await data(`query ($e: ID) { articles(filter: { eventId: $e }) { edges { node { externalId } } } }`, { e: event });
    expect(externalIds(byEvent.articles)).toEqual(["synthetic-12"]);
  });

  it("filters by text through the full-text index, combined with the other conditions", async () => {
    const phrase = await data(`{ articles(filter: { text: "\\"report number 7\\"" }) { totalCount edges { node { externalId } } } }`);
    expect(externalIds(phrase.articles)).toEqual(["synthetic-7"]);
    const stemmed = await data(`{ articles(filter: { text: "summits publishing", source: "Even Times" }) { totalCount } }`);
    expect(stemmed.articles.totalCount).toBe(15);
    const none = await data(`{ articles(filter: { text: "lighthouse" }) { totalCount edges { node { id } } } }`);
    expect(none.articles).toEqual({ totalCount: 0, edges: [] });
    const error = await firstError(`{ articles(filter: { text: "***" }) { totalCount } }`);
    expect(error).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argumentName: "filter.text" } });
    expect(error.message).toMatch(/^filter\.text must contain a word to search for/);
  });

  it("orders newest first by default, breaking date ties by id", async () => {
    const all = externalIds((await data(`{ articles(first: 100) { edges { node { externalId } } } }`)).articles);
    expect(all.slice(0, 4)).toEqual(["synthetic-27", "synthetic-26", "synthetic-25", "synthetic-24"]);
    // 2024-01-03 is the date of synthetic-2 and -30, 2024-01-02 of -1 and -29: the later id comes first.
    expect(all.slice(-5)).toEqual(["synthetic-30", "synthetic-2", "synthetic-29", "synthetic-1", "synthetic-28"]);
  });

  it.each([
    ["PUBLISHED_AT", "ASC"],
    ["PUBLISHED_AT", "DESC"],
    ["TITLE", "ASC"],
    ["TITLE", "DESC"],
  ])("pages through every article exactly once ordered by %s %s", async (field, direction) => {
    const args = `orderBy: { field: ${field}, direction: ${direction} },`;
    const whole = await walk("articles", args, "externalId publishedAt title", 100);
    expect(whole).toHaveLength(30);
    for (const size of [1, 7, 29]) expect(await walk("articles", args, "externalId publishedAt title", size)).toEqual(whole);
    const values = whole.map((n) => JSON.parse(n)[field === "TITLE" ? "title" : "publishedAt"]);
    const sorted = [...values].sort();
    expect(values).toEqual(direction === "ASC" ? sorted : sorted.reverse());
  });

  it("rejects a cursor from another ordering and an inverted date range", async () => {
    const cursor = (await data(`{ articles(first: 1, orderBy: { field: TITLE, direction: ASC }) { pageInfo { endCursor } } }`)).articles.pageInfo.endCursor;
    const error = await firstError(`query ($c: String) { articles(after: $c) { totalCount } }`, { c: cursor });
    expect(error.message).toBe("after was issued for the list articles:title:asc, not articles:publishedAt:desc: keep the list and orderBy the same while paging");
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });

    const range = await firstError(`{ articles(filter: { publishedFrom: "2024-02-01", publishedTo: "2024-01-01" }) { totalCount } }`);
    expect(range.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.publishedFrom" });
    const badId = await firstError(`{ articles(filter: { personId: "x" }) { totalCount } }`);
    expect(badId).toMatchObject({ message: 'filter.personId must list Person IDs (got "x")', extensions: { code: "BAD_USER_INPUT", argumentName: "filter.personId" } });
  });

  it("neither skips nor repeats rows when an article is added between pages", async () => {
    const page1 = (await data(`{ articles(first: 5) { edges { node { externalId } } pageInfo { endCursor } } }`)).articles;
    const extra = syntheticArticle(31); // dated 2024-01-04, inside the part not yet paged
    const { articleId } = await storeDocument(db.prisma, extra.doc, extra.extraction, contentHash(extra.doc));
    try {
      const rest = await walk("articles", "", "externalId", 100);
      const page2 = (await data(`query ($c: String) { articles(first: 100, after: $c) { edges { node { externalId } } } }`, { c: page1.pageInfo.endCursor })).articles;
      const paged = [...externalIds(page1), ...externalIds(page2)];
      expect(paged).toEqual(rest.map((n) => JSON.parse(n).externalId));
      expect(new Set(paged).size).toBe(31);
    } finally {
      await removeArticle(articleId);
    }
  });
});

describe("people", () => {
  const names = (conn: any) => conn.edges.map((e: any) => e.node.name);

  it("filters by name prefix, case-insensitively, on names and aliases", async () => {
    const lee = await data(`{ people(filter: { namePrefix: "sam lee2" }, first: 100) { totalCount edges { node { name } } } }`);
    expect(names(lee.people)).toEqual(["Sam Lee2", "Sam Lee20", "Sam Lee21", "Sam Lee22", "Sam Lee23", "Sam Lee24", "Sam Lee25", "Sam Lee26", "Sam Lee27", "Sam Lee28", "Sam Lee29"]);
    const byAlias = await data(`{ people(filter: { namePrefix: "Do" }) { edges { node { name } } } }`);
    expect(names(byAlias.people)).toEqual(["Jane Doe"]);
  });

  it("filters by organisation name and id", async () => {
    const byName = await data(`{ people(filter: { organization: "harbour news" }) { totalCount } }`);
    expect(byName.people.totalCount).toBe(30);
    const org = (await data(`{ people(filter: { namePrefix: "Sam Lee1" }, first: 1) { edges { node { roles { organization { id } } } } } }`)).people.edges[0].node.roles[0].organization.id;
    const byId = await data(`query ($o: ID) { people(filter: { organizationId: $o, namePrefix: "Sam Lee3" }) { edges { node { name } } } }`, { o: org });
    expect(names(byId.people)).toEqual(["Sam Lee3", "Sam Lee30"]);
    expect((await data(`{ people(filter: { organization: "Nowhere Gazette" }) { totalCount } }`)).people.totalCount).toBe(0);
  });

  it("orders by name either way and pages through everyone once", async () => {
    const asc = await walk("people", "", "name", 100);
    expect(JSON.parse(asc[0]).name).toBe("Jane Doe");
    expect(await walk("people", "", "name", 4)).toEqual(asc);
    expect(await walk("people", "orderBy: { field: NAME, direction: DESC },", "name", 6)).toEqual([...asc].reverse());
    const firstSeen = (await walk("people", "orderBy: { field: FIRST_SEEN, direction: ASC },", "name", 5)).map((n) => JSON.parse(n).name);
    expect(firstSeen.slice(0, 3)).toEqual(["Jane Doe", "Sam Lee1", "Sam Lee2"]);
  });
});

describe("quotes", () => {
  it("filters by kind, speaker, article and date range", async () => {
    const jane = await personId("Jane Doe");
    expect((await data(`query ($s: ID) { quotes(filter: { kind: DIRECT, speakerId: $s }) { totalCount } }`, { s: jane })).quotes.totalCount).toBe(30);
    expect((await data(`query ($s: ID) { quotes(filter: { kind: INDIRECT, speakerId: $s }) { totalCount } }`, { s: jane })).quotes.totalCount).toBe(0);
    const inArticle = await data(`query ($a: ID) { quotes(filter: { articleId: $a }) { edges { node { kind article { id } } } } }`, { a: toGlobalId("Article", ids[4]) });
    expect(inArticle.quotes.edges.map((e: any) => e.node.kind).sort()).toEqual(["DIRECT", "INDIRECT"]);
    const dated = await data(`{ quotes(filter: { publishedFrom: "2024-01-02", publishedTo: "2024-01-03" }, first: 100) { totalCount edges { node { article { publishedAt } } } } }`);
    expect(dated.quotes.totalCount).toBe(8); // articles 1, 2, 29, 30: two quotes each
    for (const { node } of dated.quotes.edges) expect(["2024-01-02", "2024-01-03"]).toContain(node.article.publishedAt);
  });

  it("filters by text", async () => {
    const direct = await data(`{ quotes(filter: { text: "publish report" }) { totalCount edges { node { kind } } } }`);
    expect(direct.quotes.totalCount).toBe(30);
    expect(new Set(direct.quotes.edges.map((e: any) => e.node.kind))).toEqual(new Set(["DIRECT"]));
    const inArticle = await data(`query ($a: ID) { quotes(filter: { text: "summit late", articleId: $a }) { edges { node { text } } } }`, { a: toGlobalId("Article", ids[2]) });
    expect(inArticle.quotes.edges).toEqual([{ node: { text: "the summit ran late" } }]);
  });

  it("orders by the article's publication date and pages through every quote once", async () => {
    const desc = await walk("quotes", "", "id start article { id publishedAt }", 100);
    expect(desc).toHaveLength(60);
    expect(await walk("quotes", "", "id start article { id publishedAt }", 7)).toEqual(desc);
    const asc = await walk("quotes", "orderBy: { field: PUBLISHED_AT, direction: ASC },", "id start article { id publishedAt }", 9);
    expect(asc).toHaveLength(60);
    // Articles come in reverse order, but each article's two quotes stay in reading order either way.
    const byArticle = (list: string[]) => {
      const groups: string[][] = [];
      for (const node of list.map((n) => JSON.parse(n))) {
        if (groups.at(-1)?.[0] === node.article.id) groups.at(-1)!.push(node.start);
        else groups.push([node.article.id, node.start]);
      }
      return groups;
    };
    expect(byArticle(asc)).toEqual([...byArticle(desc)].reverse());
    for (const [, ...starts] of byArticle(desc)) expect(starts).toEqual([...starts].sort((a: any, b: any) => a - b));
    const dates = desc.map((n) => JSON.parse(n).article.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("names an organisation or an unnamed source as the speaker", async () => {
    const { doc, extraction } = syntheticArticle(40);
    extraction.quotes[0] = { ...extraction.quotes[0], speaker: null, speakerSurface: "the harbour board", speakerOrganization: "Harbour Board" };
    extraction.quotes[1] = { ...extraction.quotes[1], speaker: null, speakerSurface: "officials", speakerDescription: "officials" };
    const { articleId } = await storeDocument(db.prisma, { ...doc, externalId: "speakers" }, extraction, "speakers");
    try {
      const result = await data(`query ($a: ID) { quotes(filter: { articleId: $a }, orderBy: { field: PUBLISHED_AT, direction: ASC }) {
        edges { node { kind speaker { name } speakerOrganization { id name } speakerDescription } } } }`, { a: toGlobalId("Article", articleId) });
      const [direct, indirect] = result.quotes.edges.map((e: any) => e.node);
      expect(direct).toMatchObject({ speaker: null, speakerOrganization: { name: "Harbour Board" }, speakerDescription: null });
      expect(indirect).toEqual({ kind: "INDIRECT", speaker: null, speakerOrganization: null, speakerDescription: "officials" });
      const byOrg = await data(`query ($o: ID) { quotes(filter: { speakerOrganizationId: $o }) { totalCount } }`, { o: direct.speakerOrganization.id });
      expect(byOrg.quotes.totalCount).toBe(1);
    } finally {
      await removeArticle(articleId);
    }
  });
});

describe("events", () => {
  it("filters by date range and name, ordering ties by id", async () => {
    const inRange = await data(`{ events(filter: { dateFrom: "2024-01-01", dateTo: "2024-01-01" }) { totalCount } }`);
    expect(inRange.events.totalCount).toBe(30);
    expect((await data(`{ events(filter: { dateFrom: "2024-01-02" }) { totalCount } }`)).events.totalCount).toBe(0);
    const named = await data(`{ events(filter: { nameContains: "harbour summit" }, first: 3) { totalCount edges { node { name } } } }`);
    expect(named.events.totalCount).toBe(30);
    // All share one date: newest-first falls back to the latest id first.
    expect(named.events.edges.map((e: any) => e.node.name)).toEqual(["30th Harbour Summit", "29th Harbour Summit", "28th Harbour Summit"]);
  });

  it("pages by date and by name without skipping or repeating", async () => {
    const byDate = await walk("events", "", "name", 100);
    expect(await walk("events", "", "name", 8)).toEqual(byDate);
    const byName = await walk("events", "orderBy: { field: NAME, direction: ASC },", "name", 11);
    expect(byName.map((n) => JSON.parse(n).name)).toEqual(byDate.map((n) => JSON.parse(n).name).sort());
  });

  it("puts undated events last in either direction", async () => {
    const undated = await db.prisma.event.create({ data: { name: "Undated Harbour Gala" } });
    try {
      for (const direction of ["ASC", "DESC"]) {
        const names = (await walk("events", `orderBy: { field: DATE, direction: ${direction} },`, "name", 7)).map((n) => JSON.parse(n).name);
        expect(names).toHaveLength(31);
        expect(names.at(-1)).toBe("Undated Harbour Gala");
      }
    } finally {
      await db.prisma.event.delete({ where: { id: undated.id } });
    }
  });
});
