-- The holders of a surname among the aliases, by an index on the key's last word instead of a LIKE with a
-- leading wildcard (see prisma/migrations/20261201210000_alias_surname_index; src/db/alias-surname.ts writes
-- the same expression).

-- CreateIndex
CREATE INDEX "PersonAlias_surname_idx" ON "PersonAlias"((regexp_replace("key", '^.* ', '')));
