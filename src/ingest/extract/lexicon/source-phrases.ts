/**
 * Function words that delimit speaker phrases naming no person (see source-phrase.ts): where such a phrase
 * starts and ends, and where its head noun sits. Lower-case.
 */

/** Words that end a phrase read leftwards from its verb: the subject starts after them. */
export const LEFT_BOUNDARY: ReadonlySet<string> = new Set([
  "and", "but", "or", "that", "which", "who", "while", "as", "because", "when", "where", "if", "so", "though",
  "although", "since", "after", "before", "than", "then", "what", "how", "why", "once", "until", "unless",
]);

/** Words a subject never opens with: the phrase starts at the next determiner, if any. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "on", "at", "after", "before", "during", "since", "for", "by", "with", "from", "despite", "under",
  "over", "last", "this", "early", "late", "earlier", "later", "also", "still", "meanwhile", "however", "now",
  "instead", "there", "here", "yet", "today", "yesterday", "to", "into", "about", "through", "among", "between",
]);

/** Determiners that may open a speaker phrase: "the union", "several executives", "its board". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "one", "another", "some", "several", "many", "its", "their", "other", "most", "all",
  "both",
]);

/** Words after which a phrase's head has already been seen: "sources familiar with …", "an official with …". */
export const POST_HEAD: ReadonlySet<string> = new Set([
  "of", "which", "that", "with", "familiar", "close", "from", "at", "in", "for", "who", "on", "involved",
  "cited", "present", "working", "based", "representing", "inside", "within", "near", "sent", "issued",
  "released", "published", "obtained", "posted", "filed",
]);

/** Participles after a source's head that describe the source, not name it: "a nurse present during the raid". */
export const PARTICIPLE_MODIFIERS: ReadonlySet<string> = new Set([
  "present", "involved", "speaking", "working", "based", "attending", "reached", "contacted", "interviewed",
  "obtained", "seen", "reviewed", "viewed",
]);

/** Words that cannot end a subject phrase. */
export const NOT_FINAL: ReadonlySet<string> = new Set([
  "the", "a", "an", "of", "with", "to", "and", "or", "its", "their", "his", "her", "is", "was", "has", "have",
  "had", "be", "been", "not", "also", "that", "this",
]);

/** Words that make a run of words a clause rather than a noun phrase. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  "is", "are", "was", "were", "will", "would", "can", "could", "should", "has", "have", "had", "do", "does",
  "did", "it", "he", "she", "they", "we", "i", "hope", "hopes", "said", "says", "told", "may", "might", "must",
]);

/** Words that end a source phrase read rightwards ("said officials on Monday", "according to experts who …"). */
export const RIGHT_BOUNDARY: ReadonlySet<string> = new Set([
  "who", "which", "that", "on", "in", "at", "during", "last", "this", "when", "as", "after", "before", "said",
  "says", "told", "and", "but", "to", "because", "since", "released", "published",
]);
