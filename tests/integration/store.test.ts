import { contentHash } from "../../src/ingest/store/content-hash";
import { storeDocument } from "../../src/ingest/store/store-document";
import type { ExtractedPerson, Extraction, SourceDocument } from "../../src/ingest/types";
import { syntheticArticle } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;

beforeEach(() => {
  db = createTestDatabase();
});

afterEach(async () => {
  await db.drop();
});

function doc(externalId: string, body: string): SourceDocument {
  return { externalId, file: `${externalId}.txt`, source: "Test Wire", date: "2024-03-01", body, bodyOffset: 0 };
}

function person(name: string, extra: Partial<ExtractedPerson> = {}): ExtractedPerson {
  return { name, aliases: [], honorifics: [], roles: [], ...extra };
}

function only(persons: ExtractedPerson[]): Extraction {
  return { title: "t", persons, events: [], quotes: [] };
}

async function store(d: SourceDocument, extraction: Extraction) {
  return storeDocument(db.prisma, d, extraction, contentHash(d));
}

async function people() {
  const rows = await db.prisma.person.findMany({ include: { aliases: true }, orderBy: { id: "asc" } });
  return rows.map((p) => ({ name: p.name, honorifics: JSON.parse(p.honorifics), aliases: p.aliases.map((a) => a.alias) }));
}

describe("storeDocument", () => {
  it("stores the article, its people, events and quotes", async () => {
    const { doc: d, extraction } = syntheticArticle(1);
    const result = await storeDocument(db.prisma, d, extraction, contentHash(d));
    expect(result).toMatchObject({ status: "added", quotes: 2 });
    expect(result.personIds).toHaveLength(2);
    expect(await db.prisma.quote.count({ where: { articleId: result.articleId, speakerId: { not: null } } })).toBe(2);
  });

  it("makes one person of the same name across documents and merges what each one adds", async () => {
    await store(doc("a", "a"), only([person("Naim Qassem", { honorifics: ["Sheikh"], aliases: ["Qassem"] })]));
    await store(
      doc("b", "b"),
      only([person("Naim Qassem", { roles: [{ title: "Deputy Secretary General", organization: "Hezbollah" }] })]),
    );
    expect(await people()).toEqual([{ name: "Naim Qassem", honorifics: ["Sheikh"], aliases: ["Naim Qassem", "Qassem"] }]);
    const roles = await db.prisma.role.findMany({ include: { organization: true } });
    expect(roles.map((r) => [r.title, r.organization?.name])).toEqual([["Deputy Secretary General", "Hezbollah"]]);
    expect(await db.prisma.articlePerson.count()).toBe(2);
  });

  it("matches a person through a full-name alias", async () => {
    await store(doc("a", "a"), only([person("Ali Khamenei", { aliases: ["Seyyed Ali Khamenei"] })]));
    await store(doc("b", "b"), only([person("Seyyed Ali Khamenei")]));
    expect((await people()).map((p) => p.name)).toEqual(["Ali Khamenei"]);
  });

  it("gives a one-word name way to the full name when only one person has that surname", async () => {
    await store(doc("a", "a"), only([person("Khomeini", { honorifics: ["Imam"] })]));
    await store(doc("b", "b"), only([person("Ruhollah Khomeini")]));
    expect(await people()).toEqual([
      { name: "Ruhollah Khomeini", honorifics: ["Imam"], aliases: ["Khomeini", "Ruhollah Khomeini"] },
    ]);
  });

  it("keeps two people apart when a surname alone is ambiguous", async () => {
    await store(doc("a", "a"), only([person("Justin Trudeau", { aliases: ["Trudeau"] })]));
    await store(doc("b", "b"), only([person("Pierre Trudeau", { aliases: ["Trudeau"] })]));
    await store(doc("c", "c"), only([person("Trudeau")]));
    expect((await people()).map((p) => p.name)).toEqual(["Justin Trudeau", "Pierre Trudeau", "Trudeau"]);
  });

  it("one person for an honorific form, the full name and the bare surname: \"Sheikh Tariq Haddani\", \"Tariq Haddani\", \"Haddani\"", async () => {
    await store(doc("a", "a"), only([person("Sheikh Tariq Haddani")]));
    await store(doc("b", "b"), only([person("Tariq Haddani")]));
    await store(doc("c", "c"), only([person("Haddani")]));
    const stored = await people();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ name: "Tariq Haddani", honorifics: ["Sheikh"] });
    expect([...stored[0].aliases].sort()).toEqual(["Haddani", "Sheikh Tariq Haddani", "Tariq Haddani"]);
    expect(await db.prisma.articlePerson.count()).toBe(3);
  });

  it("never merges two people who share a last name: \"Jane Smith\" and \"John Smith\"; a bare \"Smith\" stays apart", async () => {
    await store(doc("a", "a"), only([person("Jane Smith")]));
    await store(doc("b", "b"), only([person("John Smith")]));
    await store(doc("c", "c"), only([person("Smith")]));
    expect((await people()).map((p) => p.name)).toEqual(["Jane Smith", "John Smith", "Smith"]);
  });

  it("a bare surname joins the only stored person of that surname when the gender agrees (\"Ms. Smith\" → Jane Smith)", async () => {
    await store(doc("a", "a"), only([person("Jane Smith")]));
    await store(doc("b", "b"), only([person("Smith", { honorifics: ["Ms."] })]));
    expect((await people()).map((p) => p.name)).toEqual(["Jane Smith"]);
  });

  it("a bare surname with a contradicting gender stays apart (\"Mr. Smith\" is not Jane Smith)", async () => {
    await store(doc("a", "a"), only([person("Jane Smith")]));
    await store(doc("b", "b"), only([person("Smith", { honorifics: ["Mr."] })]));
    expect((await people()).map((p) => p.name)).toEqual(["Jane Smith", "Smith"]);
  });

  it("a full name does not take over a one-word person of another gender (\"Ms. Okoro\" then \"John Okoro\")", async () => {
    await store(doc("a", "a"), only([person("Okoro", { honorifics: ["Ms."] })]));
    await store(doc("b", "b"), only([person("John Okoro")]));
    expect((await people()).map((p) => p.name)).toEqual(["Okoro", "John Okoro"]);
  });

  it("replaces an article's quotes and mentions when its document changed", async () => {
    const first = syntheticArticle(1);
    await store(first.doc, first.extraction);
    const changed = { ...first.doc, body: `${first.doc.body} Updated.` };
    const result = await store(changed, { ...first.extraction, quotes: first.extraction.quotes.slice(0, 1) });
    expect(result.status).toBe("updated");
    expect(await db.prisma.article.count()).toBe(1);
    expect(await db.prisma.quote.count()).toBe(1);
    const article = await db.prisma.article.findFirstOrThrow();
    expect(article.body).toBe(changed.body);
    expect(article.contentHash).toBe(contentHash(changed));
  });

  it("drops people and events that only the old version of a changed document mentioned", async () => {
    const fair = { name: "Old Fair", acronym: null, ordinal: null, date: null, location: null };
    await store(doc("a", "v1"), { title: "t", persons: [person("Old Name")], events: [fair], quotes: [] });
    await store(doc("b", "other"), only([person("Kept Person")]));
    await store(doc("a", "v2"), only([person("New Name"), person("Kept Person")]));
    expect((await people()).map((p) => p.name)).toEqual(["Kept Person", "New Name"]);
    expect(await db.prisma.event.count()).toBe(0);
  });

  it("keeps nothing of a document that fails half-way, and loses nothing stored before", async () => {
    const first = syntheticArticle(1);
    await store(first.doc, first.extraction);
    const broken = syntheticArticle(2);
    const badQuote = { ...broken.extraction.quotes[0], text: null as unknown as string };
    await expect(store(broken.doc, { ...broken.extraction, quotes: [badQuote] })).rejects.toThrow();
    expect(await db.prisma.article.findMany({ select: { externalId: true } })).toEqual([{ externalId: "synthetic-1" }]);
    expect(await db.prisma.quote.count()).toBe(2);
    expect((await people()).map((p) => p.name)).toEqual(["Jane Doe", "Sam Lee1"]);
  });
});
