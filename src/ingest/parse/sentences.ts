import { ABBREVIATIONS, SENTENCE_STARTERS } from "../extract/lexicon/abbreviations";

/** A sentence as a span of the text it was split from: `text.slice(start, end) === sentence.text`. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const UPPER = /[A-Z\u00C0-\u00DE]/;
const LOWER = /[a-z\u00DF-\u00FF]/;
/** UPPER.test(text[i]) on the character code: A–Z and U+00C0–U+00DE (with ×, U+00D7, as the class has it). */
const isUpperCode = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
const OPENERS = new Set(['"', "\u201C", "\u2018", "(", "["]);

/** Longest listed abbreviation: a longer word is never one. */
const MAX_ABBREVIATION_LENGTH = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** True for the characters of a word before a period: letters, dots and apostrophes ("Dr", "U.S", "O'Neil"). */
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xff) || c === 46 || c === 39 || c === 0x2019;
}

/**
 * What is known about the word (letters, dots, apostrophes) ending right before a position, kept up to date
 * as the position moves forward, so that reading it costs nothing however long the word is ("Ab.Ab.Ab.…").
 */
class WordBefore {
  /** The position the fields describe (the word ends right before it). */
  private pos = 0;
  /** Where the word starts. */
  start = 0;
  /** Its first character that is not a dot or an apostrophe, or -1 when none. */
  private firstLetter = -1;
  /** True when the word holds a period. */
  hasDot = false;
  /** Length of the longest end of the text matching initials (`([A-Z]\.)*[A-Z]`) before `pos`, and before `pos - 1`. */
  private initials = 0;
  private initialsBefore = 0;

  constructor(private readonly text: string) {}

  /** Moves to position `to` (never backwards). */
  moveTo(to: number): void {
    const text = this.text;
    // Only the word ending at `to` matters: skip to the last character before it that ends a word.
    let k = to - 1;
    while (k >= this.pos && isWordChar(text.charCodeAt(k))) k--;
    if (k >= this.pos) {
      this.start = k + 1;
      this.firstLetter = -1;
      this.hasDot = false;
      this.initials = 0;
      this.initialsBefore = 0;
      this.pos = k + 1;
    }
    for (; this.pos < to; this.pos++) {
      const p = this.pos;
      const c = text.charCodeAt(p);
      let initials = 0;
      if (!isWordChar(c)) {
        this.start = p + 1;
        this.firstLetter = -1;
        this.hasDot = false;
      } else {
        if (this.firstLetter < 0 && c !== 46 && c !== 39 && c !== 0x2019) this.firstLetter = p;
        if (c === 46) this.hasDot = true;
        if (c >= 65 && c <= 90) initials = p > 0 && text.charCodeAt(p - 1) === 46 && this.initialsBefore > 0 ? this.initialsBefore + 2 : 1;
      }
      this.initialsBefore = this.initials;
      this.initials = initials;
    }
  }

  /** The word before the current position is one letter, lower-case: "e" of "e.Volt". */
  loneLowercaseLetter(): boolean {
    return this.pos - this.start === 1 && /[a-z]/.test(this.text[this.start]);
  }

  /**
   * True when the period at the current position belongs to an abbreviation or an initial ("Dr.", "U.S.", "J.K."):
   * the word, without leading dots and apostrophes, is a listed abbreviation or initials ("J", "J.K", "U.S", "N.S").
   */
  isAbbreviation(): boolean {
    if (this.firstLetter < 0) return false;
    const length = this.pos - this.firstLetter;
    if (length <= MAX_ABBREVIATION_LENGTH && ABBREVIATIONS.has(this.text.slice(this.firstLetter, this.pos).toLowerCase())) return true;
    return length % 2 === 1 && length <= this.initials;
  }
}

/**
 * True when the capital at `pos` is inside a camel-case name ("CityNews", "PixTube", "YouTube") rather than
 * the start of a glued sentence: the letters before it form one short capitalised part (five letters at most:
 * "CityWire", not "ImagesLee"), and the word after is not a usual sentence opener ("deadlineThe", "healThe",
 * "TrudellTrudell" stay cuts).
 */
function camelCase(text: string, pos: number, word: string): boolean {
  const before = /[A-Za-z\u00C0-\u00FF]+$/.exec(text.slice(Math.max(0, pos - 12), pos))?.[0] ?? "";
  return /^[A-Z][a-z]{1,4}$/.test(before) && !SENTENCE_STARTERS.has(word) && before !== word;
}

/** The capitalised word starting at `pos`, or "" when none. */
function wordAt(text: string, pos: number): string {
  const m = /^[A-Za-z\u00C0-\u00FF']+/.exec(text.slice(pos, pos + 40));
  return m ? m[0] : "";
}

/** Punctuation that may close a sentence after its end mark: brackets, closing quotes, more end marks. */
function isClosing(c: string): boolean {
  return c === "\u201D" || c === "\u2019" || c === ")" || c === "]" || c === "." || c === "!" || c === "?";
}

function isSpace(c: string): boolean {
  return /\s/.test(c);
}

/**
 * Where a run of characters satisfying `inRun` that starts at a position ends, for positions that never move
 * backwards: the last run found is remembered, so a position inside it is answered without reading it again.
 */
class RunEnd {
  private runFrom = 0;
  private runTo = -1;

  constructor(private readonly text: string, private readonly inRun: (c: string) => boolean) {}

  /** The first position at or after `at` whose character is not in the run (or the text's length). */
  from(at: number): number {
    if (at >= this.runFrom && at <= this.runTo) return this.runTo;
    let p = at;
    while (p < this.text.length && this.inRun(this.text[p])) p++;
    this.runFrom = at;
    this.runTo = p;
    return p;
  }
}

/**
 * Splits text into sentences and returns their spans. Handles glued paragraphs ("unity.He said",
 * `email."[Parks`, "4:17Kaminski said", "harmThe simple fact") while keeping abbreviations, initials,
 * decimals and host names ("Dr.", "U.S.", "J.K.", "3.5", "www.cbc.ca") inside their sentence.
 * Straight double quotes are paired left to right to tell a closing quote from an opening one.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const cuts: number[] = [];
  let inQuote = false;
  const before = new WordBefore(text);
  // Every period of a run ("?!…", "…").") scans the same closing punctuation and the same spaces after it:
  // remember the last run and the last spaces read, so that each character is read a bounded number of times.
  const closing = new RunEnd(text, isClosing);
  const closingAfterQuote = new RunEnd(text, isClosing);
  const spaces = new RunEnd(text, isSpace);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most characters are lower-case letters or spaces: nothing to do.
    if ((code >= 97 && code <= 122) || code === 32) continue;
    const ch = text[i];
    if (ch === '"') {
      inQuote = !inQuote;
      continue;
    }
    if (ch === "\n") {
      cuts.push(i + 1);
      continue;
    }
    // Glue without punctuation: "4:17Kaminski", "harmThe".
    if (isUpperCode(code) && i > 0) {
      const prev = text[i - 1];
      const digit = /[0-9]/.test(prev);
      if (!digit && !LOWER.test(prev)) continue;
      const word = wordAt(text, i);
      if (digit && /^[A-Z][a-z]{2,}/.test(word) && !/[0-9](st|nd|rd|th)$/i.test(text.slice(i - 1, i + 2))) {
        cuts.push(i);
      } else if (!digit && /^[A-Z][a-z]/.test(word) && /[a-z]{3}$/.test(text.slice(Math.max(0, i - 3), i)) && !camelCase(text, i, word)) {
        cuts.push(i);
      }
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    if (ch === "." && /[0-9]/.test(text[i - 1] ?? "") && /[0-9]/.test(text[i + 1] ?? "")) continue;
    // Consume closing punctuation: a straight quote only when it closes an open quotation.
    let j = closing.from(i + 1);
    let quoteState: boolean = inQuote;
    if (text[j] === '"' && quoteState) {
      quoteState = false;
      j = closingAfterQuote.from(j + 1);
    }
    if (j >= text.length) break;
    const next = text[j];
    if (/\s/.test(next)) {
      const k = spaces.from(j);
      if (k >= text.length) break;
      const starts = UPPER.test(text[k]) || /[0-9]/.test(text[k]) || OPENERS.has(text[k]) || text[k] === "\u2014";
      if (!starts) continue;
      if (ch === "." && j === i + 1) {
        before.moveTo(i);
        // An initialism ending a sentence: "in the U.S. The"; an initial before a name stays.
        if (before.isAbbreviation() && !(before.hasDot && SENTENCE_STARTERS.has(wordAt(text, k)))) continue;
      }
      cuts.push(j);
    } else if (UPPER.test(next) || OPENERS.has(next) || next === '"' || (next === "'" && UPPER.test(text[j + 1] ?? ""))) {
      if (ch === ".") {
        if (j === i + 1) {
          before.moveTo(i);
          // A dotted initialism glued to a capitalised word ends a paragraph: "Port Ellis, N.S.Lund said", "the U.S.This".
          // (An abbreviation without inner dots stays: "Mr.Lee", "St.John".)
          if (before.isAbbreviation() && !(before.hasDot && /^[A-Z][a-z]/.test(text.slice(j, j + 2)))) continue;
          // A brand or host written with a lone lower-case letter and a dot: "e.Volt", "i.Tunes".
          if (before.loneLowercaseLetter()) continue;
        }
        // "Ph.D" / "U.S": a single letter then a period follows.
        if (/^[A-Z]\./.test(text.slice(j, j + 2))) continue;
      }
      cuts.push(j);
    }
    // Keep quote parity in step with what was consumed.
    i = j - 1;
    inQuote = quoteState;
  }
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    let s = start;
    let e = cut;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = cut;
  }
  return spans;
}
