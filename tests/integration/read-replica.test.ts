import { createPrismaClient, type PrismaClient, type QueryTarget } from "../../src/db/client";
import { createServer, type AppServer } from "../../src/server";
import { toGlobalId } from "../../src/services/global-id";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createToken, dataOf, executeAs } from "../helpers/auth";
import { createPostgresDatabase, describePostgres, dropPostgresDatabase } from "../helpers/postgres";

// DATABASE_READ_URL: reads (model reads and the loaders' raw SELECTs) go to the read replica, writes and
// transactions to the primary. The
// "replica" here is the same database under a second URL, so that what the primary wrote is there; the
// SQL log says which connection each statement went to.

let prisma: PrismaClient;
let server: AppServer;
let name: string;
const log: { target: QueryTarget; sql: string }[] = [];

describePostgres("DATABASE_READ_URL", () => {
  beforeAll(async () => {
    const created = createPostgresDatabase()!;
    name = created.name;
    const replicaUrl = `${created.url}${created.url.includes("?") ? "&" : "?"}application_name=replica`;
    prisma = createPrismaClient(created.url, { readUrl: replicaUrl, onQuery: (sql, target) => log.push({ target, sql }) });
    await storeSyntheticArticles(prisma, 3);
    server = await createServer(prisma);
  });

  afterAll(async () => {
    await server?.stop();
    await prisma?.$disconnect();
    if (name) dropPostgresDatabase(name);
  });

  it("sends a query's reads to the replica and none to the primary", async () => {
    log.length = 0;
    const result = await executeAs(server, null, `{ people(first: 5) { totalCount edges { node { name } } } articles { totalCount } }`);
    expect(dataOf(result).people.totalCount).toBeGreaterThan(0);
    const people = log.filter((entry) => /FROM ("public".)?"Person"/.test(entry.sql));
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((entry) => entry.target === "replica")).toBe(true);
    expect(log.filter((entry) => entry.target === "primary" && /("public".)?"Article"/.test(entry.sql))).toEqual([]);
  });

  it("checks API keys on the primary: a revoked key stops working even before a replica has the revocation", async () => {
    const token = await createToken(prisma, ["write"]);
    log.length = 0;
    const ok = await executeAs(server, token, `mutation { renamePerson(input: { id: "${toGlobalId("Person", 1)}", name: "Key Check" }) { person { name } } }`);
    expect(ok.errors).toBeUndefined();
    const keyReads = log.filter((entry) => entry.sql.includes(`FROM "public"."ApiKey"`));
    expect(keyReads.length).toBeGreaterThan(0);
    expect(keyReads.every((entry) => entry.target === "primary")).toBe(true);
  });

  it("sends a mutation's transaction to the primary, and the replica reads what it wrote", async () => {
    const token = await createToken(prisma, ["write"]);
    const person = await prisma.person.findFirstOrThrow({ orderBy: { id: "asc" } });
    log.length = 0;
    const renamed = await executeAs(
      server,
      token,
      `mutation R($id: ID!) { renamePerson(input: { id: $id, name: "Renamed Through Primary" }) { person { name } } }`,
      { id: toGlobalId("Person", person.id) },
    );
    expect(dataOf(renamed).renamePerson.person.name).toBe("Renamed Through Primary");
    const updates = log.filter((entry) => /^UPDATE "public"."Person"/.test(entry.sql));
    expect(updates.map((entry) => entry.target)).toEqual(["primary"]);
    expect(log.some((entry) => entry.target === "replica" && /^(UPDATE|INSERT|DELETE)/.test(entry.sql))).toBe(false);
    log.length = 0;
    const read = await executeAs(server, null, `{ people(filter: { namePrefix: "renamed through" }) { edges { node { name } } } }`);
    expect(dataOf(read).people.edges).toEqual([{ node: { name: "Renamed Through Primary" } }]);
    const reads = log.filter((entry) => /FROM ("public".)?"Person"/.test(entry.sql));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((entry) => entry.target === "replica")).toBe(true);
  });
});
