import { createPrismaClient } from "../../src/db/client";
import { prismaReadinessCheck } from "../../src/health";
import { createPostgresTestDatabase } from "../helpers/database";
import { describePostgres } from "../helpers/postgres";
import { startHttpServer } from "../helpers/http";

// /ready on PostgreSQL reads the main tables through the service's own pool and says why it cannot.

describe("/ready on PostgreSQL without a server", () => {
  it("answers not ready, 'database server cannot be reached', within its time budget", async () => {
    const prisma = createPrismaClient("postgresql://postgres@127.0.0.1:1/none");
    try {
      const started = performance.now();
      expect(await prismaReadinessCheck(prisma)()).toEqual({ ready: false, reason: "database server cannot be reached" });
      expect(performance.now() - started).toBeLessThan(3_000);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describePostgres("/ready on a PostgreSQL database", () => {
  it("is 200 on a migrated database and 503 'database is not migrated' once a main table is gone", async () => {
    const db = createPostgresTestDatabase();
    const http = await startHttpServer(db);
    const ready = () => fetch(http.url.replace(/\/graphql$/, "/ready")).then(async (r) => ({ status: r.status, body: (await r.json()) as { status: string; database: string } }));
    try {
      expect(await ready()).toEqual({ status: 200, body: { status: "ready", database: "ok" } });
      await db.prisma.$executeRawUnsafe(`DROP TABLE "Event" CASCADE`);
      const broken = await ready();
      expect(broken.status).toBe(503);
      expect(broken.body.database).toMatch(/^database is not migrated/);
    } finally {
      await http.close();
      await db.drop();
    }
  });
});
