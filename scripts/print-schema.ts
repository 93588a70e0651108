import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/db/migrate";
import { buildSubgraph } from "../src/schema";

/** The committed subgraph SDL that `npm run schema` regenerates and tests/federation checks. */
export const SCHEMA_FILE = path.join(projectRoot(), "schema", "schema.graphql");

/** `npm run schema`: writes the printed subgraph SDL (with its directives) to schema/schema.graphql. */
async function main(): Promise<void> {
  const { sdl } = await buildSubgraph();
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)} (${sdl.length} bytes)`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
