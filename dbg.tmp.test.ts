import { parse, validate, specifiedRules, execute } from "graphql";
import { buildSubgraph } from "./src/schema";
import { armorValidation } from "./src/limits/armor";
import { measureOperation } from "./src/limits/budget";
import { operationComplexity } from "./src/limits/complexity";
import { fragmentChain } from "./tests/abuse/helpers";
it("dbg", async () => {
  const { schema } = await buildSubgraph();
  const doc = parse(fragmentChain(3000));
  const step = (name: string, f: () => unknown) => { try { f(); console.log(name, "ok"); } catch (e) { console.log(name, (e as Error).stack?.split("\n").slice(0, 8).join("\n")); } };
  step("validate", () => validate(schema, doc, specifiedRules));
  step("armor", () => validate(schema, doc, armorValidation({ maxAliases: 30, maxDirectives: 20, blockFieldSuggestions: false }).validationRules));
  step("measure", () => measureOperation(doc, doc.definitions[0] as any));
  step("complexity", () => operationComplexity(schema, doc, {}, undefined));
  step("execute", () => execute({ schema, document: doc, contextValue: {} }));
});
