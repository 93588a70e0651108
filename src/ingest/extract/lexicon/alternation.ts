/**
 * A regex alternation of literal words, in the given order (order matters: the first alternative that matches
 * wins), with regex metacharacters escaped. Use inside a group: `(?:${alternation(WORDS)})`.
 */
export function alternation(words: Iterable<string>): string {
  return [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}
