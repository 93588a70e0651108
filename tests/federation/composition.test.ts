import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { buildSubgraph } from "../../src/schema";
import { REVIEWS_TYPE_DEFS } from "./helpers/reviews-subgraph";
import { composeSupergraph } from "./helpers/supergraph";

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

let contentSdl: string;

beforeAll(async () => {
  contentSdl = (await buildSubgraph()).sdl;
});

/** Composes our subgraph with a second one; returns the composition errors as [code, message] pairs. */
function compositionErrors(otherTypeDefs: string): [string, string][] {
  const result = composeServices([
    { name: "content", typeDefs: parse(contentSdl), url: "http://content/graphql" },
    { name: "reviews", typeDefs: parse(otherTypeDefs), url: "http://reviews/graphql" },
  ]);
  return (result.errors ?? []).map((error) => [String(error.extensions.code), error.message]);
}

describe("Federation 2 composition", () => {
  it("composes with the reviews subgraph: both contribute fields to Article and Person", () => {
    const supergraph = composeSupergraph([
      { name: "content", url: "http://content/graphql", sdl: contentSdl },
      { name: "reviews", url: "http://reviews/graphql", sdl: REVIEWS_TYPE_DEFS },
    ]);
    for (const type of ["Article", "Person"]) {
      const definition = supergraph.match(new RegExp(`type ${type}\\b[^{]*`))?.[0] ?? "";
      expect(definition).toContain('@join__type(graph: CONTENT, key: "id")');
      expect(definition).toContain('@join__type(graph: REVIEWS, key: "id")');
    }
    expect(supergraph).toMatch(/readerComments: \[ReaderComment!\]! @join__field\(graph: REVIEWS\)/);
    expect(supergraph).toMatch(/wikidataId: String @join__field\(graph: REVIEWS\)/);
    expect(supergraph).toMatch(/title: String! @join__field\(graph: CONTENT\)/);
  });

  it("fails when the other subgraph declares one of our fields with another type", () => {
    const errors = compositionErrors(`${LINK}
      type Person @key(fields: "id") { id: ID! name: Int }
      type Query { loudest: Person }
    `);
    expect(errors).toContainEqual([
      "FIELD_TYPE_MISMATCH",
      expect.stringContaining('"Person.name" is incompatible across subgraphs'),
    ]);
  });

  it("fails when the other subgraph also resolves one of our non-shareable fields", () => {
    const errors = compositionErrors(`${LINK}
      type Article @key(fields: "id") { id: ID! contentHash: String! }
      type Query { duplicates: [Article!]! }
    `);
    expect(errors).toContainEqual([
      "INVALID_FIELD_SHARING",
      expect.stringContaining('Non-shareable field "Article.contentHash" is resolved from multiple subgraphs'),
    ]);
  });

  it("reports composition errors through the test helper instead of starting a gateway", () => {
    const broken = REVIEWS_TYPE_DEFS.replace("wikidataId: String", "wikidataId: String\n  name: Int");
    expect(() =>
      composeSupergraph([
        { name: "content", url: "http://content/graphql", sdl: contentSdl },
        { name: "reviews", url: "http://reviews/graphql", sdl: broken },
      ]),
    ).toThrow(/composition failed:\nFIELD_TYPE_MISMATCH: .*Person\.name/);
  });

  it("lets another subgraph return the shared value types (PageInfo, Snippet, TextRange)", () => {
    const result = composeServices([
      { name: "content", typeDefs: parse(contentSdl), url: "http://content/graphql" },
      {
        name: "comments",
        url: "http://comments/graphql",
        typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
          type PageInfo @shareable { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
          type TextRange @shareable { start: Int! end: Int! }
          type CommentConnection { pageInfo: PageInfo! totalCount: Int! }
          type Query { comments(first: Int): CommentConnection! mentions(text: String!): [TextRange!]! }`),
      },
    ]);
    expect(result.errors).toBeUndefined();
  });

  it("keeps @inaccessible fields out of the supergraph's API and carries @tag for contracts", () => {
    const result = composeServices([{ name: "content", typeDefs: parse(contentSdl), url: "http://content/graphql" }]);
    expect(result.errors).toBeUndefined();
    const supergraphSdl = result.supergraphSdl!;
    expect(supergraphSdl).toMatch(/contentHash: String! @inaccessible/);
    expect(supergraphSdl).toMatch(/body: String! @tag\(name: "licensed-text"\)/);
    const api = result.schema!.toAPISchema().toGraphQLJSSchema();
    const article = api.getType("Article") as import("graphql").GraphQLObjectType;
    expect(Object.keys(article.getFields())).not.toContain("contentHash");
    expect(Object.keys(article.getFields())).toEqual(expect.arrayContaining(["id", "title", "body", "externalId"]));
  });
});
