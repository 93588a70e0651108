import fs from "node:fs";
import path from "node:path";
import { buildSubgraph } from "../../src/schema";

describe("schema/schema.graphql", () => {
  it("is the subgraph SDL the code builds (run `npm run schema` after changing types)", async () => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8");
    const { sdl } = await buildSubgraph();
    expect(committed).toBe(sdl);
  });

  it("keeps the federation directives that plain printSchema would drop", async () => {
    const { sdl } = await buildSubgraph();
    expect(sdl).toContain(
      '@link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@tag", "@inaccessible", "@cost", "@listSize"])',
    );
    for (const type of ["PageInfo", "Snippet", "TextRange"]) expect(sdl).toMatch(new RegExp(`type ${type} @shareable \\{`));
    expect(sdl).toMatch(/contentHash: String! @inaccessible/);
    expect(sdl).toMatch(/body: String! @tag\(name: "licensed-text"\)/);
    expect(sdl).toMatch(/externalId: String! @tag\(name: "internal"\)/);
    for (const type of ["Article", "Person", "Event", "Quote", "Organization"]) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node @key\\(fields: "id"\\)`));
    }
  });
});
