import { composeServices } from "@apollo/composition";
import { buildASTSchema, type GraphQLObjectType, parse } from "graphql";
import { COST_MODEL, operationComplexity } from "../../src/limits/complexity";
import { buildSubgraph } from "../../src/schema";
import { REVIEWS_TYPE_DEFS } from "./helpers/reviews-subgraph";

// Mutations are priced by the same cost model as queries: their weights (COST_MODEL.fieldWeights) are
// what the service's estimate uses and what the supergraph's @cost says, so a router refuses the same.

const MUTATIONS = ["ingestDocuments", "updateArticle", "deleteArticle", "correctQuote", "addQuote", "deleteQuote", "mergePeople", "renamePerson", "splitPerson"];

let supergraphSdl: string;

beforeAll(async () => {
  const result = composeServices([
    { name: "content", typeDefs: parse((await buildSubgraph()).sdl), url: "http://content/graphql" },
    { name: "reviews", typeDefs: parse(REVIEWS_TYPE_DEFS), url: "http://reviews/graphql" },
  ]);
  expect(result.errors).toBeUndefined();
  supergraphSdl = result.supergraphSdl!;
});

describe("mutation cost", () => {
  it("every mutation has a weight in the cost model, published as @cost through composition", () => {
    const schema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
    const fields = (schema.getType("Mutation") as GraphQLObjectType).getFields();
    expect(Object.keys(fields).sort()).toEqual([...MUTATIONS].sort());
    for (const name of MUTATIONS) {
      const weight = COST_MODEL.fieldWeights[`Mutation.${name}`];
      expect(weight).toBeGreaterThan(1);
      const cost = fields[name].astNode?.directives?.find((d) => d.name.value === "cost");
      expect(cost?.arguments?.[0].value).toMatchObject({ kind: "IntValue", value: String(weight) });
    }
  });

  it("the service's estimate is the weight plus the selections", async () => {
    const { schema } = await buildSubgraph();
    const cost = (query: string) => operationComplexity(schema, parse(query), undefined, undefined);
    // ingestDocuments (1000) + added (1) + results: a list, 10 items x (index 1 + article 1 + title 1)
    expect(cost('mutation { ingestDocuments(input: [{ text: "x" }]) { added results { index article { title } } } }')).toBe(
      COST_MODEL.fieldWeights["Mutation.ingestDocuments"] + 1 + 1 + COST_MODEL.listSizeEstimate * 3,
    );
    expect(cost('mutation { correctQuote(input: { quoteId: "x" }) { quote { text } } }')).toBe(COST_MODEL.fieldWeights["Mutation.correctQuote"] + 2);
  });
});
