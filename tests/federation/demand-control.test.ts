import { composeServices } from "@apollo/composition";
import { buildASTSchema, type GraphQLField, type GraphQLObjectType, getNamedType, isListType, isObjectType, getNullableType, isLeafType, parse } from "graphql";
import { COST_MODEL, fieldWeight, operationComplexity } from "../../src/limits/complexity";
import { buildSubgraph } from "../../src/schema";
import { REVIEWS_TYPE_DEFS } from "./helpers/reviews-subgraph";

// Demand control a router can enforce: the subgraph publishes Federation 2.9's @cost and @listSize,
// derived from the service's own cost model (COST_MODEL), and they survive composition.
let contentSdl: string;
let supergraphSdl: string;

beforeAll(async () => {
  contentSdl = (await buildSubgraph()).sdl;
  const result = composeServices([
    { name: "content", typeDefs: parse(contentSdl), url: "http://content/graphql" },
    { name: "reviews", typeDefs: parse(REVIEWS_TYPE_DEFS), url: "http://reviews/graphql" },
  ]);
  expect(result.errors).toBeUndefined();
  supergraphSdl = result.supergraphSdl!;
});

/** The directive applications on a field of the supergraph, as `name(args)` strings. */
function directivesOn(typeName: string, fieldName: string): string[] {
  const schema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
  const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
  return (field.astNode?.directives ?? [])
    .filter((d) => ["cost", "listSize"].includes(d.name.value))
    .map((d) => `${d.name.value}(${(d.arguments ?? []).map((a) => `${a.name.value}: ${printValue(a.value)}`).join(", ")})`);
}

function printValue(value: any): string {
  if (value.kind === "ListValue") return `[${value.values.map(printValue).join(", ")}]`;
  if (value.kind === "StringValue") return JSON.stringify(value.value);
  return String(value.value);
}

/** The @cost directive an expensive field carries (none for a field of the plain weight). */
const costOf = (type: string, field: string) =>
  fieldWeight(type, field) === COST_MODEL.fieldCost ? [] : [`cost(weight: ${fieldWeight(type, field)})`];

const connection = (name: string[]) =>
  `listSize(assumedSize: ${COST_MODEL.defaultPageSize}, slicingArguments: ${JSON.stringify(name).replace(/,/g, ", ")}, sizedFields: ["edges"], requireOneSlicingArgument: false)`;

describe("demand control directives", () => {
  it("link the cost spec through Federation v2.9 in the subgraph and the supergraph", () => {
    expect(contentSdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.9", import: \[[^\]]*"@cost", "@listSize"\]\)/);
    expect(supergraphSdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/cost\/v0\.1"/);
    expect(supergraphSdl).toMatch(/^directive @cost\(weight: Int!\) on /m);
    expect(supergraphSdl).toMatch(/^directive @listSize\(assumedSize: Int, slicingArguments: \[String!\], sizedFields: \[String!\], requireOneSlicingArgument: Boolean = true\) on FIELD_DEFINITION/m);
  });

  it("survive into the supergraph on connections, sized by first or last, with the default page size", () => {
    for (const [type, field] of [["Query", "articles"], ["Query", "quotes"], ["Query", "organizations"], ["Query", "search"],
      ["Person", "quotes"], ["Person", "articles"], ["Event", "articles"], ["Organization", "people"], ["Organization", "quotes"]]) {
      expect(directivesOn(type, field)).toEqual([...costOf(type, field), connection(["first", "last"])]);
    }
  });

  it("size fixed lists by the model's list-size estimate, and nodes(ids:) by the most ids it takes", () => {
    for (const [type, field] of [["Article", "people"], ["Article", "events"], ["Article", "quotes"], ["Person", "roles"]]) {
      expect(directivesOn(type, field)).toEqual([`listSize(assumedSize: ${COST_MODEL.listSizeEstimate})`]);
    }
    expect(directivesOn("Person", "coMentioned")).toEqual([
      ...costOf("Person", "coMentioned"),
      'listSize(assumedSize: 10, slicingArguments: ["first"], requireOneSlicingArgument: false)',
    ]);
    expect(directivesOn("Query", "nodes")).toEqual([`listSize(assumedSize: ${COST_MODEL.maxNodes})`]);
  });

  it("weigh every field as the service does: leaves get @cost(weight: 1), objects keep the router's default of 1", () => {
    expect(directivesOn("Article", "title")).toEqual([`cost(weight: ${COST_MODEL.fieldCost})`]);
    expect(directivesOn("Quote", "kind")).toEqual([`cost(weight: ${COST_MODEL.fieldCost})`]);
    expect(directivesOn("Quote", "article")).toEqual([]);
    // The reviews subgraph's own fields carry nothing of ours.
    expect(directivesOn("Article", "readerComments")).toEqual([]);
  });

  it("cover every list and connection field of this subgraph", () => {
    const schema = buildASTSchema(parse(contentSdl), { assumeValidSDL: true });
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const names = (field.astNode?.directives ?? []).map((d) => d.name.value);
        const isConnection = getNamedType(field.type).name.endsWith("Connection");
        const isList = isListType(getNullableType(field.type)) && !(field.name === "edges" && type.name.endsWith("Connection"));
        if ((isConnection || isList) && !names.includes("listSize")) missing.push(`${type.name}.${field.name}`);
        if (isLeafType(getNamedType(field.type)) && !isListType(getNullableType(field.type)) && !names.includes("cost")) {
          missing.push(`${type.name}.${field.name} (cost)`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("read the same numbers as the service's own estimate: first or last, else the default page size", async () => {
    const { schema } = await buildSubgraph();
    const cost = (query: string) => operationComplexity(schema, parse(query), undefined, undefined);
    // articles (1) + items x (edges 1 + node 1 + title 1)
    expect(cost("{ articles { edges { node { title } } } }")).toBe(1 + COST_MODEL.defaultPageSize * 3);
    expect(cost("{ articles(last: 5) { edges { node { title } } } }")).toBe(1 + 5 * 3);
    expect(cost("{ articles(first: 7) { edges { node { title } } } }")).toBe(1 + 7 * 3);
    // a fixed list: 1 + listSizeEstimate x (name 1)
    expect(cost('{ article(id: "x") { people { name } } }')).toBe(1 + 1 + COST_MODEL.listSizeEstimate);
    // nodes(ids:): one item per id
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(1 + 3);
  });
});
