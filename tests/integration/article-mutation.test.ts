import { createServer, type AppServer } from "../../src/server";
import { toGlobalId } from "../../src/services/global-id";
import { storeSyntheticArticles } from "../fixtures/articles";
import { FERRY_BUDGET, FERRY_TERMINAL } from "../fixtures/write-documents";
import { createToken, dataOf, executeAs } from "../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// updateArticle changes metadata (a new body re-extracts); deleteArticle cascades and removes the people,
// organisations and events nothing refers to any more; the full-text index follows (FTS5 triggers).

const INGEST = `mutation I($input: [IngestDocumentInput!]!) { ingestDocuments(input: $input) { results { article { id } } } }`;
const UPDATE = `mutation U($input: UpdateArticleInput!) { updateArticle(input: $input) {
  article { id title url source publishedAt body quotes { id text attributedTo { ... on Person { name } } } people { name } } } }`;
const DELETE = `mutation D($id: ID!) { deleteArticle(id: $id) {
  deletedArticleId deletedQuoteCount removedPersonIds removedOrganizationIds removedEventIds } }`;
const SEARCH = `query S($q: String!) { search(query: $q, first: 10) { totalCount } }`;

let db: TestDatabase;
let server: AppServer;
let write: string;
let admin: string;
let terminal: string;
let budget: string;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 2);
  server = await createServer(db.prisma);
  write = await createToken(db.prisma, ["write"]);
  admin = await createToken(db.prisma, ["admin"]);
  const ingested = dataOf(await executeAs(server, write, INGEST, { input: [{ text: FERRY_TERMINAL }, FERRY_BUDGET] })).ingestDocuments.results;
  [terminal, budget] = ingested.map((r: { article: { id: string } }) => r.article.id);
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

describe("updateArticle", () => {
  it("changes title and url without extracting again (the quotes keep their ids)", async () => {
    const before = await db.prisma.quote.findMany({ where: { articleId: 3 }, orderBy: { id: "asc" } });
    const { article } = dataOf(await executeAs(server, write, UPDATE, { input: { id: terminal, title: "Ferry terminal opens", url: "https://herald.example/ferry" } })).updateArticle;
    expect(article).toMatchObject({ id: terminal, title: "Ferry terminal opens", url: "https://herald.example/ferry", source: "Harbour Herald" });
    expect(article.quotes.map((q: { id: string }) => q.id)).toEqual(before.map((q) => toGlobalId("Quote", q.id)));
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { operation: "updateArticle" }, orderBy: { id: "desc" } });
    expect(JSON.parse(entry.before!)).toEqual({ title: "Mayor Ana Ruiz opened the new ferry terminal on Monday", url: null });
    expect(JSON.parse(entry.after!)).toEqual({ title: "Ferry terminal opens", url: "https://herald.example/ferry" });
  });

  it("a new body is extracted again: new quotes and people, the ones only the old body had are gone", async () => {
    const body = 'Harbour pilot Omar Beck inspected the terminal. "The berths are too short," Beck said.';
    const { article } = dataOf(await executeAs(server, write, UPDATE, { input: { id: terminal, body } })).updateArticle;
    expect(article.body).toBe(body);
    expect(article.title).toBe("Ferry terminal opens");
    expect(article.quotes).toEqual([{ id: expect.any(String), text: '"The berths are too short,"', attributedTo: { name: "Omar Beck" } }]);
    expect(article.people.map((p: { name: string }) => p.name)).toEqual(["Omar Beck"]);
    expect(await db.prisma.person.count({ where: { name: "Ben Ode" } })).toBe(0);
    expect(await db.prisma.person.count({ where: { name: "Ana Ruiz" } })).toBe(1); // still in the other article
    const found = dataOf(await executeAs(server, null, SEARCH, { q: "berths" })).search.totalCount;
    expect(found).toBe(2); // the article and its quote
    expect(dataOf(await executeAs(server, null, SEARCH, { q: "terminal changes" })).search.totalCount).toBe(0);
  });

  it("refuses bad values naming the field, and an unknown id with NOT_FOUND", async () => {
    const date = await executeAs(server, write, UPDATE, { input: { id: terminal, source: "  " } });
    expect(date.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.source" });
    const unknown = await executeAs(server, write, UPDATE, { input: { id: toGlobalId("Article", 999), title: "x" } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", argumentName: "id" });
    const other = await executeAs(server, write, UPDATE, { input: { id: toGlobalId("Person", 1), title: "x" } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "id" });
  });
});

describe("deleteArticle", () => {
  it("needs admin", async () => {
    const result = await executeAs(server, write, DELETE, { id: budget });
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await db.prisma.article.count({ where: { id: 4 } })).toBe(1);
  });

  it("cascades and removes the people, organisations and events nothing refers to any more; search follows", async () => {
    expect(dataOf(await executeAs(server, null, SEARCH, { q: "promise" })).search.totalCount).toBe(2);
    const ruiz = await db.prisma.person.findFirstOrThrow({ where: { name: "Ana Ruiz" } });
    const lam = await db.prisma.person.findFirstOrThrow({ where: { name: "Cy Lam" } });
    const removed = dataOf(await executeAs(server, admin, DELETE, { id: budget })).deleteArticle;
    expect(removed).toMatchObject({ deletedArticleId: budget, removedEventIds: [] });
    expect(removed.deletedQuoteCount).toBeGreaterThanOrEqual(2);
    expect(removed.removedPersonIds.sort()).toEqual([toGlobalId("Person", ruiz.id), toGlobalId("Person", lam.id)].sort());
    expect(await db.prisma.quote.count({ where: { articleId: 4 } })).toBe(0);
    expect(await db.prisma.person.count({ where: { id: { in: [ruiz.id, lam.id] } } })).toBe(0);
    expect(dataOf(await executeAs(server, null, SEARCH, { q: "promise" })).search.totalCount).toBe(0);
    expect(dataOf(await executeAs(server, null, `{ node(id: "${budget}") { id } }`)).node).toBeNull();
  });

  it("keeps shared people; removes an event and an organisation only the deleted article had", async () => {
    // Synthetic article 1: Jane Doe (also in article 2), Sam Lee1 (Reporter at Harbour News), event "1th Harbour Summit".
    const removed = dataOf(await executeAs(server, admin, DELETE, { id: toGlobalId("Article", 1) })).deleteArticle;
    const jane = await db.prisma.person.findFirstOrThrow({ where: { name: "Jane Doe" } });
    expect(removed.removedPersonIds).toEqual([toGlobalId("Person", 2)]);
    expect(removed.removedEventIds).toEqual([toGlobalId("Event", 1)]);
    expect(removed.removedOrganizationIds).toHaveLength(0); // Harbour News: Sam Lee2 still works there
    expect(jane).toBeDefined();
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { operation: "deleteArticle", targetId: toGlobalId("Article", 1) } });
    expect(JSON.parse(entry.before!)).toMatchObject({ removedPeople: [toGlobalId("Person", 2)], removedEvents: [toGlobalId("Event", 1)] });
    expect(entry.after).toBeNull();
    const last = dataOf(await executeAs(server, admin, DELETE, { id: toGlobalId("Article", 2) })).deleteArticle;
    expect(last.removedOrganizationIds).toHaveLength(1);
    expect(await db.prisma.organization.count({ where: { name: "Harbour News" } })).toBe(0);
  });
});
