#!/usr/bin/env node
// Creates or drops a PostgreSQL database for scripts (smoke test, CI, benchmarks), through pg (no psql needed).
//   node scripts/pg-database.mjs create NAME [ADMIN_URL]   prints the new database's URL
//   node scripts/pg-database.mjs drop NAME [ADMIN_URL]
// ADMIN_URL: a database to connect to for that (default $POSTGRES_ADMIN_URL or postgresql://postgres@127.0.0.1:5432/postgres).
import pg from "pg";

const [action, name, admin = process.env.POSTGRES_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/postgres"] = process.argv.slice(2);
if (!["create", "drop"].includes(action) || !/^[a-z_][a-z0-9_]{0,62}$/.test(name ?? "")) {
  console.error("usage: node scripts/pg-database.mjs create|drop NAME [ADMIN_URL] (NAME: lower-case letters, digits, _)");
  process.exit(2);
}
const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  if (action === "create") {
    await client.query(`CREATE DATABASE "${name}"`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    console.log(url.toString());
  } else {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
} catch (error) {
  console.error(`pg-database: cannot ${action} ${name} on ${new URL(admin).host}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => {});
}
