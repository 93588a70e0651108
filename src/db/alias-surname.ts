import { Prisma } from "../generated/prisma/client";
import type { DatabaseProvider } from "./url";

/**
 * The last word of a person alias's key ("naim qassem" → "qassem", "qassem" → itself), as the SQL expression that
 * migration 20261201210000_alias_surname_index indexes. Finding the holders of a surname by it replaces
 * `"key" = s OR "key" LIKE '% s'`, whose leading wildcard read every alias of the archive for each lookup (1.9 ms at
 * 10,000 aliases, 20,000 articles, and linear beyond). Keys are written by nameKey: lower case, single spaces,
 * trimmed, no `%` or `_`, so both say the same. A query must write the expression exactly as the index does for
 * the engine to use it; `alias` is the table's name or alias in the query.
 */
export function aliasSurnameSql(provider: DatabaseProvider, alias: string): Prisma.Sql {
  const key = Prisma.raw(`${alias}."key"`);
  return provider === "postgresql"
    ? Prisma.sql`regexp_replace(${key}, '^.* ', '')`
    : Prisma.sql`substr(${key}, length(rtrim(${key}, replace(${key}, ' ', ''))) + 1)`;
}
