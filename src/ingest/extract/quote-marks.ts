/** A span between quotation marks, marks included: `body.slice(start, end)` begins and ends with a mark. */
export interface QuotedSpan {
  start: number;
  end: number;
  /**
   * True when the opening mark is missing from the text and `start` is where the quotation must have begun
   * (the first sentence after the previous quotation's attribution): `"It was hard," he said. It still is."`.
   */
  unopened?: boolean;
}

/** Longest stretch accepted between an opening and a closing mark before the opening is treated as stray. */
const MAX_QUOTE_LENGTH = 2000;
/** How far back an unopened quotation may start (from its closing mark). */
const MAX_UNOPENED_LENGTH = 600;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * What the characters around a straight double quote say about it: "open" when it sits after a space or
 * bracket and before a word (`said "We`), "close" when it sits after a word or punctuation and before a space,
 * punctuation or the end (`now," she`), else "either" (`unity."He`: paragraphs are glued without a space).
 */
function straightRole(text: string, i: number): "open" | "close" | "either" {
  const before = text[i - 1];
  const after = text[i + 1];
  if ((isSpace(before) || /[([\u2014]/.test(before)) && /[\p{L}\p{N}'\u2018[(.$]/u.test(after ?? "")) return "open";
  if (!isSpace(before) && (isSpace(after) || /[,.;:!?)\]\u2014-]/.test(after))) return "close";
  return "either";
}

/** Where an unopened quotation ending at `close` began: after the sentence holding the previous closing mark. */
function unopenedStart(text: string, close: number, previousEnd: number): number | null {
  if (previousEnd < 0 || close - previousEnd > MAX_UNOPENED_LENGTH) return null;
  // The previous quotation's attribution: `," Lee said.` — the quotation resumes after its period.
  const tag = /^[^.!?"\u201C\u201D]{0,80}[.!?]\s*/.exec(text.slice(previousEnd, close));
  if (!tag) return null;
  const start = previousEnd + tag[0].length;
  return close - start > 10 ? start : null;
}

/**
 * Finds double-quoted spans. Curly “ ” pair by direction (a ” written after a space and before a word opens
 * a quotation, as a mistyped “). Straight quotes pair left to right, re-synchronised by their surroundings: a
 * mark that can only open (`said "We`) while another is open drops the earlier, stray one. A closing mark with
 * no opening (`…, he said. It was never easy."`) closes an unopened quotation that began after the previous
 * quotation's attribution, when that is near (see QuotedSpan.unopened). An opening mark left without a close
 * within MAX_QUOTE_LENGTH characters is ignored.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  let openChar = "";
  const lastEnd = () => (spans.length ? spans[spans.length - 1].end : -1);
  const orphan = (i: number) => {
    if (!/[.,!?]/.test(text[i - 1] ?? "")) return;
    const start = unopenedStart(text, i, lastEnd());
    if (start !== null) spans.push({ start, end: i + 1, unopened: true });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '"' && c !== "\u201C" && c !== "\u201D") continue;
    if (open >= 0 && i - open > MAX_QUOTE_LENGTH) {
      if (openChar === '"') orphan(open);
      open = -1;
    }
    const reversedOpener = c === "\u201D" && (isSpace(text[i - 1]) || text[i - 1] === "(") && /\p{L}/u.test(text[i + 1] ?? "");
    if (open < 0) {
      if (c === "\u201D" && !reversedOpener) {
        orphan(i);
        continue;
      }
      if (c === '"' && straightRole(text, i) === "close") {
        orphan(i);
        continue;
      }
      open = i;
      openChar = c === "\u201D" ? "\u201C" : c;
    } else if (c === "\u201C" && openChar === "\u201C") {
      // A new paragraph of the same quotation re-opens it: close the previous part here.
      spans.push({ start: open, end: i });
      open = i;
    } else if (c === '"' && openChar === '"' && straightRole(text, i) === "open" && straightRole(text, open) !== "open") {
      // `…the belt."The crowd … nicknamed "The Hammer."`: the earlier mark closed a quotation that was
      // never opened; this one opens.
      orphan(open);
      open = i;
    } else {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  // A straight mark left open at the end after a sentence's end closed an unopened quotation.
  if (open >= 0 && openChar === '"') orphan(open);
  return spans.filter((s) => s.end - s.start > 2).sort((a, b) => a.start - b.start);
}

/**
 * A copy of `text` where the inside of every quoted span is blanked (kept: the marks and the punctuation
 * right before the closing mark), so rules can look at the words around quotations without matching the
 * words inside them. Offsets are unchanged.
 */
export function maskQuotes(text: string, spans: QuotedSpan[]): string {
  let out = "";
  let last = 0;
  for (const s of spans) {
    if (s.start < last) continue;
    const inner = Math.max(0, s.end - s.start - 3);
    out += text.slice(last, s.start + 1) + "\u25A0".repeat(inner) + text.slice(s.start + 1 + inner, s.end);
    last = s.end;
  }
  return out + text.slice(last);
}

/**
 * Some outlets write quotation marks as two apostrophes (`''We need it,'' she said.`). Returns the text with
 * each such pair rewritten, at the same offsets, to what the rest of extraction reads: a straight double quote
 * on the pair's first character, and on its second a space where the pair closes a quotation (a word or
 * punctuation before it, a space or the end after it) or the apostrophe kept otherwise (`"'We`, glued
 * paragraphs `."'The`), so the mark's role is read from its surroundings as for any straight quote. Linear.
 */
export function normalizeDoubledApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/'{2,}/g, (run: string, at: number) => {
    // `them,'''` (a single mark closing inside the double one) / `'''Fox` (opening): an odd run holds one
    // single quotation mark, first when the run closes, last when it opens.
    // `recruiter.''''It's`: a quotation closing right where the next paragraph's opens.
    if (run.length === 4 && !isSpace(text[at - 1]) && !isSpace(text[at + 4])) return `" "'`;
    let out = run.length % 2 === 1 && !isSpace(text[at - 1]) ? "'" : "";
    while (out.length + 2 <= run.length) {
      const i = at + out.length;
      const before = text[i - 1];
      const after = text[i + 2];
      const closes = !isSpace(before) && (isSpace(after) || /[,.;:!?)\]\u2014-]/.test(after));
      out += closes ? '" ' : `"'`;
    }
    return out.padEnd(run.length, "'");
  });
}

/**
 * The end of a span found in text rewritten by normalizeDoubledApostrophes, moved past the second apostrophe of
 * a closing pair (which the rewrite turned into a space) so the span holds both marks in the original text.
 */
export function spanEndInOriginal(original: string, normalized: string, end: number): number {
  return normalized[end - 1] === '"' && original[end - 1] === "'" && original[end] === "'" ? end + 1 : end;
}

/**
 * A rule of underscores between the entries of a live blog ("…harbour.”___.9:40 a.m.:The mayor …") ends a paragraph:
 * the rule becomes line breaks, at the same offsets, so the next entry starts a sentence of its own.
 */
export function breakAtRules(text: string): string {
  return text.includes("___") ? text.replace(/_{3,}/g, (rule) => "\n".repeat(rule.length)) : text;
}
