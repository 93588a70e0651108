import fs from "node:fs";
import path from "node:path";
import { type OperationDefinitionNode, parse } from "graphql";
import { projectRoot } from "../../src/db/migrate";
import { seedDocuments } from "../../src/ingest/seed";
import { createServer, exampleOperations, OPERATIONS_DIR, type AppServer } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { execute } from "../helpers/graphql";
import { createToken, executeAs } from "../helpers/auth";

// Every example operation in schema/operations runs, with its default variables, against the seed
// document loaded the way `npm run seed` loads it: the examples in the README and Sandbox never rot.
const files = fs.readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith(".graphql")).sort();

let db: TestDatabase;
let server: AppServer;
/** The example mutations (ingest, correct-quote) run with a write key, as a client sends them. */
let writeToken: string;

beforeAll(async () => {
  db = createTestDatabase();
  const summary = await seedDocuments(db.prisma, [path.join(projectRoot(), "documents")]);
  expect(summary.failed).toBe(0);
  server = await createServer(db.prisma);
  writeToken = await createToken(db.prisma, ["write"], "example operations");
});

afterAll(async () => {
  await server.stop();
  await db.drop();
});

/** Counts the objects in a result that have at least one non-null field: an empty answer counts 0. */
function filledObjects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + filledObjects(v), 0);
  if (value && typeof value === "object") {
    const values = Object.values(value);
    return (values.some((v) => v !== null && typeof v !== "object") ? 1 : 0) + values.reduce((n: number, v) => n + filledObjects(v), 0);
  }
  return 0;
}

describe("example operations", () => {
  it("has some", () => expect(files.length).toBeGreaterThanOrEqual(4));

  it.each(files)("%s runs without errors and finds data in the seed article", async (file) => {
    const document = fs.readFileSync(path.join(OPERATIONS_DIR, file), "utf8");
    expect(parse(document).definitions).toHaveLength(1);
    const isMutation = (parse(document).definitions[0] as OperationDefinitionNode).operation === "mutation";
    const result = isMutation ? await executeAs(server, writeToken, document) : await execute(server, document);
    expect(result.errors).toBeUndefined();
    expect(filledObjects(result.data)).toBeGreaterThanOrEqual(3);
  });

  it("are all preloaded into the Sandbox landing page, who-said-what first", () => {
    const all = exampleOperations();
    const names = parse(all).definitions.map((d: any) => d.name.value);
    expect(names).toHaveLength(files.length);
    expect(names[0]).toBe("WhoSaidWhat");
  });
});

describe("the write examples do what their comments say", () => {
  const run = (file: string) => executeAs(server, writeToken, fs.readFileSync(path.join(OPERATIONS_DIR, file), "utf8"));

  it("correct-quote confirms the seed article's first quote as Naim Qassem's, marked corrected", async () => {
    const result = await run("correct-quote.graphql");
    expect(result.data?.correctQuote.quote).toMatchObject({ kind: "INDIRECT", corrected: true, attributedTo: { name: "Naim Qassem" } });
  });

  it("ingest stores both documents (UNCHANGED when they are stored already) with Ana Ruiz as one person", async () => {
    const result = await run("ingest.graphql");
    const statuses = result.data?.ingestDocuments.results.map((r: { status: string }) => r.status);
    expect(statuses).toHaveLength(2);
    expect(statuses.every((s: string) => s === "ADDED" || s === "UNCHANGED")).toBe(true);
    expect(await db.prisma.person.count({ where: { name: "Ana Ruiz" } })).toBe(1);
  });
});
