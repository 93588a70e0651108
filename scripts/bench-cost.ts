import "reflect-metadata";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { parse } from "graphql";
import { createPrismaClient } from "../src/db/client";
import { operationComplexity } from "../src/limits/complexity";
import { createServer } from "../src/server";

/**
 * Calibrates the cost model (src/limits/complexity.ts): runs typical and expensive queries against the
 * database DATABASE_URL names (seed it with a real corpus first, e.g. `npm run seed -- ../shared/eval/*\/docs`),
 * each `--runs` times after a warm-up, and prints the median milliseconds next to the estimated cost and the
 * cost units per millisecond. A well-calibrated model gives every row about the same units per ms; a row far
 * below the others is under-priced (an attacker's choice), one far above is over-priced.
 *
 * `npm run --silent build && DATABASE_URL=file:… node dist/scripts/bench-cost.js [--runs N]`. Timings are
 * only comparable on an otherwise idle machine.
 */
const QUERIES: Record<string, string> = {
  "by id": `query ($id: ID!) { article(id: $id) { title } }`,
  "page of 20 titles": `{ articles(first: 20) { edges { node { title } } } }`,
  "page of 100, people and quotes": `{ articles(first: 100) { edges { node { title people { name } quotes { text speaker { name } } } } } }`,
  "totalCount of quotes": `{ quotes(first: 1) { totalCount } }`,
  "full text: word": `{ articles(first: 20, filter: { text: "minister" }) { totalCount edges { node { title } } } }`,
  "full text: common word": `{ quotes(first: 20, filter: { text: "said" }) { totalCount edges { node { text } } } }`,
  "full text: 2-letter prefix": `{ articles(first: 20, filter: { text: "st*" }) { totalCount edges { node { title } } } }`,
  "full text: 3-letter prefix": `{ articles(first: 20, filter: { text: "sta*" }) { totalCount edges { node { title } } } }`,
  "full text: 5-letter prefix": `{ articles(first: 20, filter: { text: "state*" }) { totalCount edges { node { title } } } }`,
  "search 100 with snippets": `{ search(query: "minister", first: 100) { totalCount edges { score snippet { html } node { __typename } } } }`,
  "search 2-letter prefix": `{ search(query: "st*", first: 100) { totalCount edges { score snippet { html } } } }`,
  "people 100 + coMentioned": `{ people(first: 100) { edges { node { name coMentioned(first: 10) { articleCount person { name } } } } } }`,
  "people 100 + nested pages": `{ people(first: 100) { edges { node { quotes(first: 20) { totalCount edges { node { text } } } articles(first: 5) { totalCount } } } } }`,
  "events + articles pages": `{ events(first: 100) { edges { node { name articles(first: 20) { totalCount edges { node { title } } } } } } }`,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(argv: string[]): Promise<void> {
  const runsAt = argv.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
  const prisma = createPrismaClient(process.env.DATABASE_URL ?? "file:./data/content.db");
  const server = await createServer(prisma, { limits: { maxComplexity: 10_000_000, maxTokens: 100_000 } });
  const first = await server.apollo.executeOperation({ query: `{ articles(first: 1) { edges { node { id } } } }` }, { contextValue: server.createContext() });
  const id = first.body.kind === "single" ? (first.body.singleResult.data as any)?.articles.edges[0]?.node.id : undefined;
  if (!id) throw new Error("the database holds no article: seed it first");
  const { buildSubgraph } = await import("../src/schema");
  const built = (await buildSubgraph()).schema;

  console.log(`| query | ms (median of ${runs}) | longest event-loop block ms | estimated cost | cost units per ms |`);
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [name, query] of Object.entries(QUERIES)) {
    const variables = { id };
    const cost = operationComplexity(built, parse(query), variables, undefined);
    const times: number[] = [];
    let refused: unknown;
    // How long the event loop stays blocked at a stretch: what a concurrent by-id request waits at worst.
    const blocks = monitorEventLoopDelay({ resolution: 1 });
    blocks.enable();
    for (let i = 0; i <= runs && refused === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5)); // let the delay monitor tick between runs
      const started = performance.now();
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue: server.createContext() });
      const ms = performance.now() - started;
      if (response.body.kind === "single" && response.body.singleResult.errors) refused = response.body.singleResult.errors[0].extensions?.code;
      if (i > 0) times.push(ms); // the first run warms caches
    }
    blocks.disable();
    if (refused !== undefined) {
      console.log(`| ${name} | refused: ${String(refused)} | | ${cost} | |`);
      continue;
    }
    const ms = median(times);
    console.log(`| ${name} | ${ms.toFixed(1)} | ${(blocks.max / 1e6).toFixed(1)} | ${cost} | ${(cost / ms).toFixed(0)} |`);
  }
  await server.stop();
  await prisma.$disconnect();
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`bench-cost failed: ${(error as Error).message}`);
  process.exit(1);
});
