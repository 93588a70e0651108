import { readHonorifics, writeHonorifics } from "../../db/honorifics";
import type { ExtractedPerson } from "../types";
import type { CachedPerson } from "../store/store-cache";
import { isSingleWord, nameKey } from "./name-key";
import { contradicts, personKey, splitHonorifics } from "./person-match";

// The decisions of finding and merging a stored person, shared by the two stores that make them: people.ts
// (through Prisma: the PostgreSQL seed and the write API) and sqlite-entities.ts (the SQLite batch store's
// prepared statements). Each store only reads what these ask for; the rules live here once.
//
// Honorifics never take part in matching ("Sheikh Naim Qassem" is "Naim Qassem"), and nothing matches a
// stored person that contradicts the extracted one (another first name, another gender: see `contradicts`).
// - A full name matches the stored person with that canonical name or a multi-word alias in common when
//   exactly one does; otherwise a stored one-word person with its surname, when that is the only stored
//   person of that surname.
// - A one-word name ("Qassem") matches only when exactly one stored person has that surname (or that
//   one-word alias): "Jane Smith" and "John Smith" make a bare "Smith" a new person.

/** The person as stored: honorifics written inside the name moved to the honorifics, the written name kept as an alias. */
export function normalizedPerson(extracted: ExtractedPerson): ExtractedPerson {
  const split = splitHonorifics(extracted.name);
  return {
    ...extracted,
    name: split.name,
    honorifics: [...new Set([...split.honorifics, ...extracted.honorifics])],
    aliases: split.honorifics.length ? [...extracted.aliases, extracted.name] : extracted.aliases,
  };
}

/** What to read for `person` beyond its exact name: alias keys (null for a one-word name) and the surname. */
export function lookupKeys(person: ExtractedPerson): { aliasKeys: string[] | null; surname: string } {
  const key = personKey(person.name);
  if (isSingleWord(key)) return { aliasKeys: null, surname: key };
  const keys = [key, ...person.aliases.map(personKey).filter((k) => k && !isSingleWord(k))];
  return { aliasKeys: [...new Set(keys)], surname: key.split(" ").at(-1)! };
}

/** Each person once, in order of first appearance. */
export function distinctPeople(people: readonly CachedPerson[]): CachedPerson[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}

/** The most holders of a surname read (two already make a bare surname ambiguous). */
export const SURNAME_HOLDERS_READ = 3;

const agreesWith = (person: ExtractedPerson) => (p: CachedPerson) =>
  !contradicts({ name: p.name, honorifics: readHonorifics(p.honorifics) }, person);

/**
 * The one stored person sharing an alias key with `person` that does not contradict it; null when several
 * do (ambiguous: a new person); undefined when none does (look at the surname's holders next).
 */
export function pickByAliases(hits: readonly CachedPerson[], person: ExtractedPerson): CachedPerson | null | undefined {
  const candidates = distinctPeople(hits).filter(agreesWith(person));
  if (candidates.length === 1) return candidates[0];
  return candidates.length > 1 ? null : undefined;
}

/** The stored holder of `person`'s surname it is, if only one holds it (for a full name: a one-word person). */
export function pickSurnameHolder(holders: readonly CachedPerson[], person: ExtractedPerson): CachedPerson | null {
  if (holders.length !== 1 || !agreesWith(person)(holders[0])) return null;
  const fullName = !isSingleWord(personKey(person.name));
  return !fullName || isSingleWord(nameKey(holders[0].name)) ? holders[0] : null;
}

/** The stored person's name and honorifics once `person` merges into it: a one-word name gives way to a full one. */
export function mergedIdentity(found: CachedPerson, person: ExtractedPerson): { name: string; honorifics: string } {
  const honorifics = writeHonorifics([...new Set([...readHonorifics(found.honorifics), ...person.honorifics])]);
  const upgrade = isSingleWord(nameKey(found.name)) && !isSingleWord(nameKey(person.name));
  return { name: upgrade ? person.name : found.name, honorifics };
}
