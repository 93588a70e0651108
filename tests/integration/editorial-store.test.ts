import { contentHash } from "../../src/ingest/store/content-hash";
import { storeDocument } from "../../src/ingest/store/store-document";
import { correctQuote, deleteQuote } from "../../src/services/quote-write.service";
import { toGlobalId } from "../../src/services/global-id";
import { syntheticArticle } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// The store path re-applies editorial decisions whatever a new extraction finds: a corrected quote the
// extractor no longer finds is kept (an editor confirmed it), a deleted one stays deleted when found again.

let db: TestDatabase;

beforeAll(() => {
  db = createTestDatabase();
});

afterAll(() => db.drop());

describe("decisions in the store path", () => {
  it("keeps a corrected quote extraction drops, and keeps a deleted one deleted", async () => {
    const { doc, extraction } = syntheticArticle(1);
    await storeDocument(db.prisma, doc, extraction, contentHash(doc));
    const [direct, indirect] = await db.prisma.quote.findMany({ orderBy: { start: "asc" } });
    await correctQuote(db.prisma, toGlobalId("Quote", direct.id), { speaker: { description: "a spokesperson" } }, "key:1");
    await deleteQuote(db.prisma, toGlobalId("Quote", indirect.id), "key:1");

    // An extractor that finds neither quote any more, then one that finds both again.
    await storeDocument(db.prisma, doc, { ...extraction, quotes: [] }, contentHash(doc));
    const kept = await db.prisma.quote.findMany();
    expect(kept).toEqual([
      expect.objectContaining({ start: direct.start, end: direct.end, text: direct.text, kind: "DIRECT", speakerId: null, speakerDescription: "a spokesperson" }),
    ]);
    await storeDocument(db.prisma, doc, extraction, contentHash(doc));
    const again = await db.prisma.quote.findMany();
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ start: direct.start, speakerDescription: "a spokesperson", cue: "said" });
    expect(await db.prisma.correction.count()).toBe(2);
  });
});
