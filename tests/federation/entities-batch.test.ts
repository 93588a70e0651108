import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { toGlobalId } from "../../src/services/global-id";
import { startHttpServer, type RunningServer } from "../helpers/http";

// 10 synthetic articles: 10 articles, 11 people, 20 quotes.
const ARTICLES = 10;

let db: TestDatabase;
let http: RunningServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, ARTICLES);
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
    ... on Quote { id text }
  }
}`;

type Typename = "Article" | "Person" | "Quote";
interface Representation {
  __typename: Typename;
  id: string;
}

/**
 * `count` representations of the three types, interleaved in a fixed pseudo-random order: mostly known
 * global IDs (many repeated), some just past the stored rows, and about one in six plainly unknown — far
 * beyond the stored rows, a bare integer, a global ID of another type, or not an ID at all.
 */
function mixedRepresentations(count: number): Representation[] {
  const types: Typename[] = ["Article", "Person", "Quote"];
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return (seed >>> 16) % n;
  };
  return Array.from({ length: count }, (_, i) => {
    const __typename = types[next(3)];
    const other = types[(types.indexOf(__typename) + 1) % 3];
    const unknown = [toGlobalId(__typename, 100000), "1", toGlobalId(other, 1), `missing-${i}`];
    // Article ids run to 10, Person to 11, Quote to 20: a few in-range-looking ids fall past the end.
    const id = next(6) === 0 ? unknown[next(4)] : toGlobalId(__typename, 1 + next(__typename === "Quote" ? 22 : 12));
    return { __typename, id };
  });
}

describe("_entities with 1,000 mixed representations", () => {
  it("answers in representation order, null for unknown ids, with one SQL query per type", async () => {
    const [articles, people, quotes] = await Promise.all([
      db.prisma.article.findMany({ select: { id: true, title: true } }),
      db.prisma.person.findMany({ select: { id: true, name: true } }),
      db.prisma.quote.findMany({ select: { id: true, text: true } }),
    ]);
    const known: Record<Typename, Map<string, Record<string, string>>> = {
      Article: new Map(articles.map((a) => [toGlobalId("Article", a.id), { title: a.title }])),
      Person: new Map(people.map((p) => [toGlobalId("Person", p.id), { name: p.name }])),
      Quote: new Map(quotes.map((q) => [toGlobalId("Quote", q.id), { text: q.text }])),
    };
    const representations = mixedRepresentations(1000);
    const expected = representations.map(({ __typename, id }) => {
      const fields = known[__typename].get(id);
      return fields ? { __typename, id, ...fields } : null;
    });
    // The sample really mixes all three types, known and unknown ids, and ids past each table's end.
    for (const type of ["Article", "Person", "Quote"] as const) {
      const ofType = representations.map((r, i) => [r, expected[i]] as const).filter(([r]) => r.__typename === type);
      expect(ofType.filter(([, e]) => e !== null).length).toBeGreaterThan(100);
      expect(ofType.filter(([, e]) => e === null).length).toBeGreaterThan(50);
    }

    db.statements.length = 0;
    const { status, body } = await http.post(ENTITIES, { representations });

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual(expected);
    expect(db.statements).toHaveLength(3);
    for (const table of ["Article", "Person", "Quote"]) {
      // Person through the redirecting loader (merged people resolve to the survivor): standard SQL quoting.
      expect(db.statements.filter((sql) => sql.includes(`FROM \`main\`.\`${table}\``) || sql.includes(`FROM "public"."${table}"`) || sql.includes(`FROM "${table}"`))).toHaveLength(1);
    }
  });
});
