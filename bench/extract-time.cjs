// Extraction alone, for the ingestion report's "extraction vs storing" split:
//   node bench/extract-time.cjs DIR   → prints {"documents", "parseMs", "extractMs"} as JSON
// One pass, no warm-up (as a seed run does it), through the service's own compiled parse and extract.
"use strict";
const path = require("node:path");
const { performance } = require("node:perf_hooks");

const root = path.resolve(__dirname, "..");
const { readDocuments } = require(path.join(root, "dist/src/ingest/parse/read"));
const { extract } = require(path.join(root, "dist/src/ingest/extract"));

(async () => {
  const t0 = performance.now();
  const documents = [];
  for await (const file of readDocuments([process.argv[2]])) documents.push(...file.documents);
  const t1 = performance.now();
  for (const doc of documents) extract(doc);
  const t2 = performance.now();
  console.log(JSON.stringify({ documents: documents.length, parseMs: t1 - t0, extractMs: t2 - t1 }));
})().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
