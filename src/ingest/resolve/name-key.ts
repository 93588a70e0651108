/**
 * The key people are matched on across documents: lower case, accents and punctuation dropped,
 * white space collapsed ("Naim  Qassem" and "naim qassem" share a key).
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when a key is one word: a surname alone matches across documents only when it is unambiguous. */
export function isSingleWord(key: string): boolean {
  return !key.includes(" ");
}
