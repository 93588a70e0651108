import { mergePersonInto } from "../../src/ingest/store/person-merge";
import { createServer, type AppServer } from "../../src/server";
import { toGlobalId } from "../../src/services/global-id";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";

// The copies of Article.publishedAt on Quote/ArticlePerson/ArticleEvent and the "CoMention" counts are
// kept by triggers (migration 20261201100000_bounded_lists); the per-person lists read them. After every
// kind of write they must equal what they copy or count.
let db: TestDatabase;
let server: AppServer;
let ids: number[];

beforeAll(async () => {
  db = createTestDatabase();
  ids = await storeSyntheticArticles(db.prisma, 8);
  server = await createServer(db.prisma);
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

/** Rows where a maintained value differs from the one computed from scratch (none when all is well). */
async function drift() {
  const stale = await db.prisma.$queryRaw<{ n: bigint }[]>`
    SELECT (SELECT count(*) FROM "Quote" q JOIN "Article" a ON a."id" = q."articleId" WHERE q."articlePublishedAt" IS DISTINCT FROM a."publishedAt")
         + (SELECT count(*) FROM "ArticlePerson" m JOIN "Article" a ON a."id" = m."articleId" WHERE m."articlePublishedAt" IS DISTINCT FROM a."publishedAt")
         + (SELECT count(*) FROM "ArticleEvent" m JOIN "Article" a ON a."id" = m."articleId" WHERE m."articlePublishedAt" IS DISTINCT FROM a."publishedAt") AS "n"`;
  const computed = await db.prisma.$queryRaw<{ personId: number; otherId: number; n: bigint }[]>`
    SELECT m."personId", o."personId" AS "otherId", count(*) AS "n"
    FROM "ArticlePerson" m JOIN "ArticlePerson" o ON o."articleId" = m."articleId" AND o."personId" <> m."personId"
    GROUP BY 1, 2 ORDER BY 1, 2`;
  const kept = await db.prisma.coMention.findMany({ orderBy: [{ personId: "asc" }, { otherId: "asc" }] });
  return {
    staleDates: Number(stale[0].n),
    coMentions: kept.map((c) => [c.personId, c.otherId, c.articleCount]),
    expected: computed.map((c) => [Number(c.personId), Number(c.otherId), Number(c.n)]),
  };
}

async function expectNoDrift() {
  const d = await drift();
  expect(d.staleDates).toBe(0);
  expect(d.coMentions).toEqual(d.expected);
}

const personId = async (name: string) => (await db.prisma.person.findUniqueOrThrow({ where: { name } })).id;

describe("maintained copies and co-mention counts", () => {
  it("hold after ingest: Jane Doe is co-mentioned with each Sam Lee once", async () => {
    await expectNoDrift();
    const jane = await personId("Jane Doe");
    const rows = await db.prisma.coMention.findMany({ where: { personId: jane } });
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.articleCount === 1)).toBe(true);
  });

  it("are set on insert whatever the writer gives: nothing, or a wrong date", async () => {
    const base = { articleId: ids[2], kind: "DIRECT", start: 0, end: 4, text: "text" };
    await db.prisma.quote.create({ data: base });
    await db.prisma.quote.create({ data: { ...base, start: 5, end: 9, articlePublishedAt: new Date("1999-01-01T00:00:00Z") } });
    await expectNoDrift();
  });

  it("follow an article's new date, and Person.quotes re-orders by it", async () => {
    await db.prisma.article.update({ where: { id: ids[0] }, data: { publishedAt: new Date("2030-05-05T00:00:00Z") } });
    await expectNoDrift();
    const answer = await execute(
      server,
      `query ($p: ID!) { person(id: $p) { quotes(first: 1) { edges { node { article { id } } } } articles(first: 1) { edges { node { id } } } } }`,
      { p: toGlobalId("Person", await personId("Jane Doe")) },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.person.quotes.edges[0].node.article.id).toBe(toGlobalId("Article", ids[0]));
    expect(answer.data!.person.articles.edges[0].node.id).toBe(toGlobalId("Article", ids[0]));
  });

  it("follow a merge of two people (mentions moved and deleted) and Person.coMentioned shows the sum", async () => {
    const [three, four] = [await personId("Sam Lee3"), await personId("Sam Lee4")];
    await db.prisma.$transaction((tx) => mergePersonInto(tx, four, three));
    await expectNoDrift();
    const answer = await execute(server, `query ($p: ID!) { person(id: $p) { coMentioned(first: 3) { articleCount person { name } } } }`, {
      p: toGlobalId("Person", await personId("Jane Doe")),
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.person.coMentioned[0]).toEqual({ articleCount: 2, person: { name: "Sam Lee3" } });
  });

  it("follow deleted articles (cascades) and moved rows", async () => {
    await db.prisma.article.delete({ where: { id: ids[1] } });
    await expectNoDrift();
    const sam5 = await personId("Sam Lee5");
    await db.prisma.articlePerson.updateMany({ where: { articleId: ids[5], personId: sam5 }, data: { articleId: ids[6] } });
    await db.prisma.quote.updateMany({ where: { articleId: ids[5] }, data: { articleId: ids[6] } });
    await expectNoDrift();
    await db.prisma.articlePerson.updateMany({ where: { articleId: ids[6], personId: sam5 }, data: { personId: await personId("Sam Lee8") } });
    await expectNoDrift();
  });
});
