/** A span between quotation marks, marks included: `body.slice(start, end)` begins and ends with a mark. */
export interface QuotedSpan {
  start: number;
  end: number;
}

/** Longest stretch accepted between an opening and a closing mark before the opening is treated as stray. */
const MAX_QUOTE_LENGTH = 2000;

/**
 * Finds double-quoted spans: straight quotes paired left to right, curly “ ” by direction. An opening mark
 * left without a close within MAX_QUOTE_LENGTH characters is ignored.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  let openChar = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '"' && c !== "\u201C" && c !== "\u201D") continue;
    if (open >= 0 && i - open > MAX_QUOTE_LENGTH) open = -1;
    if (open < 0) {
      if (c === "\u201D") continue;
      open = i;
      openChar = c;
    } else if (c === "\u201C" && openChar === "\u201C") {
      // A new paragraph of the same quotation re-opens it: close the previous part here.
      spans.push({ start: open, end: i });
      open = i;
    } else {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return spans.filter((s) => s.end - s.start > 2);
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
    const inner = Math.max(0, s.end - s.start - 3);
    out += text.slice(last, s.start + 1) + "\u25A0".repeat(inner) + text.slice(s.start + 1 + inner, s.end);
    last = s.end;
  }
  return out + text.slice(last);
}
