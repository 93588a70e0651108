import { contentHash } from "../../src/ingest/store/content-hash";
import { storeDocument } from "../../src/ingest/store/store-document";
import { createServer, type AppServer } from "../../src/server";
import { storeSyntheticArticles, syntheticArticle } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute, type Result } from "../helpers/graphql";

// 12 synthetic articles (Jane Doe in each, quoted once in each, with Sam Lee<n>), plus two articles
// where Jane appears with Sam Lee1 again at the 1th Harbour Summit, and one where she appears with Sam Lee2
// again at the 2th.
let db: TestDatabase;
let server: AppServer;
let jane: string;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 12);
  for (const [n, partner] of [[13, 1], [14, 1], [15, 2]]) {
    const { doc, extraction } = syntheticArticle(n);
    const renamed = JSON.parse(
      JSON.stringify(extraction).replaceAll(`Sam Lee${n}`, `Sam Lee${partner}`).replaceAll(`${n}th Harbour`, `${partner}th Harbour`),
    );
    await storeDocument(db.prisma, doc, renamed, contentHash(doc));
  }
  server = await createServer(db.prisma);
  const people = await execute(server, `{ people(filter: { nameContains: "Jane Doe" }) { edges { node { id } } } }`);
  jane = people.data.people.edges[0].node.id;
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

const PAGE = `query ($id: ID!, $first: Int, $after: String, $articlesAfter: String) {
  person(id: $id) {
    quotes(first: $first, after: $after) {
      totalCount edges { cursor node { id text article { publishedAt } } } pageInfo { hasNextPage hasPreviousPage endCursor }
    }
    articles(first: $first, after: $articlesAfter) {
      totalCount edges { node { externalId publishedAt } } pageInfo { hasNextPage endCursor }
    }
  }
}`;

describe("Person.quotes and Person.articles are connections", () => {
  it("pages a person's quotes and articles newest first without skipping or repeating", async () => {
    const quotes: any[] = [];
    const articles: any[] = [];
    let after: string | null = null;
    let articlesAfter: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const result: Result = await execute(server, PAGE, { id: jane, first: 4, after, articlesAfter });
      expect(result.errors).toBeUndefined();
      const person: any = result.data.person;
      expect(person.quotes.totalCount).toBe(15);
      expect(person.articles.totalCount).toBe(15);
      expect(person.quotes.pageInfo.hasPreviousPage).toBe(after !== null);
      quotes.push(...person.quotes.edges.map((e: any) => e.node));
      articles.push(...person.articles.edges.map((e: any) => e.node));
      if (!person.quotes.pageInfo.hasNextPage) break;
      after = person.quotes.pageInfo.endCursor;
      articlesAfter = person.articles.pageInfo.endCursor;
    }
    expect(quotes).toHaveLength(15);
    expect(new Set(quotes.map((q) => q.id)).size).toBe(15);
    const dates = quotes.map((q) => q.article.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(articles.map((a) => a.externalId)).size).toBe(15);
  });

  it("answers a person page and several people's first pages alike", async () => {
    const list = await execute(
      server,
      `{ people(first: 20) { edges { node { name quotes(first: 2) { totalCount edges { node { id } } } articles(first: 1) { totalCount } } } } }`,
    );
    expect(list.errors).toBeUndefined();
    const byName = Object.fromEntries(list.data.people.edges.map((e: any) => [e.node.name, e.node]));
    expect(byName["Jane Doe"].quotes.totalCount).toBe(15);
    expect(byName["Jane Doe"].quotes.edges).toHaveLength(2);
    expect(byName["Sam Lee1"].quotes.totalCount).toBe(3);
    expect(byName["Sam Lee1"].articles.totalCount).toBe(3);
    expect(byName["Sam Lee3"].quotes.totalCount).toBe(1);

    const single = await execute(server, PAGE, { id: jane, first: 2 });
    expect(single.data.person.quotes.edges.map((e: any) => e.node.id)).toEqual(byName["Jane Doe"].quotes.edges.map((e: any) => e.node.id));
  });

  it("rejects a nested cursor it did not issue, naming after and the field's path", async () => {
    const result = await execute(server, PAGE, { id: jane, first: 2, after: "nope" });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ message: 'after is not a cursor returned by this API', extensions: { code: "BAD_USER_INPUT" } });
    expect(result.errors![0].path).toEqual(["person", "quotes"]);
  });
});

describe("Event.articles is a connection", () => {
  it("pages the articles covering an event, newest first", async () => {
    const query = `query ($after: String) { events(filter: { nameContains: "1th Harbour" }) { edges { node { name
      articles(first: 2, after: $after) { totalCount edges { node { externalId publishedAt } } pageInfo { hasNextPage endCursor } } } } } }`;
    const first = await execute(server, query);
    const event = first.data.events.edges.find((e: any) => e.node.name === "1th Harbour Summit").node;
    expect(event.articles.totalCount).toBe(3);
    expect(event.articles.edges.map((e: any) => e.node.externalId)).toEqual(["synthetic-14", "synthetic-13"]);
    const second = await execute(server, query, { after: event.articles.pageInfo.endCursor });
    const rest = second.data.events.edges.find((e: any) => e.node.name === "1th Harbour Summit").node.articles;
    expect(rest.edges.map((e: any) => e.node.externalId)).toEqual(["synthetic-1"]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });
});

describe("Person.coMentioned", () => {
  it("lists the people most often in the same articles, with counts", async () => {
    const result = await execute(server, `query ($id: ID!) { person(id: $id) { coMentioned(first: 3) { articleCount person { name } } } }`, { id: jane });
    expect(result.errors).toBeUndefined();
    expect(result.data.person.coMentioned).toEqual([
      { articleCount: 3, person: { name: "Sam Lee1" } },
      { articleCount: 2, person: { name: "Sam Lee2" } },
      { articleCount: 1, person: { name: "Sam Lee3" } },
    ]);
  });

  it("is symmetric and limited by first", async () => {
    const result = await execute(server, `{ people(filter: { namePrefix: "Sam Lee1" }) { edges { node { name coMentioned(first: 1) { articleCount person { name } } } } } }`);
    const byName = Object.fromEntries(result.data.people.edges.map((e: any) => [e.node.name, e.node.coMentioned]));
    expect(byName["Sam Lee1"]).toEqual([{ articleCount: 3, person: { name: "Jane Doe" } }]);
    expect(byName["Sam Lee10"]).toEqual([{ articleCount: 1, person: { name: "Jane Doe" } }]);
  });
});
