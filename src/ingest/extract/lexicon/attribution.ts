/**
 * Words around a speech verb that are not what was said: between the speaker and the verb ("Brennick repeatedly
 * told"), and after the verb ("said in an email", "told reporters"). See quotes.ts.
 */

/** Words that may sit between a speaker and the speech verb: "Brennick repeatedly told", "had also argued". */
export const ATTRIBUTION_ADVERBS: readonly string[] = [
  "also", "repeatedly", "later", "previously", "then", "recently", "once", "further", "had", "has", "have",
  "would", "will", "again", "earlier", "publicly", "privately", "subsequently", "firmly", "strongly", "simply",
  "only", "never", "always", "often", "frequently", "both", "all", "initially", "originally", "reportedly",
  "quickly", "flatly", "bluntly", "candidly", "openly", "emphatically", "now", "still", "first", "finally",
  "eventually", "even", "just", "currently", "since",
  // Connectives and auxiliaries: "Carter however said", "Ryan has long said", "Lund did say". (Not negation: "would
  // not say whether …" reports no statement.)
  "however", "though", "too", "instead", "likewise", "meanwhile", "long", "did", "does", "may", "might", "could",
  "can", "must", "should",
  // A time between subject and verb: "Gowdy earlier Thursday said", "Lund last week said", "Lund on Friday said".
  "on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week", "weekend", "month", "year",
  "night", "morning", "afternoon", "evening", "today", "yesterday", "tonight", "last", "this", "late", "early",
];

/**
 * Lower-case words ending in "-ly" that are no manner adverbs: nouns ("the family said", "the assembly voted"),
 * verbs and periodicals. Any other "-ly" word between a speaker and the verb is one ("Ruiz defiantly told").
 */
export const LY_NON_ADVERBS: readonly string[] = [
  "family", "ally", "rally", "supply", "assembly", "anomaly", "monopoly", "melancholy", "homily", "butterfly", "bully",
  "belly", "jelly", "lily", "folly", "holly", "tally", "gully", "reply", "apply", "comply", "imply", "multiply",
  "weekly", "daily", "monthly", "quarterly", "yearly", "biweekly", "fortnightly", "nightly", "hourly", "italy",
];

/** Nouns for the medium a statement was made in: "said in an email", "wrote in a statement to …". Singular. */
export const STATEMENT_MEDIA: readonly string[] = [
  "email", "e-mail", "statement", "interview", "release", "conference", "tweet", "letter", "post", "call",
  "hearing", "speech", "address", "video", "blog", "op-ed", "report", "meeting", "briefing", "scrum",
  "message", "website", "site", "page", "podcast", "show", "broadcast", "newsletter", "column", "memo",
  "notice", "filing", "submission",
];

/** Social networks a statement was posted on: "said on Twitter". */
export const SOCIAL_MEDIA: readonly string[] = ["Twitter", "Facebook", "Instagram", "social media"];

/** Objects of "told"/"asked" that are the hearer, not the message: "told reporters", "told police". */
export const HEARERS: readonly string[] = [
  "reporters", "journalists", "media", "him", "her", "them", "us", "me", "you", "police", "court", "people",
  "parliament", "council", "staff", "caucus",
];

/**
 * Verbs that name or label something with a quoted phrase: "called the plan "…"", "labeling the bill "…"". The
 * quotation right after their object is the label given, not a statement made there.
 */
export const NAMING_VERBS: readonly string[] = [
  "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "label", "labels", "labeled", "labelled",
  "labeling", "labelling", "brand", "brands", "branded", "branding",
];

/** Words that may open the complement after "as" before a quoted phrase: "described the plan as a "…"". */
export const AS_COMPLEMENT_OPENERS: readonly string[] = [
  "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "being", "having", "largely", "simply", "merely",
];

/** Short words that stay lower case inside a title: "The Lord of the Rings", "Crime and Punishment". */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "as", "vs", "vs.", "&",
]);

/** Nouns for a work with a title: "in her memoir, "…"", "his book "…"", "the radio show "…"". Singular. */
export const TITLED_WORKS: readonly string[] = [
  "book", "autobiography", "memoir", "novel", "film", "movie", "show", "program", "programme", "series", "album",
  "song", "play", "musical", "documentary", "podcast", "column", "article", "headline", "essay", "op-ed", "editorial",
];

/**
 * Verbs that judge someone for something, the quoted phrase being that something: "accused the board of "…"",
 * "mocked her rival for "…"", "attacking the mayor for "…"". (Not "thanked … for": thanks are often quoted speech.)
 */
export const JUDGING_VERBS: readonly string[] = [
  "accuse", "accuses", "accused", "accusing", "mock", "mocks", "mocked", "mocking", "attack", "attacks", "attacked",
  "attacking", "blame", "blames", "blamed", "blaming", "criticize", "criticizes", "criticized", "criticizing",
  "criticise", "criticises", "criticised", "criticising", "fault", "faults", "faulted", "faulting", "taunt", "taunts",
  "taunted", "taunting", "credited", "praised", "praising", "slammed", "slamming",
];
