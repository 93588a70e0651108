import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "./lexicon/gender";
import { LEADING_FUNCTION_WORDS, NAME_PREFIXES } from "./lexicon/stop-words";

/** A word of the text with its offsets: `text.slice(start, end) === word`. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu;

const INNER_CAPITAL = /[\p{Ll}\p{N}]['\u2019]?\p{Lu}/u;

/** The words of `text` (letters and digits, with inner apostrophes and hyphens), in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let start = m.index;
    for (const cut of glueCuts(m[0])) {
      tokens.push({ text: text.slice(start, m.index + cut), start, end: m.index + cut });
      start = m.index + cut;
    }
    tokens.push({ text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * Offsets inside a word where two glued words meet: a digit or a run of three or more lower-case letters
 * followed by a capitalised word ("4:17Kaminski", "taxRaman", "WhitfieldWhitfield", "OsmanOsman", a headline
 * ending in a quote mark: "left'Ingram"), but not
 * "LeMoine", "McKellan", "VanDusen", "iPhone", "PayPal" or "HuffPost". A short capitalised left part is
 * still cut off when the right part is a listed first name or a function word: a list item glued to the next
 * one ("…Green BookMaria Olsen", "…DuneBest Actor").
 */
export function glueCuts(word: string): number[] {
  if (!innerCapitalPossible(word) || !INNER_CAPITAL.test(word)) return [];
  const cuts: number[] = [];
  for (const m of word.matchAll(/(?:\p{N}|\p{Ll}{2,}['\u2019]?)(?=\p{Lu}\p{Ll})/gu)) {
    const at = m.index + m[0].length;
    const left = word.slice(Math.max(0, ...cuts), at);
    // "MacArthur", "FitzGerald", "VanDusen": a surname prefix is never cut off.
    if (NAME_PREFIXES.has(left)) continue;
    const fresh = startsNewWord(word.slice(at));
    // Two lower-case letters only end a word before a first name or function word ("BoyAdam", "WarBest").
    if (!fresh && !/\p{N}|\p{Ll}{3}/u.test(m[0])) continue;
    // "PayPal", "HuffPost": a short capitalised left part is a brand, not two words.
    if (/^\p{Lu}/u.test(left) && left.length < 5 && !fresh) continue;
    cuts.push(at);
  }
  return cuts;
}

/** False when `word` has no capital after its first character (checked on char codes: a non-ASCII one may be one). */
function innerCapitalPossible(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** The word without a possessive ending: "Ilse's" → "Ilse". */
export function stripPossessive(word: string): string {
  return word.replace(/['\u2019]s$/i, "").replace(/s['\u2019]$/, "s");
}

/** True for a possessive word ("Okafor's", "Jones'"). */
export function isPossessive(word: string): boolean {
  return /['\u2019]s$/i.test(word);
}

/** Words shaped like a name part: "Qassem", "O'Dwyer", "McKellan", "LeMoine", "Jean-Pierre", "Žukauskas". */
export function isNameShaped(word: string): boolean {
  return /^\p{Lu}[\p{Ll}]+(?:['\u2019\-]?\p{Lu}?[\p{Ll}]+)*(?:['\u2019]s)?$/u.test(word) || /^\p{Lu}['\u2019]\p{Lu}\p{Ll}+$/u.test(word);
}

/** True when `rest` opens with a listed first name or a function word ("Maria…", "Best…"). */
function startsNewWord(rest: string): boolean {
  const head = /^\p{Lu}\p{Ll}+/u.exec(rest)?.[0] ?? "";
  return FEMALE_FIRST_NAMES.has(head) || MALE_FIRST_NAMES.has(head) || LEADING_FUNCTION_WORDS.has(head);
}
