import { createServer, type AppServer } from "../../src/server";
import { storeArticleWithSpeakers } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";

// Synthetic articles whose quotes are said by a person (Jane Doe, Sam Lee<n>), an organisation
// ("Harbour Board") or an unnamed source ("officials").
let db: TestDatabase;
let server: AppServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeArticleWithSpeakers(db.prisma, 1, { direct: null, indirect: { description: "officials" } });
  await storeArticleWithSpeakers(db.prisma, 2, { direct: { organization: "Harbour Board" }, indirect: null });
  server = await createServer(db.prisma);
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

const SPEAKERS = `{ quotes(orderBy: { field: POSITION }) { edges { node {
  attributedTo {
    __typename
    ... on Person { id name }
    ... on Organization { id name }
    ... on UnnamedSource { description }
  }
  speaker { name } speakerOrganization { name } speakerDescription
} } } }`;

describe("Quote.attributedTo", () => {
  it("says what kind of speaker each quote has, in one field", async () => {
    const result = await execute(server, SPEAKERS);
    expect(result.errors).toBeUndefined();
    const nodes = result.data.quotes.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.attributedTo)).toEqual([
      { __typename: "Person", id: expect.any(String), name: "Jane Doe" },
      { __typename: "UnnamedSource", description: "officials" },
      { __typename: "Organization", id: expect.any(String), name: "Harbour Board" },
      { __typename: "Person", id: expect.any(String), name: "Sam Lee2" },
    ]);
    // The three old fields still answer, for one release.
    expect(nodes.map((n: any) => [n.speaker?.name ?? null, n.speakerOrganization?.name ?? null, n.speakerDescription])).toEqual([
      ["Jane Doe", null, null],
      [null, null, "officials"],
      [null, "Harbour Board", null],
      ["Sam Lee2", null, null],
    ]);
  });

  it("is null when the article names no speaker", async () => {
    const id = (await db.prisma.quote.findFirstOrThrow({ where: { speakerDescription: "officials" } })).id;
    await db.prisma.quote.update({ where: { id }, data: { speakerDescription: null } });
    try {
      const result = await execute(server, `{ quotes(filter: { kinds: [INDIRECT] }, orderBy: { field: POSITION }) { edges { node { attributedTo { __typename } } } } }`);
      expect(result.data.quotes.edges.map((e: any) => e.node.attributedTo)).toEqual([null, { __typename: "Person" }]);
    } finally {
      await db.prisma.quote.update({ where: { id }, data: { speakerDescription: "officials" } });
    }
  });

  it("marks the old speaker fields deprecated, pointing to attributedTo", async () => {
    const result = await execute(server, `{ __type(name: "Quote") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`);
    const fields = Object.fromEntries(result.data.__type.fields.map((f: any) => [f.name, f]));
    for (const name of ["speaker", "speakerOrganization", "speakerDescription"]) {
      expect(fields[name]).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringContaining("attributedTo") });
    }
    expect(fields.attributedTo.isDeprecated).toBe(false);
  });

  it("loads speakers through DataLoaders: one statement per speaker type, not one per quote", async () => {
    const count = async (first: number) => {
      db.statements.length = 0;
      await execute(server, `{ quotes(first: ${first}) { edges { node { attributedTo { __typename ... on Person { name } ... on Organization { name } } } } } }`);
      return db.statements.length;
    };
    // The newest quote is an organisation's; the first four add people: one more statement, not three.
    expect(await count(4)).toBe((await count(1)) + 1);
  });
});
