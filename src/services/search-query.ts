import { BadUserInputError } from "../errors";
import { MAX_SEARCH_QUERY_LENGTH } from "../models/search.args";

/** One thing the user asked to find: a word or a "quoted phrase", optionally a prefix (trailing *). */
export interface SearchTerm {
  /** The word or the phrase's words, as the user wrote them (no quotes, no trailing *). */
  text: string;
  /** Written in double quotes: its words must appear together, in order. */
  phrase: boolean;
  /** Written with a trailing *: the (last) word matches any word that starts with it. */
  prefix: boolean;
}

/** A parsed search query: its terms, and the FTS5 MATCH expression that requires all of them. */
export interface ParsedSearchQuery {
  terms: SearchTerm[];
  /** FTS5 query syntax, every term a quoted string: no user text is ever read as an FTS5 operator. */
  match: string;
}

/**
 * Characters the FTS5 unicode61 tokenizer keeps in words (letters, digits, private use); everything else
 * separates words. A term without any of them would be an empty FTS5 phrase, so it is dropped.
 */
const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

/**
 * Control characters and lone surrogates separate words like spaces do (SQLite would cut a query string
 * at NUL and read the rest as an unterminated string).
 */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cs}]/gu;

/** The query's terms in order: "…" is a phrase (an unclosed one runs to the end), other runs of non-space are words. */
function splitTerms(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i];
    if (/\s/u.test(char)) {
      i++;
    } else if (char === '"') {
      const close = query.indexOf('"', i + 1);
      const end = close === -1 ? query.length : close;
      const text = query.slice(i + 1, end);
      i = close === -1 ? query.length : close + 1;
      let prefix = false;
      while (query[i] === "*") {
        prefix = true;
        i++;
      }
      terms.push({ text, phrase: true, prefix });
    } else {
      let end = i;
      while (end < query.length && query[end] !== '"' && !/\s/u.test(query[end])) end++;
      const word = query.slice(i, end);
      const text = word.replace(/\*+$/u, "");
      terms.push({ text, phrase: false, prefix: text.length < word.length });
      i = end;
    }
  }
  return terms;
}

/** A term as an FTS5 string: double quotes doubled, `*` after the closing quote for a prefix. */
function toMatch(term: SearchTerm): string {
  return `"${term.text.replace(/"/g, '""')}"${term.prefix ? " *" : ""}`;
}

/**
 * Parses what a user typed into a search: words and "quoted phrases", each optionally ending in * (prefix),
 * all required. FTS5 operators (AND, OR, NOT, NEAR, column:, parentheses, ^) are ordinary words here, and
 * anything that is not a letter or digit only separates words. Terms made of no letter or digit at all
 * (`-`, `*`, `"`) are ignored. Throws BAD_USER_INPUT naming `argumentName` when the query is blank, longer than
 * 500 characters, or has no term left to search for; never throws anything else.
 */
export function parseSearchQuery(query: string, argumentName = "query"): ParsedSearchQuery {
  if (query.length > MAX_SEARCH_QUERY_LENGTH) {
    throw new BadUserInputError(
      `${argumentName} must be at most ${MAX_SEARCH_QUERY_LENGTH} characters (got ${query.length})`,
      argumentName,
    );
  }
  if (query.trim() === "") throw new BadUserInputError(`${argumentName} must not be empty`, argumentName);
  const terms = splitTerms(query.replace(CONTROL_CHARACTERS, " ")).filter((term) => WORD_CHARACTER.test(term.text));
  if (terms.length === 0) {
    throw new BadUserInputError(
      `${argumentName} must contain a word to search for: a letter or digit (got ${JSON.stringify(query)})`,
      argumentName,
    );
  }
  return { terms, match: terms.map(toMatch).join(" AND ") };
}
