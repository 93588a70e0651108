import { toGlobalId } from "../../src/services/global-id";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createToken } from "../helpers/auth";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startHttpServer, type RunningServer } from "../helpers/http";
import { startReviewsSubgraph, type ReviewsSubgraph } from "./helpers/reviews-subgraph";
import { composeSupergraph, fetchSubgraphSdl, startGateway, type RunningGateway } from "./helpers/supergraph";

// The write API composed into a supergraph: mutations are routed through @apollo/gateway to this
// subgraph (the gateway forwards the client's Authorization header), and their payload entities are
// completed with fields of the other subgraph.

const P = (n: number) => toGlobalId("Person", n);
const RENAME = `mutation R($id: ID!, $name: String!) { renamePerson(input: { id: $id, name: $name }) { person { id name wikidataId } } }`;

let db: TestDatabase;
let content: RunningServer;
let reviews: ReviewsSubgraph;
let gateway: RunningGateway;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 2);
  content = await startHttpServer(db);
  reviews = await startReviewsSubgraph();
  const supergraphSdl = composeSupergraph([
    { name: "content", url: content.url, sdl: await fetchSubgraphSdl(content.url) },
    { name: "reviews", url: reviews.url, sdl: await fetchSubgraphSdl(reviews.url) },
  ]);
  expect(supergraphSdl).toContain("type Mutation");
  gateway = await startGateway(supergraphSdl);
});

afterAll(async () => {
  await gateway?.stop();
  await reviews?.stop();
  await content?.close();
  await db?.drop();
});

describe("mutations through the gateway", () => {
  it("runs a mutation on this subgraph and completes its entity from the reviews subgraph", async () => {
    const token = await createToken(db.prisma, ["write"]);
    const { status, body } = await gateway.post(RENAME, { id: P(1), name: "Jane Q. Doe" }, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.renamePerson.person).toEqual({ id: P(1), name: "Jane Q. Doe", wikidataId: "Q1001" });
    expect(reviews.received.some((op) => String(op.query).includes("_entities"))).toBe(true);
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: 1 } })).name).toBe("Jane Q. Doe");
  });

  it("passes UNAUTHENTICATED through without a key, and changes nothing", async () => {
    const { body } = await gateway.post(RENAME, { id: P(1), name: "Nobody" });
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: 1 } })).name).toBe("Jane Q. Doe");
  });

  it("passes FORBIDDEN through for a read key", async () => {
    const token = await createToken(db.prisma, ["read"]);
    const { body } = await gateway.post(RENAME, { id: P(1), name: "Nobody" }, { authorization: `Bearer ${token}` });
    expect(body.errors[0].extensions.code).toBe("FORBIDDEN");
  });
});
