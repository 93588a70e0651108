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

const UPPER_START = /^\p{Lu}/u;
const LETTER = /[\p{L}\p{N}]/u;

/** True when the character at `i` is a letter or a digit (WORD's [\p{L}\p{N}]); a surrogate pair is read whole. */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && LETTER.test(text.slice(i - 1, i + 1));
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  return LETTER.test(text[i]);
}

/**
 * The words of `text` that may belong to a name (see tokenize): words opening with a capital, and the words of
 * `particles` ("van", "de"). Every run of other words (lower-case words, numbers) between two of them is one
 * `null`, so a caller walking the list sees where a capitalised run is broken without a token for every word.
 */
export function nameTokens(text: string, particles: ReadonlySet<string>): Array<Token | null> {
  const tokens: Array<Token | null> = [];
  let longestParticle = 0;
  for (const p of particles) longestParticle = Math.max(longestParticle, p.length);
  const push = (start: number, end: number) => {
    const c = text.charCodeAt(start);
    // An ASCII character other than A–Z never opens a capitalised word: such a word is kept only as a particle.
    const upper = c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text.slice(start, start + 2));
    const word = upper || end - start <= longestParticle ? text.slice(start, end) : "";
    if (upper || particles.has(word)) tokens.push({ text: word, start, end });
    else if (tokens[tokens.length - 1] !== null) tokens.push(null);
  };
  // The words of WORD, found on character codes (no match objects); a non-ASCII character is tested with LETTER.
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordCode(text, i)) i++;
      const c = text.charCodeAt(i);
      // An inner apostrophe or hyphen joins two parts of one word.
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n && isWordCode(text, i + 1)) i++;
      else break;
    }
    let from = start;
    if (capitalAfterFirst(text, start, i)) {
      const word = text.slice(start, i);
      for (const cut of glueCuts(word)) {
        push(from, start + cut);
        from = start + cut;
      }
    }
    push(from, i);
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

/** False when text[start, end) has no capital after its first character (see innerCapitalPossible). */
function capitalAfterFirst(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
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
