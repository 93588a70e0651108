import type { SearchTerm } from "../search-query";

/** Runs of the characters parseSearchQuery counts as word characters; everything else separates words. */
const WORDS = /[\p{L}\p{N}\p{Co}]+/gu;

/** PostgreSQL to_tsquery input for the terms, every term required (&) or any term enough (|). */
export interface PostgresSearchQuery {
  /** Every term: words as lexemes, a phrase's words joined by <-> (followed by), a prefix as :*. */
  all: string;
  /** Any term: which column of an article the snippet is taken from. */
  any: string;
}

/** One term as tsquery text: each word a quoted lexeme (no user text is read as an operator). */
function termQuery(term: SearchTerm): string | null {
  const words = term.text.match(WORDS);
  if (!words?.length) return null;
  const lexemes = words.map((word, i) => `'${word}'${term.prefix && i === words.length - 1 ? ":*" : ""}`);
  return lexemes.length === 1 ? lexemes[0] : `(${lexemes.join(" <-> ")})`;
}

/**
 * The to_tsquery text (configuration content_search: unaccent, English stemmer) for the terms of a parsed
 * search. Words keep only letters and digits, so quotes and operators cannot appear inside a lexeme; a
 * word of several parts ("covid-19") is a phrase of them, as FTS5 reads it.
 */
export function postgresSearchQuery(terms: readonly SearchTerm[]): PostgresSearchQuery {
  const parts = terms.map(termQuery).filter((part): part is string => part !== null);
  return { all: parts.join(" & "), any: parts.join(" | ") };
}
