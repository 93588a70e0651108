import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { buildSubgraph } from "../../src/schema";

describe("Federation 2 composition", () => {
  it("composes into a supergraph beside another subgraph that extends Person", async () => {
    const { sdl } = await buildSubgraph();
    const other = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Person @key(fields: "id") { id: ID! followers: Int! }
      type Query { trending: [Person!]! }
    `);
    const result = composeServices([
      { name: "content", typeDefs: parse(sdl), url: "http://content/graphql" },
      { name: "social", typeDefs: other, url: "http://social/graphql" },
    ]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain("followers");
    expect(result.supergraphSdl).toContain("quotes");
  });
});
