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
