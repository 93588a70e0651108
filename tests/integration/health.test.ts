import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../src/db/client";
import { createServer } from "../../src/server";

describe("GET /ready without a reachable database", () => {
  it("answers 503 with the reason while /health stays 200", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "health-"));
    const prisma = createPrismaClient(`file:${path.join(dir, "missing-folder", "content.db")}`);
    const server = await createServer(prisma);
    try {
      const url = await server.listen(0);
      expect((await fetch(url.replace(/\/graphql$/, "/health"))).status).toBe(200);
      const response = await fetch(url.replace(/\/graphql$/, "/ready"));
      expect(response.status).toBe(503);
      const body = (await response.json()) as { status: string; database: string };
      expect(body.status).toBe("unavailable");
      expect(body.database).not.toBe("");
    } finally {
      await server.stop();
      await prisma.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
