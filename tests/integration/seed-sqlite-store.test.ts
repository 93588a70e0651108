import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { extract } from "../../src/ingest/extract";
import { readDocuments } from "../../src/ingest/parse/read";
import { seedDocuments } from "../../src/ingest/seed";
import { contentHash } from "../../src/ingest/store/content-hash";
import { mergePersonInto } from "../../src/ingest/store/person-merge";
import { storeDocument } from "../../src/ingest/store/store-document";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// On SQLite the seed stores its batches through its own prepared statements (store/sqlite-batch.ts) rather
// than storeDocument: what it stores must be what storeDocument stores, and a document that needs
// storeDocument's general path (a person an editor merged away) must still get it.

let db: TestDatabase;
let dir: string;

beforeEach(() => {
  db = createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-sqlite-"));
});

afterEach(async () => {
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const line = (day: number, text: string) => JSON.stringify({ date: `2024-05-${String(day).padStart(2, "0")}`, source: "Harbour Times", text });

/** Invented documents naming people by full name, surname and title, organisations and an event. */
const DOCUMENTS = [
  'Mayor Ana Ruiz of Port Elma said "The bridge opens in May." Ruiz spoke at the 3rd Harbour Summit (HS) in Port Elma.',
  'Ben Ode, a spokesman for Larkspur Foods, said "Prices will hold." Ode left before questions.',
  'Dr. Ana Ruiz said "The bridge is nearly done." Officials said the budget was tight. Ruiz smiled.',
  'Cara Lind, the finance minister, said "Taxes will fall next year." Ben Ode and Ana Ruiz disagreed.',
  'Ruiz said "We need more buses." The 3rd Harbour Summit was held on 2024-05-20. Lind said "Agreed."',
  'Dan Holt of the Harbour Workers Union said "We will strike on Monday." Holt and Cara Lind met at noon.',
];

async function snapshot(target: TestDatabase) {
  const p = target.prisma;
  return {
    articles: await p.article.findMany({ orderBy: { id: "asc" }, select: { externalId: true, source: true, publishedAt: true, title: true, body: true, url: true, contentHash: true } }),
    people: await p.person.findMany({
      orderBy: { name: "asc" },
      select: {
        name: true,
        honorifics: true,
        aliases: { select: { key: true, alias: true }, orderBy: { key: "asc" } },
        roles: { select: { title: true, organization: { select: { name: true } } }, orderBy: { title: "asc" } },
        mentions: { select: { article: { select: { externalId: true } }, articlePublishedAt: true }, orderBy: { articleId: "asc" } },
      },
    }),
    organizations: await p.organization.findMany({ orderBy: { name: "asc" }, select: { name: true } }),
    events: await p.event.findMany({ orderBy: { name: "asc" }, select: { name: true, acronym: true, ordinal: true, date: true, location: true, articles: { select: { articleId: true } } } }),
    quotes: await p.quote.findMany({
      orderBy: [{ articleId: "asc" }, { start: "asc" }],
      select: {
        text: true, kind: true, cue: true, start: true, end: true, speakerSurface: true, speakerDescription: true, articlePublishedAt: true,
        speaker: { select: { name: true } }, speakerOrganization: { select: { name: true } },
      },
    }),
    coMentions: await p.$queryRawUnsafe(
      `SELECT a."name" AS "person", b."name" AS "other", c."articleCount" AS "n" FROM "CoMention" c JOIN "Person" a ON a."id" = c."personId" JOIN "Person" b ON b."id" = c."otherId" ORDER BY 1, 2`,
    ),
    search: await p.$queryRawUnsafe(`SELECT "kind", "title", "body" FROM "SearchEntry" ORDER BY "kind", "body"`),
  };
}

(onSqlite() ? describe : describe.skip)("the SQLite batch store", () => {
  it("stores what storeDocument stores, document by document", async () => {
    const file = path.join(dir, "harbour.jsonl");
    fs.writeFileSync(file, DOCUMENTS.map((text, i) => line(i + 1, text)).join("\n"));
    const summary = await seedDocuments(db.prisma, [file], { batchSize: 4, extractThreads: 0 });
    expect(summary).toMatchObject({ added: DOCUMENTS.length, failed: 0 });
    const batched = await snapshot(db);
    expect(batched.people.length).toBeGreaterThanOrEqual(4);
    expect(batched.events.length).toBeGreaterThanOrEqual(1);
    expect(batched.organizations.length).toBeGreaterThanOrEqual(1);

    const other = createTestDatabase();
    try {
      for await (const { documents } of readDocuments([file])) {
        for (const doc of documents) await storeDocument(other.prisma, doc, extract(doc), contentHash(doc));
      }
      expect(await snapshot(other)).toEqual(batched);
    } finally {
      await other.drop();
    }
  });

  it("merges a person an editor merged away into the survivor again when a new document names them", async () => {
    fs.writeFileSync(path.join(dir, "1.jsonl"), [line(1, 'Ana Ruiz said "The bridge opens in May." She left.'), line(2, 'Anna Ruiz-Vega said "The ferry is late." She left.')].join("\n"));
    expect(await seedDocuments(db.prisma, [path.join(dir, "1.jsonl")])).toMatchObject({ added: 2, failed: 0 });
    const from = await db.prisma.person.findUniqueOrThrow({ where: { name: "Anna Ruiz-Vega" } });
    const to = await db.prisma.person.findUniqueOrThrow({ where: { name: "Ana Ruiz" } });
    await db.prisma.$transaction((tx) => mergePersonInto(tx, from.id, to.id));

    fs.writeFileSync(path.join(dir, "2.jsonl"), [line(3, 'Ben Ode said "Prices will hold." He left.'), line(4, 'Anna Ruiz-Vega said "The tunnel is next." She left.'), line(5, 'Cara Lind said "Agreed." She left.')].join("\n"));
    expect(await seedDocuments(db.prisma, [path.join(dir, "2.jsonl")])).toMatchObject({ added: 3, failed: 0 });
    expect(await db.prisma.person.findMany({ where: { name: "Anna Ruiz-Vega" } })).toEqual([]);
    const survivor = await db.prisma.person.findUniqueOrThrow({ where: { id: to.id }, include: { quotes: { orderBy: { start: "asc" } } } });
    expect(survivor.quotes.map((q) => q.text).sort()).toEqual(['"The bridge opens in May."', '"The ferry is late."', '"The tunnel is next."']);
    // The documents around it are stored too, in order.
    const titles = await db.prisma.article.findMany({ orderBy: { id: "asc" }, select: { publishedAt: true } });
    expect(titles.map((a) => a.publishedAt.toISOString().slice(8, 10))).toEqual(["01", "02", "03", "04", "05"]);
  });
});

function onSqlite(): boolean {
  return !(/^postgres(ql)?$/i.test(process.env.TEST_DATABASE?.trim() ?? "") || Boolean(process.env.TEST_POSTGRES_URL?.trim()));
}
