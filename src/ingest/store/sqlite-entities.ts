import { writeHonorifics } from "../../db/honorifics";
import { nameKey } from "../resolve/name-key";
import { SURNAME_HOLDERS_READ, distinctPeople, lookupKeys, mergedIdentity, normalizedPerson, pickByAliases, pickSurnameHolder } from "../resolve/person-lookup";
import type { ExtractedEvent, ExtractedPerson } from "../types";
import { roleKey, type CachedPerson, type StoreCache } from "./store-cache";
import { sqliteDateTime, type StoreStatements } from "./sqlite-statements";

// The SQLite batch store's people, organisations and events: the same decisions as people.ts, events.ts and
// organizations.ts (which the PostgreSQL seed and the write API use), through prepared statements, with
// the run's cache always on. tests/integration/seed-batch.test.ts compares the two paths' results.

/** The stored person an extracted one is, or null for a new one (the rules: person-lookup.ts). */
function findPerson(s: StoreStatements, person: ExtractedPerson, cache: StoreCache): CachedPerson | null {
  const byName = cache.personByName.get(person.name) ?? s.personByName.get(person.name);
  if (byName) return byName;
  const { aliasKeys, surname } = lookupKeys(person);
  if (aliasKeys) {
    const picked = pickByAliases(s.peopleByAliasKeys.all(JSON.stringify(aliasKeys)), person);
    if (picked !== undefined) return picked;
  }
  return pickSurnameHolder(distinctPeople(s.surnameHolders.all(surname)).slice(0, SURNAME_HOLDERS_READ), person);
}

/**
 * Stores an extracted person as people.ts upsertPerson does (merging with the stored person of the same
 * name or alias; new aliases, honorifics and roles added; a one-word name giving way to a full one) and
 * returns its id and canonical name. Inside the caller's write transaction; `cache` must describe the
 * database (StoreCache).
 */
export function upsertPersonSqlite(s: StoreStatements, extracted: ExtractedPerson, cache: StoreCache, now: string): { id: number; name: string } {
  const person = normalizedPerson(extracted);
  const found = findPerson(s, person, cache);
  let id: number;
  let canonical = person.name;
  if (!found) {
    const created = s.upsertPerson.get(person.name, writeHonorifics(person.honorifics), now)!;
    id = created.id;
    cache.rememberPerson(created);
  } else {
    id = found.id;
    const merged = mergedIdentity(found, person);
    const honorifics = merged.honorifics;
    canonical = merged.name;
    if (canonical !== found.name || honorifics !== found.honorifics) s.updatePerson.run(canonical, honorifics, id);
    cache.rememberPerson({ id, name: canonical, honorifics }, found.name);
  }
  addAliases(s, id, canonical, [person.name, ...person.aliases, ...(found ? [found.name] : [])], cache);
  addRoles(s, id, person, cache, now);
  return { id, name: canonical };
}

function addAliases(s: StoreStatements, personId: number, canonical: string, names: string[], cache: StoreCache): void {
  let existing = cache.aliasKeys.get(personId);
  if (!existing) {
    existing = new Set(s.aliasKeys.all(personId).map((a) => a.key));
    cache.aliasKeys.set(personId, existing);
  }
  for (const alias of [canonical, ...names]) {
    const key = nameKey(alias);
    if (!key || existing.has(key)) continue;
    s.insertAlias.run(personId, key, alias);
    existing.add(key);
  }
}

function addRoles(s: StoreStatements, personId: number, person: ExtractedPerson, cache: StoreCache, now: string): void {
  if (person.roles.length === 0) return;
  let known = cache.roles.get(personId);
  if (!known) {
    known = new Set(s.roles.all(personId).map((r) => roleKey(r.title, r.organizationId)));
    cache.roles.set(personId, known);
  }
  for (const role of person.roles) {
    const organizationId = role.organization ? upsertOrganizationSqlite(s, role.organization, cache, now) : null;
    const k = roleKey(role.title, organizationId);
    if (known.has(k)) continue;
    s.insertRole.run(personId, role.title, organizationId);
    known.add(k);
  }
}

/** Finds or creates the organisation with exactly this name (organizations.ts) and returns its id. */
export function upsertOrganizationSqlite(s: StoreStatements, name: string, cache: StoreCache, now: string): number {
  const known = cache.organizationByName.get(name);
  if (known !== undefined) return known;
  const id = (s.organizationByName.get(name) ?? s.insertOrganization.get(name, now)!).id;
  cache.organizationByName.set(name, id);
  return id;
}

/** Stores an event under its full name, filling in details it had none of (events.ts), and returns its id. */
export function upsertEventSqlite(s: StoreStatements, event: ExtractedEvent, cache: StoreCache, now: string): number {
  const details = {
    acronym: event.acronym,
    ordinal: event.ordinal,
    date: event.date ? new Date(`${event.date}T00:00:00.000Z`) : null,
    location: event.location,
  };
  const date = details.date ? sqliteDateTime(details.date) : null;
  let stored = cache.eventByName.get(event.name);
  if (!stored) {
    const row = s.eventByName.get(event.name);
    stored = row ? { ...row, date: row.date === null ? null : new Date(row.date) } : undefined;
  }
  if (!stored) {
    const { id } = s.insertEvent.get(event.name, details.acronym, details.ordinal, date, details.location, now)!;
    cache.eventByName.set(event.name, { id, name: event.name, ...details });
    return id;
  }
  const missing = Object.fromEntries(
    Object.entries(details).filter(([key, value]) => value !== null && stored[key as keyof typeof details] === null),
  );
  if (Object.keys(missing).length > 0) s.fillEvent.run(details.acronym, details.ordinal, date, details.location, stored.id);
  cache.eventByName.set(stored.name, { ...stored, ...missing });
  return stored.id;
}
