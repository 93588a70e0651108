import { Client } from "pg";
import { adminUrl, testDatabasePrefix } from "./postgres";

/**
 * Drops the PostgreSQL template database global-setup.ts made, and any per-file database of this run that a
 * test file left behind (one that timed out before its afterAll dropped it).
 */
export default async function globalTeardown(): Promise<void> {
  const template = process.env.TEST_POSTGRES_TEMPLATE;
  if (!template) return;
  const client = new Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const prefix = testDatabasePrefix().replace(/_/g, "\\_");
    const left = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}%`]);
    for (const { datname } of left.rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
