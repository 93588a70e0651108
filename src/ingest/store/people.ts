import { readHonorifics, writeHonorifics } from "../../db/honorifics";
import type { Person, Prisma } from "../../generated/prisma/client";
import type { ExtractedPerson } from "../types";
import { isSingleWord, nameKey } from "../resolve/name-key";

type Tx = Prisma.TransactionClient;

/**
 * Finds the stored person an extracted person is, or null for a new one. A match is an exact canonical
 * name or multi-word alias in common; a one-word name ("Khomeini") matches a person with that name or
 * alias only when exactly one does; a full name matches a stored one-word person whose name is its surname
 * when exactly one is.
 */
async function findPerson(tx: Tx, person: ExtractedPerson): Promise<Person | null> {
  const key = nameKey(person.name);
  const keys = [key, ...person.aliases.map(nameKey).filter((k) => !isSingleWord(k))];
  const byName = await tx.person.findFirst({ where: { name: person.name } });
  if (byName) return byName;
  const aliasHits = await tx.personAlias.findMany({
    where: { key: { in: [...new Set(keys)] } },
    select: { person: true },
  });
  const candidates = new Map(aliasHits.map((hit) => [hit.person.id, hit.person]));
  if (!isSingleWord(key)) {
    if (candidates.size === 1) return [...candidates.values()][0];
    if (candidates.size > 1) return null;
    const surname = key.split(" ").at(-1)!;
    const oneWord = await tx.person.findMany({ where: { aliases: { some: { key: surname } } }, take: 2 });
    const surnameOnly = oneWord.filter((p) => isSingleWord(nameKey(p.name)));
    return surnameOnly.length === 1 && oneWord.length === 1 ? surnameOnly[0] : null;
  }
  return candidates.size === 1 ? [...candidates.values()][0] : null;
}

/**
 * Stores an extracted person, merging with the person already stored under the same name or alias:
 * new aliases, honorifics and roles are added; a one-word name gives way to a full one. Returns the id.
 */
export async function upsertPerson(tx: Tx, person: ExtractedPerson): Promise<number> {
  const found = await findPerson(tx, person);
  let id: number;
  let canonical = person.name;
  if (!found) {
    id = (await tx.person.create({ data: { name: person.name, honorifics: writeHonorifics(person.honorifics) } })).id;
  } else {
    id = found.id;
    const honorifics = [...new Set([...readHonorifics(found.honorifics), ...person.honorifics])];
    const upgrade = isSingleWord(nameKey(found.name)) && !isSingleWord(nameKey(person.name));
    canonical = upgrade ? person.name : found.name;
    await tx.person.update({ where: { id }, data: { name: canonical, honorifics: writeHonorifics(honorifics) } });
  }
  await addAliases(tx, id, canonical, [person.name, ...person.aliases, ...(found ? [found.name] : [])]);
  await addRoles(tx, id, person);
  return id;
}

async function addAliases(tx: Tx, personId: number, canonical: string, names: string[]): Promise<void> {
  const existing = new Set(
    (await tx.personAlias.findMany({ where: { personId }, select: { key: true } })).map((a) => a.key),
  );
  const fresh = new Map<string, string>();
  // The canonical name is stored as an alias too: it is how later documents find this person.
  for (const alias of [canonical, ...names]) {
    const key = nameKey(alias);
    if (key && !existing.has(key) && !fresh.has(key)) fresh.set(key, alias);
  }
  if (fresh.size > 0) {
    await tx.personAlias.createMany({ data: [...fresh].map(([key, alias]) => ({ personId, key, alias })) });
  }
}

async function addRoles(tx: Tx, personId: number, person: ExtractedPerson): Promise<void> {
  for (const role of person.roles) {
    const organizationId = role.organization
      ? (
          await tx.organization.upsert({
            where: { name: role.organization },
            create: { name: role.organization },
            update: {},
          })
        ).id
      : null;
    const exists = await tx.role.findFirst({ where: { personId, title: role.title, organizationId } });
    if (!exists) await tx.role.create({ data: { personId, title: role.title, organizationId } });
  }
}
