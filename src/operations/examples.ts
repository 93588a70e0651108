import fs from "node:fs";
import path from "node:path";
import { type OperationDefinitionNode, parse, valueFromASTUntyped } from "graphql";
import { projectRoot } from "../db/migrate";

/** The folder of example operations, one `.graphql` file each. */
export const EXAMPLES_DIR = path.join(projectRoot(), "schema", "operations");
/** The example shown first (in Sandbox and in the plain explorer). */
export const FIRST_EXAMPLE = "who-said-what.graphql";

/** One example operation file. */
export interface ExampleOperation {
  /** The file name, e.g. `who-said-what.graphql`. */
  file: string;
  /** The name of its (first) operation, e.g. `WhoSaidWhat`; null for an anonymous one. */
  operationName: string | null;
  /** The file's text, exactly as stored (comments included). */
  document: string;
  /** The default values of its variables, by name (variables without a default are left out). */
  variables: Record<string, unknown>;
}

/**
 * Reads the `.graphql` files of `dir` (default schema/operations), FIRST_EXAMPLE first and the others by
 * name. Throws naming the file when one is not a parseable GraphQL document.
 */
export function loadExampleOperations(dir: string = EXAMPLES_DIR): ExampleOperation[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".graphql"));
  files.sort((a, b) => Number(b === FIRST_EXAMPLE) - Number(a === FIRST_EXAMPLE) || a.localeCompare(b));
  return files.map((file) => {
    const document = fs.readFileSync(path.join(dir, file), "utf8");
    let operation: OperationDefinitionNode | undefined;
    try {
      operation = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
    } catch (error) {
      throw new Error(`${path.join(dir, file)}: not a GraphQL document (${(error as Error).message})`);
    }
    const variables: Record<string, unknown> = {};
    for (const v of operation?.variableDefinitions ?? []) {
      if (v.defaultValue) variables[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
    }
    return { file, operationName: operation?.name?.value ?? null, document, variables };
  });
}
