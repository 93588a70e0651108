import type { Event, Person } from "../../generated/prisma/client";

/** What the cache keeps of a stored person: what matching and merging read. */
export type CachedPerson = Pick<Person, "id" | "name" | "honorifics">;
/** What the cache keeps of a stored event: what filling in its details reads. */
export type CachedEvent = Pick<Event, "id" | "name" | "acronym" | "ordinal" | "date" | "location">;

/**
 * What the seed has read or written of people, organisations and events during a run, so that a person
 * quoted in many documents costs no statements after the first. Valid only while no other writer changed the
 * database: the seed uses it inside its batch transactions (which hold the write lock), empties it when a
 * document is rolled back, and checks at the start of each batch that no other connection committed in
 * between (store-batch.ts), else empties it. Positive facts only: a name not cached is looked up.
 */
export class StoreCache {
  /** Stored people by their canonical name. */
  readonly personByName = new Map<string, CachedPerson>();
  /** The alias keys stored for a person. */
  readonly aliasKeys = new Map<number, Set<string>>();
  /** `title \0 organizationId` of the roles stored for a person. */
  readonly roles = new Map<number, Set<string>>();
  readonly organizationByName = new Map<string, number>();
  readonly eventByName = new Map<string, CachedEvent>();
  /** True when the database holds no editorial decisions and no person redirects (nothing to re-apply). */
  editorialFree = false;
  /** SQLite's PRAGMA data_version when the cache was last known valid. */
  dataVersion: number | null = null;

  /** Forgets everything. */
  clear(): void {
    this.personByName.clear();
    this.aliasKeys.clear();
    this.roles.clear();
    this.organizationByName.clear();
    this.eventByName.clear();
    this.editorialFree = false;
  }

  /** Records `person` as stored now (replacing what was cached under its id's old name). */
  rememberPerson(person: CachedPerson, oldName?: string): void {
    if (oldName !== undefined && oldName !== person.name) this.personByName.delete(oldName);
    this.personByName.set(person.name, person);
  }
}

/** The key of a role in StoreCache.roles. */
export function roleKey(title: string, organizationId: number | null): string {
  return `${title}\u0000${organizationId ?? ""}`;
}
