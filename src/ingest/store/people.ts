import { aliasSurnameSql } from "../../db/alias-surname";
import { dialectOf } from "../../db/dialect";
import { writeHonorifics } from "../../db/honorifics";
import type { Prisma } from "../../generated/prisma/client";
import type { ExtractedPerson } from "../types";
import { upsertOrganization } from "./organizations";
import { nameKey } from "../resolve/name-key";
import { SURNAME_HOLDERS_READ, distinctPeople, lookupKeys, mergedIdentity, normalizedPerson, pickByAliases, pickSurnameHolder } from "../resolve/person-lookup";
import { roleKey, type CachedPerson, type StoreCache } from "./store-cache";

type Tx = Prisma.TransactionClient;

/** The stored person an extracted one is, or null for a new one (the rules: person-lookup.ts). */
async function findPerson(tx: Tx, person: ExtractedPerson, cache?: StoreCache): Promise<CachedPerson | null> {
  const byName = cache?.personByName.get(person.name) ?? (await tx.person.findFirst({ where: { name: person.name } }));
  // Names are unique: the same written name is the same record.
  if (byName) return byName;
  const { aliasKeys, surname } = lookupKeys(person);
  if (aliasKeys) {
    const hits = await tx.personAlias.findMany({ where: { key: { in: aliasKeys } }, select: { person: true } });
    const picked = pickByAliases(hits.map((hit) => hit.person), person);
    if (picked !== undefined) return picked;
  }
  return pickSurnameHolder(await surnameHolders(tx, surname), person);
}

/**
 * The stored people with `surname` as a one-word alias or as the last word of a name or alias (at most 3), off
 * the index on the aliases' last words (aliasSurnameSql).
 */
async function surnameHolders(tx: Tx, surname: string): Promise<CachedPerson[]> {
  const hits = await tx.$queryRaw<CachedPerson[]>`SELECT p."id", p."name", p."honorifics" FROM "PersonAlias" a
    JOIN "Person" p ON p."id" = a."personId" WHERE ${aliasSurnameSql(dialectOf(tx), "a")} = ${surname}`;
  return distinctPeople(hits.map((hit) => ({ ...hit, id: Number(hit.id) }))).slice(0, SURNAME_HOLDERS_READ);
}

/**
 * Stores an extracted person, merging with the person already stored under the same name or alias:
 * new aliases, honorifics and roles are added; a one-word name gives way to a full one. Honorifics written
 * inside the name ("Sheikh Naim Qassem") are moved to the honorifics. Returns the id. With a `cache` (the
 * seed's, see StoreCache) what it already knows is not read again and unchanged rows are not written.
 */
export async function upsertPerson(tx: Tx, extracted: ExtractedPerson, cache?: StoreCache): Promise<number> {
  const person = normalizedPerson(extracted);
  const found = await findPerson(tx, person, cache);
  let id: number;
  let canonical = person.name;
  if (!found) {
    // An upsert on the unique name (INSERT … ON CONFLICT): a writer that created the same person a moment ago
    // (another worker, outside this process's write lock) gives its row instead of a unique-key error; the
    // few conflicts left (its aliases) fail with P2002, and the store retries the document (isRetryableStoreError).
    const created = await tx.person.upsert({
      where: { name: person.name },
      create: { name: person.name, honorifics: writeHonorifics(person.honorifics) },
      update: { name: person.name },
    });
    id = created.id;
    cache?.rememberPerson(created);
  } else {
    id = found.id;
    const merged = mergedIdentity(found, person);
    const honorifics = merged.honorifics;
    canonical = merged.name;
    // Only a change is written (most mentions of a known person change nothing).
    if (canonical !== found.name || honorifics !== found.honorifics) {
      await tx.person.update({ where: { id }, data: { name: canonical, honorifics } });
    }
    cache?.rememberPerson({ ...found, name: canonical, honorifics }, found.name);
  }
  await addAliases(tx, id, canonical, [person.name, ...person.aliases, ...(found ? [found.name] : [])], cache);
  await addRoles(tx, id, person, cache);
  return id;
}

async function addAliases(tx: Tx, personId: number, canonical: string, names: string[], cache?: StoreCache): Promise<void> {
  let existing = cache?.aliasKeys.get(personId);
  if (!existing) {
    existing = new Set((await tx.personAlias.findMany({ where: { personId }, select: { key: true } })).map((a) => a.key));
    cache?.aliasKeys.set(personId, existing);
  }
  const fresh = new Map<string, string>();
  // The canonical name is stored as an alias too: it is how later documents find this person.
  for (const alias of [canonical, ...names]) {
    const key = nameKey(alias);
    if (key && !existing.has(key) && !fresh.has(key)) fresh.set(key, alias);
  }
  if (fresh.size > 0) {
    await tx.personAlias.createMany({ data: [...fresh].map(([key, alias]) => ({ personId, key, alias })) });
    for (const key of fresh.keys()) existing.add(key);
  }
}

async function addRoles(tx: Tx, personId: number, person: ExtractedPerson, cache?: StoreCache): Promise<void> {
  let known = cache?.roles.get(personId);
  if (cache && !known && person.roles.length > 0) {
    const stored = await tx.role.findMany({ where: { personId }, select: { title: true, organizationId: true } });
    known = new Set(stored.map((r) => roleKey(r.title, r.organizationId)));
    cache.roles.set(personId, known);
  }
  for (const role of person.roles) {
    const organizationId = role.organization ? await upsertOrganization(tx, role.organization, cache) : null;
    if (known) {
      if (known.has(roleKey(role.title, organizationId))) continue;
      await tx.role.create({ data: { personId, title: role.title, organizationId } });
      known.add(roleKey(role.title, organizationId));
      continue;
    }
    const exists = await tx.role.findFirst({ where: { personId, title: role.title, organizationId } });
    if (!exists) await tx.role.create({ data: { personId, title: role.title, organizationId } });
  }
}
