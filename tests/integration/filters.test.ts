import { toGlobalId } from "../../src/services/global-id";
import { createServer, type AppServer } from "../../src/server";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";

// 12 synthetic articles: odd ones from "Odd Herald", even ones from "Even Times", dated 2024-01-(n+1);
// each has Jane Doe (a direct quote) and Sam Lee<n> (a reported one), and its event "<n>th Harbour Summit".
let db: TestDatabase;
let server: AppServer;
let articleIds: number[];

beforeAll(async () => {
  db = createTestDatabase();
  articleIds = await storeSyntheticArticles(db.prisma, 12);
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

const externalIds = (connection: any) => connection.edges.map((e: any) => e.node.externalId);

async function personIdOf(name: string): Promise<string> {
  const people = (await data(`query ($n: String) { people(filter: { nameContains: $n }, first: 100) { edges { node { id name } } } }`, { n: name })).people;
  return people.edges.find((e: any) => e.node.name === name).node.id;
}

describe("several values per filter field", () => {
  it("articles: any of these sources (ignoring case), people and events", async () => {
    const bySources = await data(`{ articles(filter: { sources: ["odd herald", "NOWHERE"] }) { totalCount } }`);
    expect(bySources.articles.totalCount).toBe(6);
    expect((await data(`{ articles(filter: { sources: ["ODD HERALD", " even times "] }) { totalCount } }`)).articles.totalCount).toBe(12);
    // The deprecated single field is case-insensitive too, and an empty list matches nothing.
    expect((await data(`{ articles(filter: { source: "even TIMES" }) { totalCount } }`)).articles.totalCount).toBe(6);
    expect((await data(`{ articles(filter: { sources: [] }) { totalCount } }`)).articles.totalCount).toBe(0);

    const sams = [await personIdOf("Sam Lee3"), await personIdOf("Sam Lee8")];
    const byPeople = await data(`query ($p: [ID!]) { articles(filter: { personIds: $p }, orderBy: { field: PUBLISHED_AT, direction: ASC }) { edges { node { externalId } } } }`, { p: sams });
    expect(externalIds(byPeople.articles)).toEqual(["synthetic-3", "synthetic-8"]);
    // Conditions on different fields must all hold.
    const both = await data(`query ($p: [ID!]) { articles(filter: { personIds: $p, sources: ["Even Times"] }) { edges { node { externalId } } } }`, { p: sams });
    expect(externalIds(both.articles)).toEqual(["synthetic-8"]);

    const events = (await data(`{ events(filter: { nameContains: "Summit" }, first: 100) { edges { node { id name } } } }`)).events.edges
      .filter((e: any) => ["2th Harbour Summit", "11th Harbour Summit"].includes(e.node.name))
      .map((e: any) => e.node.id);
    const byEvents = await data(`query ($e: [ID!]) { articles(filter: { eventIds: $e }, orderBy: { field: TITLE }) { edges { node { externalId } } } }`, { e: events });
    expect(externalIds(byEvents.articles)).toEqual(["synthetic-11", "synthetic-2"]);
  });

  it("quotes: any of these kinds, speakers, articles and sources", async () => {
    const kinds = await data(`{ quotes(filter: { kinds: [DIRECT, INDIRECT] }) { totalCount } direct: quotes(filter: { kinds: [DIRECT] }) { totalCount } }`);
    expect(kinds).toEqual({ quotes: { totalCount: 24 }, direct: { totalCount: 12 } });
    const speakers = [await personIdOf("Sam Lee1"), await personIdOf("Sam Lee2"), await personIdOf("Jane Doe")];
    expect((await data(`query ($s: [ID!]) { quotes(filter: { speakerIds: $s }) { totalCount } }`, { s: speakers })).quotes.totalCount).toBe(14);
    expect((await data(`query ($s: [ID!]) { quotes(filter: { speakerIds: $s, kinds: [INDIRECT] }) { totalCount } }`, { s: speakers })).quotes.totalCount).toBe(2);
    expect((await data(`{ quotes(filter: { sources: ["odd herald"], kinds: [INDIRECT] }) { totalCount } }`)).quotes.totalCount).toBe(6);
  });

  it("people: any of these organisations", async () => {
    const org = (await data(`{ organizations(filter: { nameContains: "harbour news" }) { edges { node { id } } } }`)).organizations.edges[0].node.id;
    expect((await data(`query ($o: [ID!]) { people(filter: { organizationIds: $o }) { totalCount } }`, { o: [org] })).people.totalCount).toBe(12);
    // The deprecated single-id fields still work.
    expect((await data(`query ($o: ID) { people(filter: { organizationId: $o }) { totalCount } }`, { o: org })).people.totalCount).toBe(12);
  });

  it("people: name text is matched literally (LIKE's % and _ are plain characters), ignoring ASCII case", async () => {
    const count = async (filter: string) => (await data(`{ people(filter: ${filter}) { totalCount } }`)).people.totalCount;
    expect(await count(`{ nameContains: "%" }`)).toBe(0);
    expect(await count(`{ nameContains: "_" }`)).toBe(0);
    expect(await count(`{ namePrefix: "sam lee1" }`)).toBe(4); // Sam Lee1, Lee10, Lee11, Lee12
    expect(await count(`{ nameContains: "JANE" }`)).toBe(1);
    expect(await count(`{ nameContains: "Doe", organization: "nowhere" }`)).toBe(0);
  });

  it("refuses more than 100 values, naming the field", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => toGlobalId("Person", i + 1));
    const result = await execute(server, `query ($p: [ID!]) { articles(filter: { personIds: $p }) { totalCount } }`, { p: ids });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argumentName: "filter.personIds" } });
    expect(result.errors?.[0].message).toBe("filter.personIds must contain no more than 100 elements");
    const long = await execute(server, `query ($s: [String!]) { articles(filter: { sources: $s }) { totalCount } }`, { s: ["x".repeat(201)] });
    expect(long.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argumentName: "filter.sources" } });
  });
});

describe("default directions per field", () => {
  it("sorts titles and names A→Z and dates newest first unless told otherwise", async () => {
    const titles = (await data(`{ articles(orderBy: { field: TITLE }, first: 3) { edges { node { title } } } }`)).articles.edges.map((e: any) => e.node.title);
    expect(titles).toEqual(["Harbour Summit 1", "Harbour Summit 10", "Harbour Summit 11"]);
    const dates = (await data(`{ articles(orderBy: { field: PUBLISHED_AT }, first: 2) { edges { node { externalId } } } }`)).articles;
    expect(externalIds(dates)).toEqual(["synthetic-12", "synthetic-11"]);
    const events = (await data(`{ events(orderBy: { field: NAME }, first: 2) { edges { node { name } } } }`)).events.edges.map((e: any) => e.node.name);
    expect(events).toEqual(["10th Harbour Summit", "11th Harbour Summit"]);
    const people = (await data(`{ people(first: 2) { edges { node { name } } } newest: people(orderBy: { field: FIRST_SEEN }, first: 1) { edges { node { name } } } }`));
    expect(people.people.edges.map((e: any) => e.node.name)).toEqual(["Jane Doe", "Sam Lee1"]);
    expect(people.newest.edges[0].node.name).toBe("Sam Lee12");
    const explicit = (await data(`{ articles(orderBy: { field: TITLE, direction: DESC }, first: 1) { edges { node { title } } } }`)).articles;
    expect(explicit.edges[0].node.title).toBe("Harbour Summit 9");
  });
});

describe("quotes in reading order", () => {
  it("Article.quotes and quotes(filter: { articleIds }) list an article's quotes in reading order", async () => {
    const ids = [toGlobalId("Article", articleIds[4]), toGlobalId("Article", articleIds[1])];
    const result = await data(`query ($a: [ID!], $one: ID!) {
      quotes(filter: { articleIds: $a }) { edges { node { start kind article { externalId } } } }
      article(id: $one) { quotes { start kind } }
    }`, { a: ids, one: ids[0] });
    const nodes = result.quotes.edges.map((e: any) => e.node);
    // Article by article (by id), each from its first quote to its last.
    expect(nodes.map((n: any) => [n.article.externalId, n.kind])).toEqual([
      ["synthetic-2", "DIRECT"], ["synthetic-2", "INDIRECT"], ["synthetic-5", "DIRECT"], ["synthetic-5", "INDIRECT"],
    ]);
    expect(nodes[0].start).toBeLessThan(nodes[1].start);
    expect(result.article.quotes.map((q: any) => q.kind)).toEqual(["DIRECT", "INDIRECT"]);
    expect(result.article.quotes).toEqual(nodes.slice(2).map((n: any) => ({ start: n.start, kind: n.kind })));
  });

  it("sorts by position either way, and by article date keeping each article's quotes in order", async () => {
    const asc = (await data(`{ quotes(orderBy: { field: POSITION }, first: 100) { edges { node { id } } } }`)).quotes.edges.map((e: any) => e.node.id);
    const desc = (await data(`{ quotes(orderBy: { field: POSITION, direction: DESC }, first: 100) { edges { node { id } } } }`)).quotes.edges.map((e: any) => e.node.id);
    expect(desc).toEqual([...asc].reverse());
    const newest = (await data(`{ quotes(first: 4) { edges { node { kind article { externalId } } } } }`)).quotes.edges.map((e: any) => [e.node.article.externalId, e.node.kind]);
    expect(newest).toEqual([["synthetic-12", "DIRECT"], ["synthetic-12", "INDIRECT"], ["synthetic-11", "DIRECT"], ["synthetic-11", "INDIRECT"]]);
    const oldest = (await data(`{ quotes(orderBy: { field: PUBLISHED_AT, direction: ASC }, first: 2) { edges { node { kind article { externalId } } } } }`)).quotes.edges.map((e: any) => [e.node.article.externalId, e.node.kind]);
    expect(oldest).toEqual([["synthetic-1", "DIRECT"], ["synthetic-1", "INDIRECT"]]);
  });
});
