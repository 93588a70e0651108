import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "../../src/db/client";
import { toGlobalId } from "../../src/services/global-id";
import { createToken } from "../helpers/auth";
import { adminUrl, describePostgres, runSqlSync, withDatabase } from "../helpers/postgres";
import { ROOT } from "../helpers/processes";
import { startReplica, startReplicatedGateway, stopReplica, type Replica, type ReplicatedGateway } from "./helpers/replicas";
import { composeSupergraph, fetchSubgraphSdl } from "./helpers/supergraph";

// Two server processes of this service on one PostgreSQL database, behind @apollo/gateway that sends each
// subgraph request to the next replica: nothing a request needs lives in one process, so what one replica
// writes the other reads at once. Both start at the same moment on an empty database: one migrates and seeds,
// the other waits for Prisma's migration lock and finds the seed article stored.

const RENAME = `mutation R($id: ID!, $name: String!) { renamePerson(input: { id: $id, name: $name }) { person { id name } } }`;
const PERSON = `query P($id: ID!) { person(id: $id) { id name } }`;

const database = `content_replicas_${process.pid}_${Date.now().toString(36)}`;
let url: string;
let replicas: Replica[] = [];
let gateway: ReplicatedGateway;
let prisma: PrismaClient;
let documents: string;

describePostgres("two replicas on one PostgreSQL database behind @apollo/gateway", () => {
  beforeAll(async () => {
    const error = runSqlSync(adminUrl(), [`CREATE DATABASE "${database}"`]);
    if (error) throw new Error(error);
    url = withDatabase(adminUrl(), database);
    documents = fs.mkdtempSync(path.join(os.tmpdir(), "replica-docs-"));
    fs.copyFileSync(path.join(ROOT, "documents", fs.readdirSync(path.join(ROOT, "documents")).find((f) => f.endsWith(".txt"))!), path.join(documents, "seed.txt"));
    replicas = await Promise.all([1, 2].map(() => startReplica({ DATABASE_URL: url, DOCUMENTS_DIR: documents })));
    const sdl = await fetchSubgraphSdl(replicas[0].url);
    const supergraph = composeSupergraph([{ name: "content", url: replicas[0].url, sdl }]);
    gateway = await startReplicatedGateway(supergraph, replicas[0].url, replicas.map((r) => r.url));
    prisma = createPrismaClient(url);
  }, 180_000);

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(replicas.map(stopReplica));
    await prisma?.$disconnect();
    runSqlSync(adminUrl(), [`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`]);
    fs.rmSync(documents, { recursive: true, force: true });
  }, 60_000);

  it("started both on an empty database: migrated once, the seed article stored once", async () => {
    expect(replicas[0].url).not.toBe(replicas[1].url);
    expect(await prisma.article.count()).toBe(1);
    const migrations = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS "n" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`;
    expect(Number(migrations[0].n)).toBe(fs.readdirSync(path.join(ROOT, "prisma", "postgresql", "migrations")).filter((d) => !d.endsWith(".toml")).length);
  });

  it("reads through one replica what a mutation wrote through the other, every time", async () => {
    const token = await createToken(prisma, ["write"]);
    const { id } = await prisma.person.findUniqueOrThrow({ where: { name: "Naim Qassem" } });
    const person = toGlobalId("Person", id);
    for (const name of ["Naim Qassem (renamed once)", "Naim Qassem (renamed twice)", "Naim Qassem"]) {
      const from = gateway.routed.length;
      const write = await gateway.post(RENAME, { id: person, name }, { authorization: `Bearer ${token}` });
      expect(write.body.errors).toBeUndefined();
      expect(write.body.data.renamePerson.person).toEqual({ id: person, name });
      const read = await gateway.post(PERSON, { id: person });
      expect(read.body.errors).toBeUndefined();
      expect(read.body.data.person).toEqual({ id: person, name });
      const [writer, reader] = gateway.routed.slice(from);
      expect(writer).toBeDefined();
      expect(reader).toBeDefined();
      expect(reader).not.toBe(writer);
    }
    expect(new Set(gateway.routed)).toEqual(new Set(replicas.map((r) => r.url)));
  }, 60_000);

  it("answers a search on the other replica for an article ingested through one", async () => {
    const token = await createToken(prisma, ["write"]);
    const ingest = `mutation I($input: [IngestDocumentInput!]!) { ingestDocuments(input: $input) { results { status article { id } } } }`;
    const text = 'date 2024-05-06 Harbour Herald - The zeppelinkeepers union will strike again. "We stay out until Friday," its chair Mara Voss said.';
    const from = gateway.routed.length;
    const write = await gateway.post(ingest, { input: [{ text }] }, { authorization: `Bearer ${token}` });
    expect(write.body.errors).toBeUndefined();
    const read = await gateway.post(`{ search(query: "zeppelinkeep*") { totalCount } }`);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.search.totalCount).toBeGreaterThanOrEqual(1);
    const [writer, reader] = gateway.routed.slice(from);
    expect(reader).not.toBe(writer);
  }, 60_000);
});
