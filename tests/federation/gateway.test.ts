import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { toGlobalId } from "../../src/services/global-id";
import { startHttpServer, type RunningServer } from "../helpers/http";
import { startReviewsSubgraph, type ReviewsSubgraph } from "./helpers/reviews-subgraph";
import { composeSupergraph, fetchSubgraphSdl, startGateway, type RunningGateway } from "./helpers/supergraph";

// Both subgraphs run over real HTTP; their published SDLs are composed with @apollo/composition and the
// supergraph is served by an Apollo Gateway, itself over HTTP. Data: synthetic articles 1 and 2 — people
// 1 Jane Doe (in both), 2 Sam Lee1, 3 Sam Lee2 (ids below are their global IDs); the reviews subgraph holds comments c1, c2 (article 1)
// and c3 (article 2) and Wikidata ids for people 1 and 3.

const A = (n: number) => toGlobalId("Article", n);
const P = (n: number) => toGlobalId("Person", n);

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
  gateway = await startGateway(supergraphSdl);
});

beforeEach(() => {
  reviews.received.length = 0;
  db.statements.length = 0;
});

afterAll(async () => {
  await gateway?.stop();
  await reviews?.stop();
  await content?.close();
  await db?.drop();
});

/** Runs an operation through the gateway and returns its data, failing on any error. */
async function query(text: string): Promise<any> {
  const { status, body } = await gateway.post(text);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

/** The __typename of every representation the reviews subgraph was asked to resolve. */
function typenamesSentToReviews(): string[] {
  return reviews.received.flatMap((operation) =>
    ((operation.variables?.representations ?? []) as { __typename: string }[]).map((r) => r.__typename),
  );
}

describe("a supergraph of this subgraph and a reviews subgraph, behind an Apollo Gateway", () => {
  it("answers a query that starts here and ends in the reviews subgraph", async () => {
    const data = await query(`{
      articles(first: 2, orderBy: { field: PUBLISHED_AT, direction: ASC }) {
        edges { node { id title readerComments { id author body } people { id name wikidataId } } }
      }
    }`);
    expect(data.articles.edges.map((edge: any) => edge.node)).toEqual([
      {
        id: A(1),
        title: "Harbour Summit 1",
        readerComments: [
          { id: "c1", author: "ana", body: "Clear account of the summit." },
          { id: "c2", author: "bo", body: "Who asked the reporter?" },
        ],
        people: [
          { id: P(1), name: "Jane Doe", wikidataId: "Q1001" },
          { id: P(2), name: "Sam Lee1", wikidataId: null },
        ],
      },
      {
        id: A(2),
        title: "Harbour Summit 2",
        readerComments: [{ id: "c3", author: "ana", body: "The minister again." }],
        people: [
          { id: P(1), name: "Jane Doe", wikidataId: "Q1001" },
          { id: P(3), name: "Sam Lee2", wikidataId: "Q1003" },
        ],
      },
    ]);
    // The reviews subgraph was only asked to complete our entities, never for a root field.
    expect(reviews.received.length).toBeGreaterThan(0);
    for (const operation of reviews.received) expect(operation.query).toContain("_entities");
    expect(new Set(typenamesSentToReviews())).toEqual(new Set(["Article", "Person"]));
  });

  it("completes a single entity from both subgraphs", async () => {
    const data = await query(`{ person(id: "${P(3)}") { name roles { title organization { name } } wikidataId } }`);
    expect(data.person).toEqual({
      name: "Sam Lee2",
      roles: [{ title: "Reporter", organization: { name: "Harbour News" } }],
      wikidataId: "Q1003",
    });
  });

  it("answers a query that starts in the reviews subgraph and ends here", async () => {
    const data = await query(`{
      latestComments {
        id body
        article { id title events { name } }
        mentions { id name roles { title } wikidataId }
      }
    }`);
    const jane = { id: P(1), name: "Jane Doe", roles: [{ title: "Minister" }], wikidataId: "Q1001" };
    const sam = { id: P(2), name: "Sam Lee1", roles: [{ title: "Reporter" }], wikidataId: null };
    const article1 = { id: A(1), title: "Harbour Summit 1", events: [{ name: "1th Harbour Summit" }] };
    expect(data.latestComments).toEqual([
      {
        id: "c3",
        body: "The minister again.",
        article: { id: A(2), title: "Harbour Summit 2", events: [{ name: "2th Harbour Summit" }] },
        mentions: [jane],
      },
      { id: "c2", body: "Who asked the reporter?", article: article1, mentions: [sam, jane] },
      { id: "c1", body: "Clear account of the summit.", article: article1, mentions: [jane] },
    ]);
    expect(reviews.received).toHaveLength(1);
    expect(reviews.received[0].query).toContain("latestComments");
    // Our side resolved the 3 Article and 4 Person references with one SELECT per entity type, not one each.
    const entitySelects = db.statements.filter((sql) =>
      /^SELECT .* FROM (`main`.`(Article|Person)` WHERE|"public"."(Article|Person)" WHERE|"Article" a WHERE|"Person" p JOIN)/.test(sql),
    );
    expect(entitySelects).toHaveLength(2);
  });

  it("hops reviews → content → reviews within one query", async () => {
    const data = await query(`{ mostDiscussed { id title readerComments { author } people { name wikidataId } } }`);
    expect(data.mostDiscussed).toEqual([
      {
        id: A(1),
        title: "Harbour Summit 1",
        readerComments: [{ author: "ana" }, { author: "bo" }],
        people: [
          { name: "Jane Doe", wikidataId: "Q1001" },
          { name: "Sam Lee1", wikidataId: null },
        ],
      },
      {
        id: A(2),
        title: "Harbour Summit 2",
        readerComments: [{ author: "ana" }],
        people: [
          { name: "Jane Doe", wikidataId: "Q1001" },
          { name: "Sam Lee2", wikidataId: "Q1003" },
        ],
      },
    ]);
    expect(reviews.received[0].query).toContain("mostDiscussed");
    expect(typenamesSentToReviews()).toContain("Person");
  });

  it("follows a quote's speaker from this subgraph into the reviews subgraph", async () => {
    const data = await query(`{ quotes(first: 4, orderBy: { field: PUBLISHED_AT, direction: ASC }) { edges { node { text speaker { name wikidataId } } } } }`);
    expect(data.quotes.edges.map((edge: any) => edge.node.speaker)).toEqual([
      { name: "Jane Doe", wikidataId: "Q1001" },
      { name: "Sam Lee1", wikidataId: null },
      { name: "Jane Doe", wikidataId: "Q1001" },
      { name: "Sam Lee2", wikidataId: "Q1003" },
    ]);
  });

  it("follows Quote.attributedTo (a union) and node(id:) into the reviews subgraph", async () => {
    const data = await query(`{
      quotes(first: 2, orderBy: { field: PUBLISHED_AT, direction: ASC }) { edges { node { attributedTo { __typename ... on Person { id name wikidataId } } } } }
      node(id: "${P(3)}") { __typename id ... on Person { name wikidataId } }
    }`);
    expect(data.quotes.edges.map((edge: any) => edge.node.attributedTo)).toEqual([
      { __typename: "Person", id: P(1), name: "Jane Doe", wikidataId: "Q1001" },
      { __typename: "Person", id: P(2), name: "Sam Lee1", wikidataId: null },
    ]);
    expect(data.node).toEqual({ __typename: "Person", id: P(3), name: "Sam Lee2", wikidataId: "Q1003" });
  });
});
