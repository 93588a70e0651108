import type { AddressInfo } from "node:net";
import http from "node:http";
import { ApolloGateway, IntrospectAndCompose } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import assert from "node:assert/strict";
import { parse } from "graphql";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startHttpServer, type RunningServer } from "../helpers/http";

/**
 * A second subgraph, as another team would run it: it adds `followers` to our Person entity and has a
 * root field of its own that returns Person references for our subgraph to complete.
 */
async function startSocialSubgraph(): Promise<{ url: string; stop: () => Promise<void> }> {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(`
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
        type Person @key(fields: "id") { id: ID! followers: Int! }
        type Query { trending: [Person!]! }
      `),
      resolvers: {
        Query: { trending: () => [{ id: "1", followers: 10 }] },
        Person: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, followers: Number(ref.id) * 10 }) },
      },
    },
  ]);
  const server = new ApolloServer({ schema });
  await server.start();
  const httpServer = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const result = await server.executeOperation(JSON.parse(Buffer.concat(chunks).toString("utf8")));
    assert(result.body.kind === "single");
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(result.body.singleResult));
  });
  await new Promise<void>((resolve) => httpServer.listen(0, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    stop: async () => {
      await server.stop();
      await new Promise((resolve) => httpServer.close(resolve));
    },
  };
}

let db: TestDatabase;
let content: RunningServer;
let social: Awaited<ReturnType<typeof startSocialSubgraph>>;
let gateway: ApolloServer;

beforeAll(async () => {
  db = createTestDatabase();
  await storeSyntheticArticles(db.prisma, 2);
  content = await startHttpServer(db);
  social = await startSocialSubgraph();
  gateway = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: new IntrospectAndCompose({
        subgraphs: [
          { name: "content", url: content.url },
          { name: "social", url: social.url },
        ],
      }),
    }),
  });
  await gateway.start();
});

afterAll(async () => {
  await gateway?.stop();
  await social?.stop();
  await content?.close();
  await db.drop();
});

describe("behind an Apollo Gateway", () => {
  it("answers a query that spans this subgraph and another one's fields on Person", async () => {
    const response = await gateway.executeOperation({
      query: `{ articles(first: 2, orderBy: { field: PUBLISHED_AT, direction: ASC }) { edges { node { title people { id name followers } } } } }`,
    });
    assert(response.body.kind === "single");
    expect(response.body.singleResult.errors).toBeUndefined();
    const edges = (response.body.singleResult.data as any).articles.edges;
    expect(edges.map((e: any) => e.node.title)).toEqual(["Harbour Summit 1", "Harbour Summit 2"]);
    for (const { node } of edges) {
      for (const person of node.people) expect(person.followers).toBe(Number(person.id) * 10);
    }
    expect(edges[0].node.people.map((p: any) => p.name)).toEqual(["Jane Doe", "Sam Lee1"]);
  });

  it("completes Person references from another subgraph through this one's _entities", async () => {
    const response = await gateway.executeOperation({
      query: `{ trending { id followers name roles { title } quotes { totalCount } } }`,
    });
    assert(response.body.kind === "single");
    expect(response.body.singleResult.errors).toBeUndefined();
    const [jane] = (response.body.singleResult.data as any).trending;
    expect(jane).toMatchObject({ id: "1", followers: 10, name: "Jane Doe", roles: [{ title: "Minister" }] });
    expect(jane.quotes.totalCount).toBe(2);
  });
});
