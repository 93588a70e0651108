import { ABBREVIATIONS, SENTENCE_STARTERS } from "../extract/lexicon/abbreviations";

/** A sentence as a span of the text it was split from: `text.slice(start, end) === sentence.text`. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const UPPER = /[A-Z\u00C0-\u00DE]/;
const LOWER = /[a-z\u00DF-\u00FF]/;
const OPENERS = new Set(['"', "\u201C", "\u2018", "(", "["]);

/** The word (letters, dots, apostrophes) ending right before position `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[A-Za-z\u00C0-\u00FF.'\u2019]/.test(text[i - 1])) i--;
  return text.slice(i, end);
}

/** True when the period at `dot` belongs to an abbreviation or an initial ("Dr.", "U.S.", "J.K."). */
function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot).replace(/^[.'\u2019]+/, "");
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and initialisms: "J", "J.K", "U.S", "N.S".
  return /^([A-Z]\.)*[A-Z]$/.test(word);
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

/**
 * Splits text into sentences and returns their spans. Handles glued paragraphs ("unity.He said",
 * `email."[Parks`, "4:17Kaminski said", "harmThe simple fact") while keeping abbreviations, initials,
 * decimals and host names ("Dr.", "U.S.", "J.K.", "3.5", "www.cbc.ca") inside their sentence.
 * Straight double quotes are paired left to right to tell a closing quote from an opening one.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const cuts: number[] = [];
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
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
    if (UPPER.test(ch) && i > 0) {
      const prev = text[i - 1];
      const word = wordAt(text, i);
      if (/[0-9]/.test(prev) && /^[A-Z][a-z]{2,}/.test(word) && !/[0-9](st|nd|rd|th)$/i.test(text.slice(i - 1, i + 2))) {
        cuts.push(i);
      } else if (LOWER.test(prev) && /^[A-Z][a-z]/.test(word) && /[a-z]{3}$/.test(text.slice(Math.max(0, i - 3), i)) && !camelCase(text, i, word)) {
        cuts.push(i);
      }
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    if (ch === "." && /[0-9]/.test(text[i - 1] ?? "") && /[0-9]/.test(text[i + 1] ?? "")) continue;
    // Consume closing punctuation: a straight quote only when it closes an open quotation.
    let j = i + 1;
    let quoteState: boolean = inQuote;
    for (;;) {
      const c = text[j];
      if (c === '"' && quoteState) {
        quoteState = false;
        j++;
      } else if (c === "\u201D" || c === "\u2019" || c === ")" || c === "]") {
        j++;
      } else if (c === "." || c === "!" || c === "?") {
        j++;
      } else break;
    }
    if (j >= text.length) break;
    const next = text[j];
    if (/\s/.test(next)) {
      let k = j;
      while (k < text.length && /\s/.test(text[k])) k++;
      if (k >= text.length) break;
      const starts = UPPER.test(text[k]) || /[0-9]/.test(text[k]) || OPENERS.has(text[k]) || text[k] === "\u2014";
      if (!starts) continue;
      if (ch === "." && j === i + 1 && isAbbreviation(text, i)) {
        const word = wordBefore(text, i);
        // An initialism ending a sentence: "in the U.S. The"; an initial before a name stays.
        if (!(/\./.test(word) && SENTENCE_STARTERS.has(wordAt(text, k)))) continue;
      }
      cuts.push(j);
    } else if (UPPER.test(next) || OPENERS.has(next) || next === '"' || (next === "'" && UPPER.test(text[j + 1] ?? ""))) {
      if (ch === ".") {
        if (j === i + 1 && isAbbreviation(text, i)) continue;
        // A brand or host written with a lone lower-case letter and a dot: "e.Volt", "i.Tunes".
        if (j === i + 1 && /^[a-z]$/.test(wordBefore(text, i))) continue;
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
