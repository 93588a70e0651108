import { readHonorifics, writeHonorifics } from "../../db/honorifics";
import type { Prisma } from "../../generated/prisma/client";
import type { ExtractedPerson } from "../types";
import { upsertOrganization } from "./organizations";
import { isSingleWord, nameKey } from "../resolve/name-key";
import { contradicts, personKey, splitHonorifics } from "../resolve/person-match";
import { roleKey, type CachedPerson, type StoreCache } from "./store-cache";

type Tx = Prisma.TransactionClient;

/**
 * Finds the stored person an extracted person is, or null for a new one. Honorifics never take part in
 * matching ("Sheikh Naim Qassem" is "Naim Qassem"), and nothing matches a stored person that contradicts the
 * extracted one (another first name, another gender: see `contradicts`).
 * - A full name matches the stored person with that canonical name or a multi-word alias in common when
 *   exactly one does; otherwise a stored one-word person with its surname, when that is the only stored
 *   person of that surname.
 * - A one-word name ("Qassem") matches only when exactly one stored person has that surname (or that
 *   one-word alias): "Jane Smith" and "John Smith" make a bare "Smith" a new person.
 */
async function findPerson(tx: Tx, person: ExtractedPerson, cache?: StoreCache): Promise<CachedPerson | null> {
  const key = personKey(person.name);
  const agrees = (p: CachedPerson) => !contradicts({ name: p.name, honorifics: readHonorifics(p.honorifics) }, person);
  const byName = cache?.personByName.get(person.name) ?? (await tx.person.findFirst({ where: { name: person.name } }));
  // Names are unique: the same written name is the same record.
  if (byName) return byName;
  if (!isSingleWord(key)) {
    const keys = [key, ...person.aliases.map(personKey).filter((k) => k && !isSingleWord(k))];
    const aliasHits = await tx.personAlias.findMany({ where: { key: { in: [...new Set(keys)] } }, select: { person: true } });
    const candidates = [...new Map(aliasHits.map((hit) => [hit.person.id, hit.person])).values()].filter(agrees);
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1) return null;
    const holders = await surnameHolders(tx, key.split(" ").at(-1)!);
    return holders.length === 1 && isSingleWord(nameKey(holders[0].name)) && agrees(holders[0]) ? holders[0] : null;
  }
  const holders = await surnameHolders(tx, key);
  return holders.length === 1 && agrees(holders[0]) ? holders[0] : null;
}

/** The stored people with `surname` as a one-word alias or as the last word of a name or alias (at most 3). */
async function surnameHolders(tx: Tx, surname: string): Promise<CachedPerson[]> {
  const hits = await tx.personAlias.findMany({
    where: { OR: [{ key: surname }, { key: { endsWith: ` ${surname}` } }] },
    select: { person: true },
  });
  return [...new Map(hits.map((hit) => [hit.person.id, hit.person])).values()].slice(0, 3);
}

/**
 * Stores an extracted person, merging with the person already stored under the same name or alias:
 * new aliases, honorifics and roles are added; a one-word name gives way to a full one. Honorifics written
 * inside the name ("Sheikh Naim Qassem") are moved to the honorifics. Returns the id. With a `cache` (the
 * seed's, see StoreCache) what it already knows is not read again and unchanged rows are not written.
 */
export async function upsertPerson(tx: Tx, extracted: ExtractedPerson, cache?: StoreCache): Promise<number> {
  const split = splitHonorifics(extracted.name);
  const person: ExtractedPerson = {
    ...extracted,
    name: split.name,
    honorifics: [...new Set([...split.honorifics, ...extracted.honorifics])],
    aliases: split.honorifics.length ? [...extracted.aliases, extracted.name] : extracted.aliases,
  };
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
    const honorifics = writeHonorifics([...new Set([...readHonorifics(found.honorifics), ...person.honorifics])]);
    const upgrade = isSingleWord(nameKey(found.name)) && !isSingleWord(nameKey(person.name));
    canonical = upgrade ? person.name : found.name;
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
