import { createServer, type AppServer } from "../../src/server";
import { toGlobalId } from "../../src/services/global-id";
import { FERRY_BUDGET, FERRY_TERMINAL } from "../fixtures/write-documents";
import { createToken, dataOf, executeAs } from "../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// mergePeople, renamePerson and splitPerson: what moves, how a merged id keeps resolving (node, person,
// _entities), and that the decisions survive re-extraction of the articles.

const INGEST = `mutation I($input: [IngestDocumentInput!]!) { ingestDocuments(input: $input) { results { status article { id } } } }`;
const MERGE = `mutation M($input: MergePeopleInput!) { mergePeople(input: $input) { mergedPersonIds person { id name aliases roles { title }
  quotes { totalCount edges { node { text } } } articles { totalCount } } } }`;
const RENAME = `mutation R($input: RenamePersonInput!) { renamePerson(input: $input) { person { id name aliases } } }`;
const SPLIT = `mutation S($input: SplitPersonInput!) { splitPerson(input: $input) {
  person { id name aliases quotes { totalCount } } newPerson { id name aliases quotes { edges { node { text corrected } } } articles { totalCount } } } }`;
const UPDATE = `mutation U($input: UpdateArticleInput!) { updateArticle(input: $input) { article { id quotes { text attributedTo { ... on Person { id name } } } } } }`;
const ENTITIES = `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id name } } }`;

const ANNA =
  'date 2024-05-01 Harbour Herald - Mayor Anna Ruiz toured the pier. "We will fix the pier this year," Anna Ruiz said. Councillor Ben Ode noted that the pier is a priority.';

let db: TestDatabase;
let server: AppServer;
let write: string;
let admin: string;
let articles: string[];

const personId = async (name: string) => toGlobalId("Person", (await db.prisma.person.findFirstOrThrow({ where: { name } })).id);

beforeAll(async () => {
  db = createTestDatabase();
  server = await createServer(db.prisma);
  write = await createToken(db.prisma, ["write"]);
  admin = await createToken(db.prisma, ["admin"]);
  const results = dataOf(await executeAs(server, write, INGEST, { input: [{ text: FERRY_TERMINAL }, FERRY_BUDGET, { text: ANNA }] })).ingestDocuments.results;
  articles = results.map((r: { article: { id: string } }) => r.article.id);
  expect(await db.prisma.person.count({ where: { name: { in: ["Ana Ruiz", "Anna Ruiz"] } } })).toBe(2);
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

describe("mergePeople", () => {
  let ana: string;
  let anna: string;

  it("moves aliases, roles, quotes and mentions to the survivor", async () => {
    ana = await personId("Ana Ruiz");
    anna = await personId("Anna Ruiz");
    const forbidden = await executeAs(server, write, MERGE, { input: { into: ana, people: [anna] } });
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const { person, mergedPersonIds } = dataOf(await executeAs(server, admin, MERGE, { input: { into: ana, people: [anna] } })).mergePeople;
    expect(mergedPersonIds).toEqual([anna]);
    expect(person).toMatchObject({ id: ana, name: "Ana Ruiz", articles: { totalCount: 3 }, quotes: { totalCount: 3 } });
    expect(person.aliases).toEqual(expect.arrayContaining(["Anna Ruiz"]));
    expect(person.roles.map((r: { title: string }) => r.title)).toEqual(["Mayor"]);
    expect(person.quotes.edges.map((e: { node: { text: string } }) => e.node.text)).toContain('"We will fix the pier this year,"');
    expect(await db.prisma.person.count({ where: { name: "Anna Ruiz" } })).toBe(0);
  });

  it("the merged id resolves to the survivor through node, person and _entities", async () => {
    const viaNode = dataOf(await executeAs(server, null, `query N($id: ID!) { node(id: $id) { __typename id ... on Person { name } } person(id: $id) { id name } }`, { id: anna }));
    expect(viaNode).toEqual({ node: { __typename: "Person", id: ana, name: "Ana Ruiz" }, person: { id: ana, name: "Ana Ruiz" } });
    const viaEntities = dataOf(await executeAs(server, null, ENTITIES, { r: [{ __typename: "Person", id: anna }, { __typename: "Person", id: toGlobalId("Person", 999) }] }));
    expect(viaEntities._entities).toEqual([{ id: ana, name: "Ana Ruiz" }, null]);
  });

  it("survives re-extraction: the merged name is merged into the survivor again", async () => {
    const body = 'Mayor Anna Ruiz toured the pier again. "The pier is fixed," Anna Ruiz said. Councillor Ben Ode noted that the pier is a priority.';
    const { article } = dataOf(await executeAs(server, write, UPDATE, { input: { id: articles[2], body } })).updateArticle;
    expect(article.quotes[0]).toEqual({ text: '"The pier is fixed,"', attributedTo: { id: ana, name: "Ana Ruiz" } });
    expect(await db.prisma.person.count({ where: { name: "Anna Ruiz" } })).toBe(0);
  });
});

describe("renamePerson", () => {
  it("renames, keeps the old name as an alias, and refuses a name someone else has", async () => {
    const ode = await personId("Ben Ode");
    const { person } = dataOf(await executeAs(server, write, RENAME, { input: { id: ode, name: "Benjamin Ode" } })).renamePerson;
    expect(person).toMatchObject({ id: ode, name: "Benjamin Ode" });
    expect(person.aliases).toContain("Ben Ode");
    const taken = await executeAs(server, write, RENAME, { input: { id: ode, name: "Ana Ruiz" } });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.name" });
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { operation: "renamePerson" } });
    expect(JSON.parse(entry.before!).name).toBe("Ben Ode");
    expect(JSON.parse(entry.after!).name).toBe("Benjamin Ode");
  });

  it("survives re-extraction: the old name keeps meaning the renamed person", async () => {
    const body = 'Mayor Anna Ruiz toured the pier once more. Councillor Ben Ode noted that the pier is safe.';
    const { article } = dataOf(await executeAs(server, write, UPDATE, { input: { id: articles[2], body } })).updateArticle;
    expect(article.quotes).toEqual([{ text: "the pier is safe", attributedTo: { id: await personId("Benjamin Ode"), name: "Benjamin Ode" } }]);
    expect(await db.prisma.person.count({ where: { name: "Ben Ode" } })).toBe(0);
  });
});

describe("splitPerson", () => {
  it("makes a wrongly merged alias its own person, with the quotes and mentions named", async () => {
    const ruiz = await personId("Ana Ruiz");
    const lam = await personId("Cy Lam");
    const ruizQuotes = await db.prisma.quote.count({ where: { speaker: { name: "Ana Ruiz" } } });
    dataOf(await executeAs(server, admin, MERGE, { input: { into: ruiz, people: [lam] } })); // the mistake
    const lamQuote = await db.prisma.quote.findFirstOrThrow({ where: { text: "the workers were never consulted" } });
    const budgetArticle = lamQuote.articleId;
    const { person, newPerson } = dataOf(
      await executeAs(server, admin, SPLIT, {
        input: { id: ruiz, alias: "Cy Lam", quoteIds: [toGlobalId("Quote", lamQuote.id)], articleIds: [] },
      }),
    ).splitPerson;
    expect(person.aliases).not.toContain("Cy Lam");
    expect(newPerson).toMatchObject({
      name: "Cy Lam",
      aliases: [],
      quotes: { edges: [{ node: { text: "the workers were never consulted", corrected: true } }] },
      articles: { totalCount: 1 },
    });
    expect(person.quotes.totalCount).toBe(ruizQuotes);
    // The id merged by mistake now names the new person.
    const viaNode = dataOf(await executeAs(server, null, `{ node(id: "${lam}") { ... on Person { id name } } }`)).node;
    expect(viaNode).toEqual({ id: newPerson.id, name: "Cy Lam" });
    // And it stays split when the article is extracted again (the quote's speaker is an editorial decision).
    const { article } = dataOf(await executeAs(server, write, UPDATE, { input: { id: toGlobalId("Article", budgetArticle), body: `${FERRY_BUDGET.body} More later.` } })).updateArticle;
    expect(article.quotes.find((q: { text: string }) => q.text === "the workers were never consulted").attributedTo).toEqual({ id: newPerson.id, name: "Cy Lam" });
  });

  it("refuses an alias the person does not have", async () => {
    const result = await executeAs(server, admin, SPLIT, { input: { id: await personId("Ana Ruiz"), alias: "Nobody Here" } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.alias" });
  });
});
