import { createPrismaClient, type PrismaClient } from "../../src/db/client";
import { upsertPerson } from "../../src/ingest/store/people";
import type { ExtractedPerson } from "../../src/ingest/types";
import { createPostgresTestDatabase, type TestDatabase } from "../helpers/database";
import { describePostgres } from "../helpers/postgres";

// Two writers (two processes' clients: separate connection pools) meet the same new person at the same
// moment, each inside its own transaction and without the shared write lock: the unique name and the upsert
// (INSERT … ON CONFLICT) make them one Person, and the second transaction neither fails nor duplicates it.

const MARA: ExtractedPerson = { name: "Mara Voss", aliases: ["Voss"], honorifics: [], roles: [{ title: "union chair", organization: null }] };

let db: TestDatabase;
let other: PrismaClient;

describePostgres("two writers racing on the same new person", () => {
  beforeAll(() => {
    db = createPostgresTestDatabase();
    other = createPrismaClient(db.url);
  });

  afterAll(async () => {
    await other?.$disconnect();
    await db?.drop();
  });

  it("create one Person: both get its id, neither transaction fails", async () => {
    let inside = 0;
    const bothInside = new Promise<void>((resolve) => {
      const check = setInterval(() => inside === 2 && (clearInterval(check), resolve()), 5);
    });
    const race = (client: PrismaClient) =>
      client.$transaction(async (tx) => {
        // Both transactions have started and read nothing yet: then both look for and create Mara Voss.
        inside++;
        await bothInside;
        const id = await upsertPerson(tx, MARA);
        // Hold the transaction open a moment, so the other writer's INSERT meets this uncommitted row.
        await new Promise((resolve) => setTimeout(resolve, 150));
        return id;
      });
    const [a, b] = await Promise.all([race(db.prisma), race(other)]);
    expect(a).toBe(b);
    expect(await db.prisma.person.count({ where: { name: "Mara Voss" } })).toBe(1);
    const aliases = await db.prisma.personAlias.findMany({ where: { personId: a }, select: { key: true }, orderBy: { key: "asc" } });
    expect(aliases.map((alias) => alias.key)).toEqual(["mara voss", "voss"]);
  });
});
