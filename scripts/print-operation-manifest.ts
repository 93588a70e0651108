import { loadConfig } from "../src/config";
import { loadOperationManifest, toManifestFile } from "../src/persisted/manifest";

/**
 * `npm run --silent operations:manifest > manifest.json`: prints the safelist of PERSISTED_OPERATIONS_ONLY
 * (the example operations, then PERSISTED_OPERATIONS_FILE's when set) as an Apollo persisted query
 * manifest: what a router's `persisted_queries.local_manifests` or a client's build can use.
 */
function main(): void {
  const manifest = loadOperationManifest(loadConfig().persistedOperationsFile);
  process.stdout.write(JSON.stringify(toManifestFile(manifest), null, 2) + "\n");
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
