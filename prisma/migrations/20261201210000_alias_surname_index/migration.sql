-- The seed and the write API find the stored holders of a surname (a one-word name, or the last word of a full
-- one) among the aliases: `"key" = ? OR "key" LIKE '% ' || ?` could use no index (a leading wildcard), so every
-- such lookup read all aliases (1.9 ms at 10,000 aliases, 20,000 articles; 560 lookups for 2,000 more articles).
-- An index on the key's last word answers it with one search (src/db/alias-surname.ts writes the same
-- expression; an expression index, which Prisma's schema cannot name).

-- CreateIndex
CREATE INDEX "PersonAlias_surname_idx" ON "PersonAlias"(substr("key", length(rtrim("key", replace("key", ' ', ''))) + 1));
