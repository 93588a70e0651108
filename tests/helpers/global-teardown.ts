import { adminUrl, runSqlSync } from "./postgres";

/** Drops the PostgreSQL template database global-setup.ts made (the per-file copies drop themselves). */
export default function globalTeardown(): void {
  const template = process.env.TEST_POSTGRES_TEMPLATE;
  if (template) runSqlSync(adminUrl(), [`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`]);
}
