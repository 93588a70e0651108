import { fromGlobalId, toGlobalId } from "../../src/services/global-id";
import { createServer, type AppServer } from "../../src/server";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";

// Relay global object identification: 3 synthetic articles (3 articles, 4 people, 3 events, 6 quotes,
// one organisation "Harbour News", 4 roles), so row id 1 exists in every table.
let db: TestDatabase;
let server: AppServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 3);
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

const EVERY_TYPE = `{
  articles(first: 1, orderBy: { field: PUBLISHED_AT, direction: ASC }) { edges { node { __typename id
    people { __typename id roles { __typename id organization { __typename id } } }
    events { __typename id } quotes { __typename id } } } }
}`;

/** Every id the EVERY_TYPE query returns, with the type it came with. */
function idsOf(value: any, found: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v) => idsOf(v, found));
  else if (value && typeof value === "object") {
    if (typeof value.id === "string") found.push([value.__typename, value.id]);
    Object.values(value).forEach((v) => idsOf(v, found));
  }
  return found;
}

describe("global IDs", () => {
  it("are opaque, unique across types, and name their type", async () => {
    const ids = idsOf(await data(EVERY_TYPE));
    expect(new Set(ids.map(([type]) => type))).toEqual(new Set(["Article", "Person", "Role", "Organization", "Event", "Quote"]));
    for (const [type, id] of ids) {
      expect(id).not.toMatch(/^\d+$/);
      expect(fromGlobalId(id)?.type).toBe(type);
    }
    // Row 1 of every table has a different ID.
    const firstRows = ids.filter(([, id]) => fromGlobalId(id)?.id === 1).map(([, id]) => id);
    expect(new Set(firstRows).size).toBe(new Set(ids.filter(([, id]) => fromGlobalId(id)?.id === 1).map(([t]) => t)).size);
    expect(firstRows.length).toBeGreaterThanOrEqual(5);
  });

  it("refetch every type through node(id:), the same object as its own query returns", async () => {
    for (const [type, id] of idsOf(await data(EVERY_TYPE))) {
      const result = await data(`query ($id: ID!) { node(id: $id) { __typename id
        ... on Article { title } ... on Person { name } ... on Event { name } ... on Quote { text }
        ... on Organization { name } ... on Role { title } } }`, { id });
      expect(result.node).toMatchObject({ __typename: type, id });
    }
    const person = toGlobalId("Person", 1);
    const both = await data(`query ($id: ID!) { node(id: $id) { ... on Person { name roles { title } } } person(id: $id) { name roles { title } } }`, { id: person });
    expect(both.node).toEqual(both.person);
    expect(both.person.name).toBe("Jane Doe");
  });

  it("answer null from node and the typed queries for malformed, integer, unknown and foreign IDs", async () => {
    const article = toGlobalId("Article", 1);
    const result = await data(`query ($a: ID!, $missing: ID!) {
      n1: node(id: "1") { id } n2: node(id: "not an id") { id } n3: node(id: $missing) { id }
      a1: article(id: "1") { id } a2: article(id: "abc") { id } a3: article(id: $a) { id }
      p: person(id: $a) { id } e: event(id: $a) { id } q: quote(id: $a) { id } o: organization(id: $a) { id }
    }`, { a: article, missing: toGlobalId("Article", 999) });
    expect(result).toEqual({ n1: null, n2: null, n3: null, a1: null, a2: null, a3: { id: article }, p: null, e: null, q: null, o: null });
  });

  it("nodes(ids:) answers in order, null where nothing matches, one SQL statement per type", async () => {
    const ids = [toGlobalId("Quote", 2), "junk", toGlobalId("Person", 2), toGlobalId("Quote", 1), toGlobalId("Person", 999), toGlobalId("Person", 1)];
    db.statements.length = 0;
    const result = await data(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(result.nodes).toEqual([
      { __typename: "Quote", id: ids[0] },
      null,
      { __typename: "Person", id: ids[2] },
      { __typename: "Quote", id: ids[3] },
      null,
      { __typename: "Person", id: ids[5] },
    ]);
    expect(db.statements).toHaveLength(2);
  });

  it("nodes(ids:) takes at most 100 ids", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => toGlobalId("Article", i + 1));
    const result = await execute(server, `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argumentName: "ids" } });
    expect(result.errors?.[0].message).toMatch(/^ids must contain no more than 100 elements/);
  });
});

describe("id filters take global IDs", () => {
  it("match nothing for an unknown ID of the right type", async () => {
    const result = await data(`query ($p: [ID!]) { articles(filter: { personIds: $p }) { totalCount } }`, { p: [toGlobalId("Person", 999)] });
    expect(result.articles.totalCount).toBe(0);
  });

  it.each([
    ["articles", "personIds", "Person"],
    ["articles", "eventIds", "Event"],
    ["people", "organizationIds", "Organization"],
    ["quotes", "speakerIds", "Person"],
    ["quotes", "speakerOrganizationIds", "Organization"],
    ["quotes", "articleIds", "Article"],
  ])("%s(filter: { %s }) refuses an ID that cannot name a %s, naming the field", async (list, field, type) => {
    const foreign = toGlobalId(type === "Quote" ? "Article" : "Quote", 1);
    for (const value of ["1", foreign]) {
      const result = await execute(server, `query ($v: [ID!]) { ${list}(filter: { ${field}: $v }) { totalCount } }`, { v: [value] });
      expect(result.errors?.[0]).toMatchObject({
        message: `filter.${field} must list ${type} IDs (got "${value}")`,
        extensions: { code: "BAD_USER_INPUT", argumentName: `filter.${field}` },
      });
    }
  });
});
