/**
 * Words written with a trailing period that do not end a sentence ("Dr. Smith", "Aug. 28", "St. John's").
 * Lower-case, without the period.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "rev", "hon", "gen", "lt", "col", "capt",
  "sgt", "cpl", "maj", "adm", "cmdr", "sen", "rep", "gov", "pres", "supt", "insp", "det", "const", "cst",
  "no", "nos", "vol", "fig", "inc", "ltd", "co", "corp", "bros", "dept", "univ", "assn", "ave", "blvd", "rd",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "vs", "etc", "approx", "est", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n",
]);

/**
 * Words that begin sentences but are never part of a name; a glued paragraph ("harmThe simple fact",
 * "unity.He said") is split before them.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  "The", "A", "An", "He", "She", "They", "It", "We", "I", "You", "His", "Her", "Their", "Its", "Our", "My",
  "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For",
  "From", "With", "Without", "After", "Before", "When", "While", "If", "As", "Since", "Although", "Though",
  "However", "Meanwhile", "Still", "Also", "Even", "Then", "Now", "Some", "Many", "Most", "Other", "Another",
  "One", "Two", "Three", "Last", "Next", "During", "Despite", "According", "Regarding", "Elsewhere",
  "Speaking", "What", "Who", "Why", "How", "Where", "Originally", "Doctors", "Police",
]);
