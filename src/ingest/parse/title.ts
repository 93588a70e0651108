import { splitSentences, type SentenceSpan } from "./sentences";

/** Longest title derived from text, ellipsis included. */
export const MAX_TITLE_LENGTH = 120;

/**
 * A title for an article that has none: its first sentence without the final period, cut at a word
 * boundary to at most `max` characters (ending in "…" when cut). Empty text gives "". `sentences` are the
 * body's sentences when the caller has already split it (splitSentences(body)).
 */
export function deriveTitle(body: string, max: number = MAX_TITLE_LENGTH, sentences?: readonly SentenceSpan[]): string {
  const first = (sentences ?? splitSentences(body))[0]?.text ?? "";
  let title = first.replace(/\s+/g, " ").trim().replace(/[.\s]+$/, "");
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  title = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:\u2014-]+$/, "");
  return `${title}\u2026`;
}
