import path from "node:path";
import { projectRoot } from "../../src/db/migrate";
import { seedDocuments } from "../../src/ingest/seed";
import { createServer, type AppServer } from "../../src/server";
import { toGlobalId } from "../../src/services/global-id";
import { createToken, dataOf, executeAs } from "../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// Editorial corrections are decisions stored apart from the extracted quotes and re-applied, by text
// span, whenever the article is extracted again: `npm run seed -- --reextract` and updateArticle.

const DOCUMENTS = path.join(projectRoot(), "documents");
const QUOTES = `query Q($id: ID!) { article(id: $id) { body quotes { id start end text kind corrected
  attributedTo { __typename ... on Person { name } ... on Organization { name } ... on UnnamedSource { description } } } } }`;
const CORRECT = `mutation C($input: CorrectQuoteInput!) { correctQuote(input: $input) { quote { id start end text kind corrected
  attributedTo { __typename ... on Person { name } ... on Organization { name } ... on UnnamedSource { description } } } } }`;
const ADD = `mutation A($input: AddQuoteInput!) { addQuote(input: $input) { quote { id start end text kind corrected attributedTo { ... on Person { name } } } } }`;
const DELETE = `mutation D($id: ID!) { deleteQuote(id: $id) { deletedQuoteId article { id } } }`;
const UPDATE = `mutation U($input: UpdateArticleInput!) { updateArticle(input: $input) { article { id title body } } }`;

interface QuoteRow {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  corrected: boolean;
  attributedTo: { __typename: string; name?: string; description?: string } | null;
}

let db: TestDatabase;
let server: AppServer;
let write: string;
let admin: string;
let articleId: string;
let original: QuoteRow[];
let body: string;

beforeAll(async () => {
  db = createTestDatabase();
  expect((await seedDocuments(db.prisma, [DOCUMENTS])).failed).toBe(0);
  server = await createServer(db.prisma);
  write = await createToken(db.prisma, ["write"]);
  admin = await createToken(db.prisma, ["admin"]);
  articleId = toGlobalId("Article", (await db.prisma.article.findFirstOrThrow()).id);
  ({ body, quotes: original } = await article());
  expect(original.length).toBeGreaterThanOrEqual(10);
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

async function article(): Promise<{ body: string; quotes: QuoteRow[] }> {
  return dataOf(await executeAs(server, null, QUOTES, { id: articleId })).article;
}

/** The quote at exactly this text in the current article (offsets may have moved), or undefined. */
async function quoteWithText(text: string): Promise<QuoteRow | undefined> {
  return (await article()).quotes.find((q) => q.text === text);
}

const hezbollah = async () => toGlobalId("Organization", (await db.prisma.organization.findFirstOrThrow({ where: { name: "Hezbollah" } })).id);
const person = async (name: string) => toGlobalId("Person", (await db.prisma.person.findFirstOrThrow({ where: { name } })).id);

describe("corrections", () => {
  it("correctQuote sets the speaker to an unnamed description and says it is corrected", async () => {
    const target = original[0];
    const { quote } = dataOf(await executeAs(server, write, CORRECT, { input: { quoteId: target.id, speaker: { description: "a conference organiser" } } })).correctQuote;
    expect(quote).toMatchObject({ id: target.id, text: target.text, corrected: true, attributedTo: { __typename: "UnnamedSource", description: "a conference organiser" } });
    const now = await article();
    expect(now.quotes.filter((q) => q.corrected).map((q) => q.id)).toEqual([target.id]);
  });

  it("sets the speaker to an organisation or a person, and the kind", async () => {
    const org = dataOf(await executeAs(server, write, CORRECT, { input: { quoteId: original[1].id, speaker: { organizationId: await hezbollah() }, kind: "DIRECT" } })).correctQuote.quote;
    expect(org).toMatchObject({ kind: "DIRECT", attributedTo: { __typename: "Organization", name: "Hezbollah" } });
    const khamenei = dataOf(await executeAs(server, write, CORRECT, { input: { quoteId: original[2].id, speaker: { personId: await person("Ali Khamenei") } } })).correctQuote.quote;
    expect(khamenei.attributedTo).toEqual({ __typename: "Person", name: "Ali Khamenei" });
  });

  it("narrows a quote's span to a part of the body", async () => {
    const target = original[3];
    const start = target.start + 2;
    const end = target.end - 2;
    const { quote } = dataOf(await executeAs(server, write, CORRECT, { input: { quoteId: target.id, start, end } })).correctQuote;
    expect(quote).toMatchObject({ start, end, text: body.slice(start, end), corrected: true });
  });

  it("deleteQuote (admin) removes a quote; addQuote adds one extraction missed", async () => {
    const forbidden = await executeAs(server, write, DELETE, { id: original[4].id });
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const deleted = dataOf(await executeAs(server, admin, DELETE, { id: original[4].id })).deleteQuote;
    expect(deleted).toEqual({ deletedQuoteId: original[4].id, article: { id: articleId } });
    expect((await article()).quotes.map((q) => q.id)).not.toContain(original[4].id);

    // Reported speech after "announcing that", which extraction does not take for a quote.
    const missed = "the occupation of Palestine means the occupation of all Islamic lands";
    const span = { start: body.indexOf(missed), end: body.indexOf(missed) + missed.length };
    expect(original.some((q) => q.start < span.end && q.end > span.start)).toBe(false);
    const added = dataOf(
      await executeAs(server, write, ADD, { input: { articleId, ...span, kind: "INDIRECT", speaker: { personId: await person("Naim Qassem") } } }),
    ).addQuote.quote;
    expect(added).toMatchObject({ ...span, text: body.slice(span.start, span.end), kind: "INDIRECT", corrected: true, attributedTo: { name: "Naim Qassem" } });
  });

  it("refuses bad corrections with the argument named, and changes nothing", async () => {
    const target = original[5];
    const two = await executeAs(server, write, CORRECT, { input: { quoteId: target.id, speaker: { description: "x", none: true } } });
    expect(two.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.speaker" });
    const outside = await executeAs(server, write, CORRECT, { input: { quoteId: target.id, start: 5, end: body.length + 1 } });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.start" });
    const wrongType = await executeAs(server, write, CORRECT, { input: { quoteId: articleId, kind: "DIRECT" } });
    expect(wrongType.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "input.quoteId" });
    const unknown = await executeAs(server, write, CORRECT, { input: { quoteId: toGlobalId("Quote", 99_999), kind: "DIRECT" } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", argumentName: "input.quoteId" });
    expect((await article()).quotes.find((q) => q.id === target.id)?.corrected).toBe(false);
  });
});

/** The decisions made above, checked on the article as it is now (offsets moved by `shift`). */
async function expectDecisionsHold(shift: number) {
  const now = await article();
  const at = (q: QuoteRow) => now.quotes.find((n) => n.start === q.start + shift && n.end === q.end + shift);
  expect(at(original[0])).toMatchObject({ corrected: true, attributedTo: { description: "a conference organiser" } });
  expect(at(original[1])).toMatchObject({ kind: "DIRECT", attributedTo: { name: "Hezbollah" } });
  expect(at(original[2])?.attributedTo).toMatchObject({ name: "Ali Khamenei" });
  const narrowed = now.quotes.find((n) => n.start === original[3].start + 2 + shift && n.end === original[3].end - 2 + shift);
  expect(narrowed).toMatchObject({ corrected: true, text: original[3].text.slice(2, -2) });
  expect(at(original[4])).toBeUndefined();
  expect(now.quotes.filter((q) => q.corrected && q.kind === "INDIRECT" && q.attributedTo?.name === "Naim Qassem")).toHaveLength(1);
  // Quotes nobody decided about are as extraction finds them.
  expect(at(original[6])).toMatchObject({ corrected: false, text: original[6].text });
  expect(now.quotes.filter((q) => q.corrected)).toHaveLength(5);
}

describe("corrections survive re-extraction", () => {
  it("npm run seed -- --reextract: new quote ids, the same decisions", async () => {
    const idsBefore = (await article()).quotes.map((q) => q.id);
    const summary = await seedDocuments(db.prisma, [DOCUMENTS], { reextract: true });
    expect(summary).toMatchObject({ updated: 1, failed: 0 });
    const idsAfter = (await article()).quotes.map((q) => q.id);
    expect(idsAfter.some((id) => idsBefore.includes(id))).toBe(false);
    await expectDecisionsHold(0);
  });

  it("updateArticle with a new body: re-extracted, the decisions follow their text", async () => {
    const prefix = "Editor's note: this report was updated. ";
    const updated = dataOf(await executeAs(server, write, UPDATE, { input: { id: articleId, body: prefix + body } })).updateArticle.article;
    expect(updated.body).toBe(prefix + body);
    await expectDecisionsHold(prefix.length);
    expect(await quoteWithText(original[6].text)).toBeDefined();
  });
});

describe("the audit log records corrections", () => {
  it("with the changed fields before and after", async () => {
    const entries = await db.prisma.auditEntry.findMany({ where: { operation: "correctQuote" }, orderBy: { id: "asc" } });
    expect(entries).toHaveLength(4);
    expect(JSON.parse(entries[0].before!)).toEqual({ speaker: expect.any(String), speakerDescription: null });
    expect(JSON.parse(entries[0].after!)).toEqual({ speaker: null, speakerDescription: "a conference organiser" });
    const deletion = await db.prisma.auditEntry.findFirstOrThrow({ where: { operation: "deleteQuote" } });
    expect(JSON.parse(deletion.before!)).toMatchObject({ text: original[4].text });
    expect(deletion.after).toBeNull();
  });
});
