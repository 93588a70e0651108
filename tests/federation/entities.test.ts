import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { type NodeType, toGlobalId } from "../../src/services/global-id";
import { startHttpServer, type RunningServer } from "../helpers/http";

let db: TestDatabase;
let http: RunningServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 3);
  http = await startHttpServer(db);
});

afterAll(async () => {
  await http.close();
  await db.drop();
});

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Article { id title }
    ... on Person { id name }
    ... on Event { id name }
    ... on Quote { id text }
    ... on Organization { id name }
  }
}`;

describe("Federation over HTTP", () => {
  it("publishes its SDL with @link and @key through _service", async () => {
    const { body } = await http.post(`{ _service { sdl } }`);
    const sdl: string = body.data._service.sdl;
    expect(sdl).toContain("@link(url: \"https://specs.apollo.dev/federation/v2.9\"");
    // Demand control survives @apollo/subgraph's printing too: what a router or rover reads from _service.
    expect(sdl).toMatch(/\): ArticleConnection!\s+@listSize\(assumedSize: 20, slicingArguments: \["first", "last"\], sizedFields: \["edges"\]/);
    expect(sdl).toMatch(/title: String!\s+@cost\(weight: 1\)/);
    for (const type of ["Article", "Person", "Event", "Quote", "Organization"]) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node\\s+@key\\(fields: "id"\\)`));
    }
  });

  it.each([
    ["Article", "title", "Harbour Summit 1"],
    ["Person", "name", "Jane Doe"],
    ["Event", "name", "1th Harbour Summit"],
    ["Quote", "text", '"We will publish report number 1 next week,"'],
    ["Organization", "name", "Harbour News"],
  ])("resolves a %s reference", async (typename, field, value) => {
    const id = toGlobalId(typename as NodeType, 1);
    const { body } = await http.post(ENTITIES, { representations: [{ __typename: typename, id }] });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([{ __typename: typename, id, [field]: value }]);
  });

  it("answers null for references it does not know: unknown, malformed, integer, or of another type", async () => {
    const { body } = await http.post(ENTITIES, {
      representations: [
        { __typename: "Person", id: toGlobalId("Person", 999) },
        { __typename: "Person", id: "not-a-global-id" },
        { __typename: "Person", id: "1" },
        { __typename: "Person", id: toGlobalId("Article", 1) },
        { __typename: "Person", id: toGlobalId("Person", 1) },
      ],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([null, null, null, null, { __typename: "Person", id: toGlobalId("Person", 1), name: "Jane Doe" }]);
  });

  it("resolves a batch of representations with one query per type", async () => {
    const representations = [1, 2, 3].flatMap((id) => [
      { __typename: "Article", id: toGlobalId("Article", id) },
      { __typename: "Quote", id: toGlobalId("Quote", id) },
      { __typename: "Person", id: toGlobalId("Person", id) },
    ]);
    db.statements.length = 0;
    const { body } = await http.post(ENTITIES, { representations });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toHaveLength(9);
    expect(body.data._entities.every((e: unknown) => e !== null)).toBe(true);
    const selects = db.statements.filter((sql) => sql.startsWith("SELECT"));
    expect(selects).toHaveLength(3);
    for (const table of ["Article", "Quote", "Person"]) {
      // Person through the redirecting loader (merged people resolve to the survivor): standard SQL quoting.
      expect(selects.filter((sql) => sql.includes(`FROM \`main\`.\`${table}\``) || sql.includes(`FROM "public"."${table}"`) || sql.includes(`FROM "${table}"`))).toHaveLength(1);
    }
  });
});
