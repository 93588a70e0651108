import { createServer, type AppServer } from "../../src/server";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { toGlobalId } from "../../src/services/global-id";
import { execute } from "../helpers/graphql";

let db: TestDatabase;
let server: AppServer;
let articleIds: number[];

beforeAll(async () => {
  db = createTestDatabase();
  articleIds = await storeSyntheticArticles(db.prisma, 3);
  server = await createServer(db.prisma);
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

describe("single-item queries", () => {
  it("returns an article with its people, events and quotes", async () => {
    const result = await execute(
      server,
      `query ($id: ID!) {
        article(id: $id) {
          id externalId source publishedAt title url contentHash
          people { name }
          events { name acronym ordinal date }
          quotes { kind cue text start end speaker { name } article { id } }
        }
      }`,
      { id: toGlobalId("Article", articleIds[0]) },
    );
    expect(result.errors).toBeUndefined();
    const article = result.data.article;
    expect(article).toMatchObject({
      id: toGlobalId("Article", articleIds[0]),
      externalId: "synthetic-1",
      source: "Odd Herald",
      publishedAt: "2024-01-02",
      title: "Harbour Summit 1",
      url: null,
      people: [{ name: "Jane Doe" }, { name: "Sam Lee1" }],
      events: [{ name: "1th Harbour Summit", acronym: "HS", ordinal: 1, date: "2024-01-01" }],
    });
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article.quotes).toEqual([
      expect.objectContaining({ kind: "DIRECT", cue: "said", speaker: { name: "Jane Doe" }, article: { id: article.id } }),
      expect.objectContaining({ kind: "INDIRECT", cue: "noted", text: "the summit ran late", speaker: { name: "Sam Lee1" } }),
    ]);
  });

  it("keeps quote offsets pointing into the article body", async () => {
    const result = await execute(server, `{ quotes(first: 100) { edges { node { text start end article { body } } } } }`);
    for (const { node } of result.data.quotes.edges) {
      expect(node.article.body.slice(node.start, node.end)).toBe(node.text);
    }
  });

  it("answers null for an id that does not exist", async () => {
    const ids = { a: toGlobalId("Article", 999), p: toGlobalId("Person", 999), e: toGlobalId("Event", 999), q: toGlobalId("Quote", 999) };
    const result = await execute(
      server,
      `query ($a: ID!, $p: ID!, $e: ID!, $q: ID!) { article(id: $a) { id } person(id: $p) { id } event(id: $e) { id } quote(id: $q) { id } }`,
      ids,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ article: null, person: null, event: null, quote: null });
  });

  it("answers null, not an error, for a malformed id or one of another type", async () => {
    const person = toGlobalId("Person", 1);
    const result = await execute(
      server,
      `query ($p: ID!) { abc: article(id: "abc") { id } integer: article(id: "1") { id } foreign: article(id: $p) { id }
        own: person(id: $p) { id name } organization(id: $p) { id } }`,
      { p: person },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ abc: null, integer: null, foreign: null, own: { id: person, name: "Jane Doe" }, organization: null });
  });

  it("shares one person across the articles that mention them", async () => {
    const result = await execute(
      server,
      `{ people(filter: { nameContains: "Jane" }, first: 5) {
        totalCount
        edges { node { id name aliases honorifics roles { title organization { name } } articles { totalCount edges { node { externalId } } } quotes { totalCount } } }
      } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.people.totalCount).toBe(1);
    const jane = result.data.people.edges[0].node;
    expect(jane).toMatchObject({
      name: "Jane Doe",
      aliases: ["Doe"],
      honorifics: [],
      roles: [{ title: "Minister", organization: null }],
      articles: {
        totalCount: 3,
        edges: [{ node: { externalId: "synthetic-3" } }, { node: { externalId: "synthetic-2" } }, { node: { externalId: "synthetic-1" } }],
      },
      quotes: { totalCount: 3 },
    });
  });

  it("links events to the articles that cover them", async () => {
    const result = await execute(
      server,
      `{ events(first: 1, orderBy: { field: NAME, direction: ASC }) { edges { node { name articles(first: 5) { totalCount edges { node { externalId } } } } } } }`,
    );
    expect(result.data.events.edges[0].node).toEqual({
      name: "1th Harbour Summit",
      articles: { totalCount: 1, edges: [{ node: { externalId: "synthetic-1" } }] },
    });
  });

  it("names a role's organisation", async () => {
    const result = await execute(server, `{ people(filter: { nameContains: "Sam Lee2" }) { edges { node { roles { title organization { name } } } } } }`);
    expect(result.data.people.edges[0].node.roles).toEqual([{ title: "Reporter", organization: { name: "Harbour News" } }]);
  });
});

describe("lists", () => {
  const page = `query ($first: Int, $after: String) {
    articles(first: $first, after: $after) {
      totalCount
      edges { cursor node { externalId } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

  it("pages forward with first/after until the end", async () => {
    const first = (await execute(server, page, { first: 2 })).data.articles;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.externalId)).toEqual(["synthetic-3", "synthetic-2"]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: first.edges[1].cursor });

    const second = (await execute(server, page, { first: 2, after: first.pageInfo.endCursor })).data.articles;
    expect(second.edges.map((e: any) => e.node.externalId)).toEqual(["synthetic-1"]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.totalCount).toBe(3);
  });

  it("returns 20 items when first is not given", async () => {
    const result = await execute(server, page);
    expect(result.data.articles.edges).toHaveLength(3);
  });

  it.each([0, 101, -1])("rejects first: %i with BAD_USER_INPUT", async (first) => {
    const result = await execute(server, page, { first });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result.errors)).toMatch(/first/);
  });

  it("rejects a cursor it did not issue, naming after", async () => {
    const result = await execute(server, page, { after: "not-a-cursor" });
    expect(result.errors?.[0]).toMatchObject({
      message: 'after is not a cursor returned by this API',
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});
