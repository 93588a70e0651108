import { performance } from "node:perf_hooks";
import { extract } from "../src/ingest/extract";
import { readDocuments } from "../src/ingest/parse/read";
import type { SourceDocument } from "../src/ingest/types";
import { ADVERSARIAL_SHAPES, adversarialInput, type AdversarialShape } from "./adversarial-inputs";

/** What one benchmark run over a set of documents measured. */
export interface BenchResult {
  documents: number;
  runs: number;
  /** Median over the runs of the wall time of one pass over all documents, in milliseconds. */
  medianMs: number;
  docsPerSecond: number;
  msPerDocument: number;
  /** Documents per second of CPU time (user + system) over all timed passes. */
  docsPerCpuSecond: number;
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Extracts every document `runs` times (after one warm-up pass that is not counted) and reports the median
 * time of a pass as documents per second and milliseconds per document. Parsing is done once, before timing:
 * only `extract` is measured.
 */
export function benchExtract(documents: readonly SourceDocument[], runs: number): BenchResult {
  if (!documents.length) throw new Error("no documents to extract");
  for (const doc of documents) extract(doc);
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const doc of documents) extract(doc);
    times.push(performance.now() - t0);
  }
  const medianMs = median(times);
  const cpu = process.cpuUsage(cpu0);
  return {
    documents: documents.length,
    runs,
    medianMs,
    docsPerSecond: (documents.length * 1000) / medianMs,
    msPerDocument: medianMs / documents.length,
    docsPerCpuSecond: (documents.length * runs * 1e6) / Math.max(1, cpu.user + cpu.system),
  };
}

/** One document whose body is `body`, for timing extraction on generated text. */
export function syntheticDocument(body: string): SourceDocument {
  return { externalId: "bench", file: "bench.txt", source: "Bench", date: "2023-10-02", body, bodyOffset: 0 };
}

/** What extracting one generated body cost. */
export interface AdversarialResult {
  shape: AdversarialShape;
  /** Body size in characters. */
  size: number;
  wallMs: number;
  /** CPU time of this process (user + system) during the extraction. */
  cpuMs: number;
  /** cpuMs scaled to 100 KB (102,400 characters). */
  cpuMsPer100KB: number;
}

/** Extracts the adversarial body of `shape` with `size` characters once and times it (wall and CPU). */
export function benchAdversarial(shape: AdversarialShape, size: number): AdversarialResult {
  const doc = syntheticDocument(adversarialInput(shape, size));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  extract(doc);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { shape, size, wallMs, cpuMs, cpuMsPer100KB: (cpuMs * 102_400) / size };
}

/**
 * `--adversarial [--sizes 100,1024] [--shape NAME]`: extracts every adversarial shape (scripts/adversarial-inputs.ts)
 * at each size in KB and prints wall and CPU milliseconds, and CPU ms per 100 KB, so growth can be read off: linear
 * extraction gives about the same ms/100KB at every size. The budget is 1 s per 100 KB.
 */
function mainAdversarial(args: string[]): void {
  const sizesAt = args.indexOf("--sizes");
  const sizes = (sizesAt >= 0 ? args[sizesAt + 1] : "100,1024").split(",").map(Number);
  if (sizes.some((k) => !Number.isFinite(k) || k <= 0)) throw new Error("--sizes takes sizes in KB separated by commas, e.g. 100,1024");
  const shapeAt = args.indexOf("--shape");
  const shapes = shapeAt >= 0 ? [args[shapeAt + 1] as AdversarialShape] : ADVERSARIAL_SHAPES;
  for (const s of shapes) if (!ADVERSARIAL_SHAPES.includes(s)) throw new Error(`unknown shape "${s}" (one of ${ADVERSARIAL_SHAPES.join(", ")})`);
  // Warm up (module loading, regex compilation) on ordinary text, outside the timings.
  for (let i = 0; i < 20; i++) extract(syntheticDocument(adversarialInput("news", 4096 + i)));
  console.log(`${"shape".padEnd(20)} ${"size".padStart(8)} ${"wall ms".padStart(9)} ${"cpu ms".padStart(9)} ${"cpu ms/100KB".padStart(13)}`);
  for (const shape of shapes) {
    for (const kb of sizes) {
      const r = benchAdversarial(shape, Math.round(kb * 1024));
      console.log(`${shape.padEnd(20)} ${`${kb} KB`.padStart(8)} ${r.wallMs.toFixed(0).padStart(9)} ${r.cpuMs.toFixed(0).padStart(9)} ${r.cpuMsPer100KB.toFixed(0).padStart(13)}`);
    }
  }
}

/**
 * `npm run bench:extract [DIR|FILE…] [--runs N]`: reads the documents (default ./documents), extracts them
 * N times (default 5) and prints documents/second and ms/document, medians of the runs, and the CPU time of the
 * timed passes (documents per CPU second: what one core does, whatever else the machine runs).
 * `npm run bench:extract -- --adversarial`: see mainAdversarial.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--adversarial")) return mainAdversarial(args);
  const at = args.indexOf("--runs");
  const runs = at >= 0 ? Number(args[at + 1]) : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs needs a positive whole number");
  const paths = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  const documents: SourceDocument[] = [];
  for await (const result of readDocuments(paths.length ? paths : ["documents"])) {
    for (const e of result.errors) console.error(e.message);
    documents.push(...result.documents);
  }
  const r = benchExtract(documents, runs);
  console.log(
    `extracted ${r.documents} documents × ${r.runs} runs: ${r.docsPerSecond.toFixed(1)} documents/second, ` +
      `${r.msPerDocument.toFixed(2)} ms/document (median pass ${r.medianMs.toFixed(1)} ms); ` +
      `${r.docsPerCpuSecond.toFixed(1)} documents per CPU second`,
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
