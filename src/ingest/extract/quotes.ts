import type { QuoteKind } from "../types";
import { splitSentences, type SentenceSpan } from "../parse/sentences";
import {
  ACCORDING_TO, BARE_CLAUSE_VERBS, EVIDENCE_VERBS, CLAUSE_PHRASE_PREPOSITIONS, INFINITIVE_SPEECH_VERBS, IRREGULAR_TAG_VERBS, PHRASE_PREPOSITIONS, THING_OBJECT_VERBS, CLAUSE_ONLY_VERBS, OBJECT_OR_CLAUSE_VERBS, OBJECT_TAKING_VERBS, REPORTING_PARTICIPLES, THOUGHT_VERBS, JUDGMENT_VERBS,
  PLAIN_SPEECH_VERBS, POS_CLAUSE_VERBS, QUESTION_OPENERS, QUESTION_VERBS, SPEECH_PARTICIPLES, SPEECH_VERBS,
} from "./lexicon/speech-verbs";
import { hearerLength, nounPhraseOnly, opensClause, phraseThenClause, prepositionalOnly, verbOpensClause } from "./clause-pos";
import type { PersonMention } from "./people";
import { findQuotedSpans, maskQuotes, type QuotedSpan } from "./quote-marks";
import { speakerAfter, speakerBefore, type SpeakerRef } from "./speaker-phrase";
import { sourceBefore } from "./source-phrase";
import { alternation } from "./lexicon/alternation";
import {
  AUXILIARY_VERBS, CLAUSE_SUBJECTS, CONTINUING_PARTICIPLES, IRREGULAR_PAST_VERBS, IT_OBJECT_FOLLOWERS, NOT_CLAUSE_OPENERS, PROGRESSIVE_AUXILIARIES,
  SENTENCE_CONNECTIVES, SUBORDINATORS,
} from "./lexicon/clause-words";
import {
  AS_COMPLEMENT_OPENERS, ATTRIBUTION_ADVERBS, HEARERS, JUDGING_VERBS, LY_NON_ADVERBS, NAMING_VERBS, SOCIAL_MEDIA, STATEMENT_MEDIA, TITLE_SMALL_WORDS, TITLED_WORKS,
} from "./lexicon/attribution";
import { MONTH_NAMES, TIME_PERIODS, WEEKDAY_NAMES } from "./lexicon/calendar";
import { ABBREVIATED_HONORIFICS } from "./lexicon/honorifics";
import { TITLE_ABBREVIATIONS } from "./lexicon/role-titles";
import { firstStartingAt, lowerBound, sortedByStart, spanAt, SpanIndex } from "./positions";

/** A quote before its speaker is resolved. Offsets index the body. */
export interface QuoteCandidate {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: string | null;
  /** The attribution's speaker phrase; null when the quote carries none (a continuation). */
  ref: SpeakerRef | null;
  /** For a participle cue ("…, adding that …"): the quote whose speaker this one shares. */
  sameSpeakerAs?: QuoteCandidate;
  /**
   * A quotation that is a label or a title, not speech: `called the plan "…"`, `described it as "…"`, `on a network's
   * "…"`. Its speaker is resolved like any other's (a quotation after it may share it), but it is not extracted.
   */
  label?: boolean;
  /**
   * The speaker was read as the agent after "by" of a passive ("Ruiz was asked by Lund whether …"): the sentence's
   * subject, the one asked, stays its most salient person for a pronoun after it.
   */
  passiveAgent?: boolean;
}

/** Words that may sit between a speaker and the speech verb: "Brennick repeatedly told", "had also argued". */
/** A manner adverb: a lower-case word of up to 20 letters ending in "-ly" ("defiantly", "angrily"), not a listed non-adverb. */
const MANNER_ADVERB = new RegExp(`(?!(?:${alternation(LY_NON_ADVERBS)})(?![a-z]))[a-z]{3,18}ly(?![a-z])`);
const MANNER_ADVERB_WORD = new RegExp(`^${MANNER_ADVERB.source}$`);
export const ADVERBS = new RegExp(`(?:[\\s\\u200b]+(?:(?:${alternation(ATTRIBUTION_ADVERBS)})(?![a-z])|${MANNER_ADVERB.source}|\\u200b))*[\\s\\u200b]*$`);
const ADVERB_SET: ReadonlySet<string> = new Set(ATTRIBUTION_ADVERBS);
const MAX_ADVERB_LENGTH = Math.max(20, ...ATTRIBUTION_ADVERBS.map((a) => a.length));
const isAdverb = (word: string) => ADVERB_SET.has(word) || MANNER_ADVERB_WORD.test(word);
const isGap = (c: string) => c === "\u200b" || /\s/.test(c);

/**
 * `text.replace(ADVERBS, "")`, read from the end: the regex, unanchored, tried every start of a sentence's prefix for
 * every verb in it (quadratic in a long sentence). Its matches are exactly the endings made of white space (or
 * U+200B) and listed adverbs each preceded by white space, so the longest such ending is cut by walking back.
 */
export function stripTrailingAdverbs(text: string): string {
  let p = text.length;
  let pos = text.length;
  for (;;) {
    let r = pos;
    while (r > 0 && isGap(text[r - 1])) r--;
    if (r < pos) p = r;
    let w = r;
    while (w > 0 && !isGap(text[w - 1]) && r - w <= MAX_ADVERB_LENGTH) w--;
    if (w === r || w === 0 || !isGap(text[w - 1]) || !isAdverb(text.slice(w, r))) return text.slice(0, p);
    pos = w;
  }
}

/** Phrases after the verb that are not what was said: "said Saturday", "said in an email", "told reporters". */
const AFTER_VERB = new RegExp(
  String.raw`^(?:\s*,)?\s*(?:(?:on|last|this|late|early)\s+)?` +
    String.raw`(?:(?:${alternation(WEEKDAY_NAMES)}|today|yesterday|tonight|${alternation(TIME_PERIODS)})\b(?!['\u2019])\s*)+` +
    String.raw`|^\s*(?:in|during|last|this|early|late)\s+(?:(?:${alternation(MONTH_NAMES)})(?:\s+\d{4})?|\d{4})\b\s*(?=that\b|[a-z])` +
    String.raw`|^\s*(?:in|during|on|at|via|through|by)\s+(?:(?:an?|the|his|her|their|its|our)\s+)?(?:[\w-]+\s+){0,2}?` +
    String.raw`(?:${alternation(STATEMENT_MEDIA)})s?\b\s*(?:(?:to|with|on|from)\s+(?:[\w.'-]+\s+){0,4}?)?(?=that\b|[a-z])` +
    String.raw`|^\s*on\s+(?:${alternation(SOCIAL_MEDIA)})\s*`,
  "u",
);

/**
 * Up to "that" after a speech verb: a time or place phrase of a few words ("at a rally in Springfield, Ill., on
 * Monday", "last quarter", "earlier this month") or "however," may come first, and a comma after "that" is skipped ("say that,
 * even if …, …"). A "that" followed by a past-tense verb or an adverb is a relative pronoun ("in the days that followed", "a bust that briefly …").
 */
const THAT_AFTER_PHRASE = new RegExp(
  String.raw`^\s*,?\s*(?:however\s*,\s*)?(?:(?:(?:${alternation(PHRASE_PREPOSITIONS)})\s+|(?:last|this|earlier|later|next|late|early)\s+)` +
    String.raw`(?:[\p{L}\p{N}'\u2019.-]+,?\s+){0,8}?)?that\b(?!['\u2019])(?!\s+[a-z]+(?:ed|ly)\b)(?:\s*,)?`,
  "u",
);

/** How a description that may speak opens: a determiner or quantifier, or a capital ("the audit", "Both sides", "Early data"). */
const DESCRIPTION_OPENING = /^(?:(?:the|a|an|his|her|their|its|both|some|many|most|several|other)\s|\p{Lu})/u;

/** Verb forms that are also plural nouns ("states", "reports", "claims"). */
const PLURAL_NOUN_VERBS: ReadonlySet<string> = new Set([
  "states", "reports", "claims", "notes", "comments", "remarks", "estimates", "tweets", "posts",
]);
/** Words before such a form that make it the noun: a number, a determiner or an adjective of quantity, "United". */
const NOUN_DETERMINER_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:\d[\d,.]*|the|these|those|their|his|her|its|our|other|some|many|several|few|all|both|two|three|four|five|six|seven|eight|nine|ten|dozen|United|such|news|media|early|initial|recent|\p{L}+['\u2019]s)\s+$`,
  "u",
);

/** Words before a bare "say" that make it no report: a negation or a modal ("won't say", "could say"), a determiner ("a say"). */
const NOT_REPORTING_SAY = /(?:\b(?:not|never|could|can|cannot|might|may|should|must|shall|a|the|their|his|her|its|our|any|no|final|larger|bigger|greater|more|equal)|n['\u2019]t)\s+$/i;

/** What follows "states" used as a speech verb ("The report states that …", "He states, however, that …"). */
const VERB_FORM_AFTER = new RegExp(
  String.raw`^\s*(?:(?:however|also|clearly|explicitly)\b|[.,;:!?]|$|["\u201C\u25A0]|that\b(?!\s+(?:${alternation(AUXILIARY_VERBS)}|[a-z]+ed)\b)|in\s+(?:a|an|the|its|his|her|their)\s)`,
);

/** ", and Dev Raman, the adviser, said": a coordinated clause with its own named speaker and speech verb. */
const NEW_SPEAKER_CLAUSE = new RegExp(
  String.raw`,?\s+(?:and|but|while|whereas)\s+(?:(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov)\.\s+)?(?:\p{Lu}[\p{L}'\u2019-]+(?:\s+|(?=,))){1,3}` +
    String.raw`(?:,[^,\u25A0"]{1,100},\s+)?(?:said|says|told|added|noted|argued|explained|insisted|warned|vowed|pledged|promised|claimed|suggested)\b`,
  "u",
);
/**
 * ", and more than 3 in 10 said …", ", compared with 20 percent who say …", ", while only half of the riders say …": a
 * coordinated clause whose subject is a group or a share, with a speech verb of its own.
 */
const NEW_GROUP_SPEAKER_CLAUSE = new RegExp(
  String.raw`,\s+(?:and|but|while|whereas|compared\s+(?:with|to))\s+(?:[\p{Ll}\p{N}%'\u2019.-]+\s+){1,6}?(?:who\s+)?` +
    String.raw`(?:said|say|says|told|added|noted|argued|explained|insisted|warned)\b`,
  "u",
);
/** A comma and a speech verb: where a relative clause's reported speech ends and the main verb follows. */
const RELATIVE_CLAUSE_END = /,\s+(?:also\s+)?(?:said|says|added|adds|told|tells|noted|argued|explained|wrote|insisted|warned)\b/;

/** "As <subject>" right before a speech verb, at a sentence's start or after a connective: "As the paper", "But as Ana Ruiz". */
const AS_SUBJECT = /^[\s\p{P}]*(?:(?:But|And|However|Yet|So|Still|Also|Indeed),?\s+)?[Aa]s\s+((?:[\p{L}\p{N}'\u2019.&-]+\s+){0,6}[\p{L}\p{N}'\u2019.&-]+)$/u;

/** A short phrase with no verb that sets the scene before a mid-sentence tag: "In both cases", "At one point", "Asked about it". */
const SCENE_LEAD = /^[\s\p{P}]*(?:(?:In|At|On|For|From|During|With|Without|By|Besides|Unlike|Like|Under|Over|Beyond|Despite|As\s+for)(?:\s+[\p{L}\p{N}'\u2019-]+){1,5}|Asked\b[^,]*)$/u;

/** Openings of a subordinate or participial phrase that sets the scene before a tag: "While …", "Taking it in", "When asked". */
const SCENE_OPENER = new RegExp(String.raw`^[\s\p{P}]*(?:(?:${alternation(SUBORDINATORS)}|once|until|unless|asked)\b|[A-Za-z][a-z]+ing\b)`, "iu");

/** A finite verb right after a phrase read as an inverted tag's speaker: it is the subject of a reported clause. */
const FINITE_AFTER_SPEAKER = new RegExp(
  String.raw`^\s+(?:(?:also|still|now|already|never|not|just)\s+)?(?:${alternation(AUXILIARY_VERBS)}|[a-z]{3,}ed|that)\b`,
);

/** Objects of "told"/"asked": the hearer, not the message. */
const HEARER = new RegExp(
  String.raw`^\s*(?:(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?[\w-]+|${alternation(HEARERS)}|` +
    String.raw`(?:all\s+|some\s+|many\s+|fellow\s+)?\p{Ll}{3,}(?<!ss)s|\p{Lu}[\p{L}'\u2019]*(?:\s+\p{Lu}[\p{L}'\u2019]*){0,3})` +
    String.raw`(?=\s+(?:that\s+)?[a-z])\s*`,
  "u",
);

const verbAlternation = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, "\\s+")).join("|");
/** After an inverted tag's speaker, an optional appositive, then ", who" and a speech verb: ", a pollster, who added". */
const RELATIVE_SPEECH_AFTER_TAG = new RegExp(
  String.raw`^(?:,[^,;:\u25A0"\u201C\u201D]{1,100}){0,3}?,\s+who\s+(?:(?:also|later|then|has|have|had)\s+)?(${verbAlternation})\b`,
);
/** A speech verb, not the end of a compound ("co-wrote"). */
const VERB_RE = new RegExp(`(?<![-\\w])(${verbAlternation})\\b`, "g");
const participleAlternation = [...SPEECH_PARTICIPLES].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, "\\s+")).join("|");
/** ", adding that …" / " and noting …": a comma or "and" before it, so a noun ("the warning was late") is not one. */
const PARTICIPLE_RE = new RegExp(`(?:,\\s*(?:and\\s+)?|\\s+and\\s+|,?\\s+(?:before|after|while)\\s+)(${participleAlternation})\\b(\\s+that)?\\s*`, "g");
/** Right after a closing quote: `"…," said` / `"…" according to`. */
const TAG_AFTER_RE = new RegExp(`^\\s*,?\\s*(${verbAlternation})\\b`);
const ACCORDING_AFTER_RE = new RegExp(`^\\s*,?\\s*(${ACCORDING_TO})\\s+`, "i");
/** After a name that follows a quote: `, <appositive>, said`. */
const APPOSITIVE_VERB_RE = new RegExp(`^,[^\u25A0"]{1,200}?,\\s+(${verbAlternation})\\b`);
/** Abbreviated titles whose period does not end the words between a verb and its quotation ("said that Mr. Lund has "…""). */
const TITLE_ABBREVIATION_WORDS = [...ABBREVIATED_HONORIFICS, ...TITLE_ABBREVIATIONS.keys()]
  .map((w) => w[0].toUpperCase() + w.slice(1));
/** Right before an opening quote: `…, emphasizing that "` / `He said "`. */
const PARTICIPLE_BEFORE_RE = new RegExp(`(?:${participleAlternation})(?:\\s+that)?\\s*[:,]?\\s*$`);
/** The last speech verb before an opening quote (`a man asked for directions and Lee said, "`: "said"); group 1 is the verb. */
const VERB_BEFORE_RE = new RegExp(
  `^[\\s\\S]*(?<![-\\w])(${verbAlternation})\\b(?:[^\\u25A0".]|(?<=\\b(?:${alternation(TITLE_ABBREVIATION_WORDS)}))\\.){0,60}?(?:\\s+that)?\\s*[:,]?\\s*$`, "d");
/** A capitalised speech verb opening the sentence before a quotation, its speaker after it: `Said Ana Ruiz, "…"`. */
const INVERTED_OPENING_RE = /^[\s\p{P}]*(Said|Says|Added|Adds|Asked|Asks|Wrote|Writes|Recalled|Recalls)\s+(?=\S)/u;
/** A dash signing a quotation with its author's name: `“…” ― Ana Ruiz`, `"…" -- Dev Raman`. */
const SIGNATURE_DASH = /^\s*(?:[\u2015\u2014\u2013]|--?)\s*/;
/** Right before a quotation that is a title, not speech: "on NBC's "…"", "appeared on "…"", "a show called "…"". */
const TITLE_BEFORE = /(?:\b(?:on|in|of|titled|called|named|dubbed)|\p{Lu}[\p{L}.]*['\u2019]s)\s*$/u;
/**
 * Right before a quotation that is a complement, not speech made there: "described the plan as "…"", "called the
 * plan "…"" (a naming verb and at most four words of its object, no punctuation between), "accused the board of
 * "…"" (a judging verb, its object, "of"/"for"). Not "such as "…"".
 */
const COMPLEMENT_BEFORE = new RegExp(
  String.raw`(?:(?<!\bsuch\s+)\bas(?:\s+(?:${alternation(AS_COMPLEMENT_OPENERS)}))?|\b(?:${alternation(NAMING_VERBS)})(?:\s+[\p{L}\p{N}'\u2019-]+){0,4}|` +
  String.raw`\b(?:${alternation(JUDGING_VERBS)})(?:\s+[\p{L}\p{N}'\u2019-]+){0,5}?\s+(?:of|for)(?:\s+(?:${alternation(AS_COMPLEMENT_OPENERS)}))?)\s*$`, "u");
/** Right before a quotation that may be a title: "on a network's "…"", "an interview with "…"", "the host of "…"". */
const TITLE_LEAD = /(?:\b(?:on|in|of|with|to|for|from|by|at|told|titled|called|named|dubbed)|\p{L}[\p{L}.]*['\u2019]s)\s*$/u;
/** Right after the name of a kind of work: "in her memoir, "…"", "the radio show "…"", "an editorial entitled "…"". */
const WORK_LEAD = new RegExp(String.raw`\b(?:${alternation(TITLED_WORKS)}|entitled)\s*,?\s*$`);
/** A quotation written as a title: at most nine words (`max`), each capitalised but for short function words ("The Harbour at Night"). */
function titleCased(inner: string, max = 9): boolean {
  const words = inner.replace(/^[\s\p{Pi}\p{Ps}"']+|[\s\p{Pf}\p{Pe}"'.,!?:;]+$/gu, "").split(/\s+/);
  if (words.length > max || words[0] === "") return false;
  let proper = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^\p{Lu}\p{Ll}/u.test(w)) proper = true;
    else if (!/^[\p{Lu}\p{N}]/u.test(w) && !(i > 0 && (TITLE_SMALL_WORDS.has(w) || /^\p{Pd}$/u.test(w)))) return false;
  }
  return proper;
}
/** A plain speech verb: enough to attribute speech to a subject that is neither a person nor a recognised source. */
const PLAIN_VERB_RE = new RegExp(`^(${alternation(PLAIN_SPEECH_VERBS)})$`);
const ACCORDING_RE = new RegExp(`\\b${ACCORDING_TO}\\s+`, "i");

/**
 * Signs of a finite verb in the first words of a clause after a bare verb: "said the plan *was* …", "said
 * *it's* …", "added *he* expects …". "Smith added a goal and an assist" has none and is not speech.
 */
const FINITE_VERB = new RegExp(
  String.raw`\b(?:${alternation(AUXILIARY_VERBS)}|[a-z]{2,}ed|[a-z]+n['\u2019]t|${alternation(IRREGULAR_PAST_VERBS)})\b` +
    String.raw`|['\u2019](?:s|re|ll|d|ve|m)\b|\b(?:${alternation(CLAUSE_SUBJECTS)})\s+[a-z]+\b`,
  "i",
);
/** FINITE_VERB without its readings that may be no verb: a word in "-ed" (an adjective) or "'s" (a possessive). */
const UNAMBIGUOUS_FINITE_VERB = new RegExp(
  String.raw`\b(?:${alternation(AUXILIARY_VERBS)}|[a-z]+n['\u2019]t|${alternation(IRREGULAR_PAST_VERBS)})\b` +
    String.raw`|['\u2019](?:re|ll|d|ve|m)\b|\b(?:${alternation(CLAUSE_SUBJECTS)})\s+[a-z]+\b`,
  "i",
);
/** Where the first clause of reported speech ends, for the finite-verb test: a comma or a subordinator. */
const FIRST_CLAUSE_END = /,|\s(?:as|when|while|because|before|after|since|until|if|although|though|despite)\s/;
/** Nothing before a sentence's subject but punctuation and at most one connective: "But Kerr, …", "Meanwhile, Kerr …". */
/** …and titles written before the name: "Senator Ana Ruiz, …", "But State Sen. Ana Ruiz, …", "Former Harbour Board Chair Ana Ruiz, …". */
const LEADING_CONNECTIVE_ONLY = new RegExp(
  String.raw`^[\s\p{P}]*(?:(?:${alternation(SENTENCE_CONNECTIVES)}),?\s+)?(?:\p{Lu}[\p{L}.'\u2019&-]*\s+|(?:of|the|for|and)\s+){0,6}$`, "u",
);
/** Words right after a bare verb that open an object or a phrase, not a clause: "said to …", "said goodbye". */
const NOT_A_CLAUSE = new RegExp(String.raw`^\s*(?:${alternation(NOT_CLAUSE_OPENERS)})\b`, "i");
/** "said it", "said this" as the object: "he said it best", but "said it would close" is a clause. */
const IT_AS_OBJECT = new RegExp(String.raw`^\s*(?:it|this)(?:\s*[.,;:!?]|\s*$|\s+(?:${alternation(IT_OBJECT_FOLLOWERS)})\b)`, "i");

/** The finite verb whose complement a reporting participle takes, where it is not "says": "telling" takes a hearer first. */
const PARTICIPLE_AS_VERB: Readonly<Record<string, string>> = { telling: "told", announcing: "announced" };

/**
 * Participles that report speech after a clause without a speech verb: "…, saying (that) …", "…, eventually saying …",
 * "responded by saying …", "pointing to his record and saying …". The "that" is left to clauseAfterVerb.
 */
const REPORTING_PARTICIPLE_RE = new RegExp(
  `(?:,|\\s+by|,?\\s+and)\\s+(?:[a-z]{3,18}ly\\s+)?(${REPORTING_PARTICIPLES.map((v) => v.replace(/ /g, "\\s+")).join("|")})\\b\\s*`,
  "g",
);

/**
 * The fallback when no participle after a comma, "by" or "and" is found: "saying" anywhere ("voters saying …"), or a
 * reporting participle right after a quotation (`the "ferry queen," noting that …`, the comma inside the quotation)
 * or after "while", "before", "after", "in", "since" ("before arguing the fares …"; see BARE_PARTICIPLE_LEAD). Group 1
 * is the participle.
 */
const BARE_PARTICIPLE_RE = new RegExp(
  String.raw`(${REPORTING_PARTICIPLES.map((v) => v.replace(/ /g, "\\s+")).join("|")})\b\s+`,
  "gu",
);
/**
 * What must end the text before a participle other than "saying" for BARE_PARTICIPLE_RE (which is not preceded by a
 * letter): a quotation, "while/before/after/in/since", or a form of "be" making a progressive, with at most one adverb
 * ("is insisting that …", "she's already claiming …").
 */
const BARE_PARTICIPLE_LEAD = new RegExp(
  String.raw`(?:[\u25A0"\u201D]\s{0,3}|\b(?:while|before|after|in|since)\s{1,3}|` +
    String.raw`(?:\b(?:${alternation(PROGRESSIVE_AUXILIARIES)})|\p{L}['\u2019]s)\s+(?:(?:also|already|now|still|again|${MANNER_ADVERB.source})\s+)?)$`,
  "u",
);
/** How far before a bare participle BARE_PARTICIPLE_LEAD looks. */
const BARE_PARTICIPLE_LEAD_CHARS = 30;

/**
 * The subject of the sentence from `from` to `to` (quote-masked): its first name, unless written as a
 * possessor ("Kerr's"), after at most a short opening phrase; else an opening "he"/"she"/"they".
 */
function sentenceSubject(ctx: Context, from: number, to: number): SpeakerRef | null {
  const { masked, mentions } = ctx;
  const fits = (x: PersonMention) => x.start >= from && x.end <= to && x.start - from <= 80 &&
    !/^['\u2019]s?\b/.test(masked.slice(x.end, x.end + 2)) && !/[\u25A0"]/.test(masked.slice(from, x.start));
  let m: PersonMention | undefined;
  if (sortedByStart(mentions)) {
    for (let i = firstStartingAt(mentions, from); i < mentions.length && mentions[i].start - from <= 80 && !m; i++)
      if (fits(mentions[i])) m = mentions[i];
  } else m = mentions.find(fits);
  if (m) return { kind: "mention", start: m.start, end: m.end, surface: masked.slice(m.start, m.end) };
  const pro = /^[\s\p{P}]*(?:[^,\u25A0"]{0,40},\s*)?(he|she|they)\b/iu.exec(masked.slice(from, to));
  if (pro) return { kind: "pronoun", start: from + pro[0].length - pro[1].length, end: from + pro[0].length, surface: pro[1] };
  // "Officials called …": a source phrase before the first verb.
  const np = /^([\s\p{P}]*(?:[^,\u25A0"]{0,40},\s*)?)((?:[\p{L}'\u2019-]+\s+){0,4}?[\p{L}'\u2019-]+)\s+(?:[a-z]+ed|[a-z]+s|has|have|had|was|were|is|are|will|would)\b/u.exec(masked.slice(from, to));
  if (np) {
    const start = from + np[1].length;
    const source = sourceBefore(masked, start + np[2].length, start);
    if (source) return { kind: "other", start: source.start, end: source.end, surface: source.surface, source };
  }
  return null;
}

/** A quotation closing a sentence glued to the next one: `…open."Ruiz hit back, …` (the quotation is masked). */
const LEADING_CLOSED_QUOTE = /^\s*["\u201C]\u25A0*[.?!]?\s*["\u201D]\s*(?=\p{Lu})/u;
/** The words opening a sentence up to a verb: a past or auxiliary one ("Several farm advocates filed", "The senator hit"). */
const LEADING_NOUN_PHRASE = new RegExp(
  String.raw`^[\s\p{P}]*((?:[\p{L}\p{N}'\u2019.&-]+\s+){0,9}?[\p{L}\p{N}'\u2019&-]+)\s+(?:(?:also|then|later|quickly|again)\s+)?` +
    String.raw`(?:[a-z]{2,}ed|${alternation(AUXILIARY_VERBS)}|${alternation(IRREGULAR_PAST_VERBS)})\b`,
  "u",
);

/**
 * The speaker of a participle of speech after a clause with no speech verb ("The senator hit back, saying …"):
 * the sentence's subject, read after a quotation glued before the sentence: a name or pronoun (see
 * sentenceSubject), else the noun phrase before the sentence's first past or auxiliary verb as a role or a
 * source (speakerBefore at its end), else any source sentenceSubject reads; null when none is read.
 */
function participleSubject(ctx: Context, from: number, to: number): SpeakerRef | null {
  const glued = LEADING_CLOSED_QUOTE.exec(ctx.masked.slice(from, Math.min(to, from + 2000)));
  const start = glued ? from + glued[0].length : from;
  const subject = sentenceSubject(ctx, start, to);
  if (subject && subject.kind !== "other") return subject;
  const np = LEADING_NOUN_PHRASE.exec(ctx.masked.slice(start, to));
  if (np) {
    const end = start + np[0].indexOf(np[1]) + np[1].length;
    const ref = speakerBefore(ctx.masked, end, ctx.mentions, start);
    if (ref && (ref.kind === "role" || ref.kind === "mention" || (ref.kind === "other" && ref.source))) return ref;
  }
  return subject;
}

/** Words opening what follows a mid-sentence tag when it is not more of the quote: a participle or a subordinate clause. */
const NOT_CONTINUED_SPEECH = new RegExp(
  String.raw`^\s*(?:and|but)\s+(?:${alternation(SUBORDINATORS)})\b|^\s*(?!(?:${alternation(CONTINUING_PARTICIPLES)})\b)[a-z]+ing\b`,
);
/** A photo credit at the start of a span: "( Jon Lee / Harbour Press )". */
const LEADING_CREDIT = /^\(\s*[^()]{2,60}\/[^()]{2,60}\)\s*/;
/** A photo credit right after a sentence: "(Jon Lee/Harbour Press)", "( Ana Ruiz / The Daily Star File Photo )". */
const CAPTION_CREDIT = /^\s*\(\s*[^()]{2,60}\/[^()]{2,60}\)/;

/** A second speech verb sharing the subject: ", and added …", " and also said …". */
const COORDINATED_VERB_RE = new RegExp(
  `(?:,?\\s+(?:and|but)\\s+(?:(?:he|she|they)\\s+)?(?:(?:also|then|later|still|again)\\s+)?|[:;]\\s+(?:he|she|they)\\s+(?:also\\s+)?)(${verbAlternation})\\b`,
  "g",
);

/** A contrasting clause with its own named speaker: ", but Okafor says …", " while Dr. Lee argues …". */
const CONTRAST_RE = new RegExp(
  `,?\\s+(?:but|while|whereas)\\s+(?:(?:Dr|Mr|Mrs|Ms)\\.\\s+)?(?:\\p{Lu}[\\p{L}'\\u2019-]+\\s+){1,3}(?:${verbAlternation})\\b`,
  "gu",
);

/** A name or pronoun and a past-tense verb: the tag after a quotation ending in a comma (`," Hale blurted out`). */
const ANY_PAST_TAG_SOURCE =
  String.raw`^\s*((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}?\p{Lu}[\p{L}'\u2019-]*|he|she|they)\s+(?:[a-z]+ly\s+)?([a-z]{3,}ed|${alternation(IRREGULAR_TAG_VERBS)})\b`;
const ANY_PAST_TAG = new RegExp(ANY_PAST_TAG_SOURCE, "u");
/**
 * After a question or exclamation, the next sentence is its tag only when it is little more than a name and a past verb
 * (`"…?" Lund pressed.`), not a sentence of its own (`"…?"Lund appeared to dismiss the issue …`).
 */
const SHORT_TAG_SENTENCE = new RegExp(`${ANY_PAST_TAG_SOURCE}(?:\\s+(?:back|up|in|out|on|again))?\\s*[.!]?\\s*$`, "u");

const MIN_DIRECT_WORDS = 5;
/** A quotation inside reported speech with fewer words than this is part of that speech. */
const MIN_EMBEDDED_WORDS = 8;
/** Words of its own a reported clause needs before a quotation to be kept whole around it. */
const MIXED_LEAD_WORDS = 2;
const MIN_INDIRECT_WORDS = 3;

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Trims white space and trailing punctuation from [start, end) of `text`. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:\u2014-]/.test(text[s])) s++;
  while (e > s && /[\s.,;:!?\u2014-]/.test(text[e - 1])) e--;
  return [s, e];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Openings of what follows "…, according to X," that is no more of the speech: an appositive, a relative clause, a participle. */
const NOT_ACCORDING_TAIL = /^\s*(?:(?:a|an|the|who|whose|which|where|including|one|among|its|his|her|their)\b|[a-z]+(?:ed|ing)\b)/;

/** A determiner opening what follows "according to X,": an appositive ("a doctor in Ava") or a clause's subject. */
const DETERMINER_TAIL = /^\s*(?:a|an|the|its|his|her|their)\s/;

/** A subordinate clause opening a sentence: "While most were sealed", "Because the pier closed". */
const SUBORDINATE_OPENING = new RegExp(String.raw`^[\s\p{P}]*(?:(?:${alternation(SUBORDINATORS)}|unless|until|once)\b)`, "iu");

/**
 * True when the words before a mid-sentence "according to X," are a fragment of the sentence, not speech of its own: a
 * prepositional phrase with no verb ("Among the cases at risk") or a subordinate clause ("While most were sealed").
 * A noun phrase ("The harsh truth, according to X, is …") may be annotated as speech of its own, and is kept.
 */
function accordingLeadFragment(lead: string): boolean {
  const text = lead.replace(/\u25A0+/g, " is ").replace(/[\s,]+$/, "");
  return (SUBORDINATE_OPENING.test(text) && !text.includes(",")) || prepositionalOnly(text);
}

/** Longest phrase after "according to" kept as an unnamed source when no known kind of source is read there. */
const MAX_ACCORDING_WORDS = 16;

/**
 * The phrase after "according to" up to a comma or the sentence end, as an unnamed source ("according to early
 * first tallies of harbour counts made by a survey firm, …"), when it is short and holds no quotation; else null.
 */
function accordingPhrase(masked: string, start: number, end: number): SpeakerRef | null {
  const m = /^\s*([^,;:\u25A0"\u201C\u201D()]+?)\s*(?:[,;:(]|[.!?]?\s*$)/u.exec(masked.slice(start, end));
  if (!m || wordCount(m[1]) > MAX_ACCORDING_WORDS || !/\p{L}/u.test(m[1])) return null;
  const s = start + m[0].indexOf(m[1]);
  const surface = m[1].replace(/[.]$/, "");
  const source = { start: s, end: s + surface.length, surface, kind: "description" as const, named: false };
  return { kind: "other", start: s, end: s + surface.length, surface, source };
}

/** A speaker's label opening a transcript turn: "RUIZ: ", "ANA RUIZ: ", after a sentence end or at the start. */
const TURN_LABEL = /(?:^|(?<=[.?!\u25A0"\u201D]\s{0,3}))(\p{Lu}{2,}(?:[ '\u2019-]\p{Lu}{2,}){0,2}):\s+/gu;
/** What every TURN_LABEL match ends with. */
const LABEL_END = /\p{Lu}\p{Lu}:\s/u;
/** Labels of page furniture, not speakers: "READ MORE: …", "WATCH: …". */
const NOT_SPEAKER_LABELS = new Set([
  "READ MORE", "MORE", "WATCH", "LOOK", "VIDEO", "PHOTOS", "PHOTO", "UPDATE", "RELATED", "CLOSE", "NOTE", "EDITOR'S NOTE",
  "ALSO", "BREAKING", "LISTEN", "SEE", "CORRECTION", "CLARIFICATION", "WARNING", "SPOILER", "TRANSCRIPT",
]);
/** Labels of links to other stories or videos: the headline after them reports nothing in this article. */
const LINK_LABELS = ["READ MORE", "WATCH", "RELATED", "LISTEN", "VIDEO", "PHOTOS", "LOOK", "SEE ALSO", "MORE"];
/** A sentence opening with a link label and a colon: "READ MORE: …", "Watch: …". */
const LINK_LABEL = new RegExp(String.raw`^[\s\p{P}]*(?:${LINK_LABELS.join("|")})\s*:`, "iu");
/** The longest transcript turn taken when no other turn follows. */
const MAX_TURN_LENGTH = 1200;

/**
 * The turns of an interview transcript in `masked` whose label is the surname (or full name) of a person named in
 * the article, each from after its label to the next label, the end of its paragraph-like run of sentences, or
 * MAX_TURN_LENGTH characters; turns of unnamed speakers ("HOST:", "Q:") are not quotes of anyone named. Linear.
 */
function transcriptTurns(masked: string, mentions: PersonMention[]): { start: number; end: number; ref: SpeakerRef }[] {
  // Every label is two capitals right before a colon and white space: without one, the text holds no turn.
  if (!LABEL_END.test(masked)) return [];
  const labels = [...masked.matchAll(TURN_LABEL)].filter((m) => !NOT_SPEAKER_LABELS.has(m[1]));
  if (labels.length < 2) return [];
  const byName = new Map<string, PersonMention>();
  for (const m of mentions) {
    const words = masked.slice(m.start, m.end).toUpperCase().split(/\s+/);
    byName.set(words[words.length - 1], m);
    byName.set(words.join(" "), m);
  }
  const out: { start: number; end: number; ref: SpeakerRef }[] = [];
  labels.forEach((label, i) => {
    const speaker = byName.get(label[1]);
    if (!speaker) return;
    const start = label.index + label[0].length;
    const limit = i + 1 < labels.length ? labels[i + 1].index : masked.length;
    const [s, e] = trimSpan(masked, start, Math.min(limit, start + MAX_TURN_LENGTH));
    if (wordCount(masked.slice(s, e)) < MIN_INDIRECT_WORDS || /\u25A0/.test(masked.slice(s, e))) return;
    out.push({ start: s, end: e, ref: { kind: "mention", start: speaker.start, end: speaker.end, surface: masked.slice(speaker.start, speaker.end) } });
  });
  return out;
}

/** What may follow a signature's name: a short affiliation ("Ana Ruiz, Toronto", "Ana Ruiz, Harbour Tenants Union"). */
const SIGNATURE_TAIL = /^\s*(?:,\s*[^,.;:\u25A0"\u201C\u201D]{1,80})?[.]?\s*$/;
/** A pull quote speaks in the first person ("I am thankful …", "We need …"); a list of names and titles does not. */
const FIRST_PERSON = /\b(?:I|I['\u2019](?:m|ve|d|ll)|[Ww]e|[Ww]e['\u2019](?:re|ve|ll|d)|[Mm]y|[Oo]ur|me|us)\b/;
/** Words a pull quote needs: shorter sentences are captions and headings. */
const MIN_PULL_QUOTE_WORDS = 6;

/**
 * Pull quotes: a sentence in the first person with no quotation mark and no speech verb, right before a "sentence" that is only a
 * person's full name (after an optional dash, before an optional short affiliation), as a page prints a quote
 * pulled out of the article and signed. Each is attributed to the person signing it. Linear in the sentences.
 */
function signedPullQuotes(ctx: Context): { start: number; end: number; ref: SpeakerRef }[] {
  const { masked, sentences, mentions } = ctx;
  const out: { start: number; end: number; ref: SpeakerRef }[] = [];
  let k = 0;
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    while (k < mentions.length && mentions[k].start < s.start) k++;
    const m = mentions[k];
    if (!m || m.end > s.end || !/^[\s\u2014\u2015\u2013-]*$/.test(masked.slice(s.start, m.start))) continue;
    const tail = masked.slice(m.end, s.end);
    // "Ana Ruiz, Dev Raman and Cara Lind all said it.": a tail with a verb of speech goes on as a sentence.
    VERB_RE.lastIndex = 0;
    if (!/\s/.test(masked.slice(m.start, m.end)) || !SIGNATURE_TAIL.test(tail) || VERB_RE.test(tail)) continue;
    const prev = sentences[i - 1];
    const text = masked.slice(prev.start, prev.end);
    VERB_RE.lastIndex = 0;
    if (/[\u25A0"\u201C\u201D]/.test(text) || wordCount(text) < MIN_PULL_QUOTE_WORDS || VERB_RE.test(text)) continue;
    if (ACCORDING_RE.test(text) || !FIRST_PERSON.test(text) || /\*|WINNER/.test(text)) continue;
    const [start, end] = trimSpan(masked, prev.start, prev.end);
    out.push({ start, end, ref: { kind: "mention", start: m.start, end: m.end, surface: masked.slice(m.start, m.end) } });
  }
  return out;
}

/** The body with its quotations found and masked, and the masked text's sentences (see quotedText). */
export interface QuotedText {
  quoted: QuotedSpan[];
  masked: string;
  sentences: SentenceSpan[];
}

/** Finds the quotations in `body` once, for quote finding and speaker resolution to share. */
export function quotedText(body: string): QuotedText {
  const quoted = findQuotedSpans(body);
  const masked = maskQuotes(body, quoted);
  return { quoted, masked, sentences: splitSentences(masked) };
}

interface Context {
  body: string;
  masked: string;
  sentences: SentenceSpan[];
  mentions: PersonMention[];
  quoted: QuotedSpan[];
}

/** A quantity opening a clause: "more than 1 million donors", "about half of the rise", "fewer than 10 percent". */
const QUANTITY_OPENING = /^\s*(?:(?:more|less|fewer)\s+than|about|nearly|almost|roughly)\s+(?:\d|half\b|a\s+(?:third|quarter|fifth|dozen|hundred|thousand|million)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:in|out|of|million|thousand|hundred|dozen)\b)/i;

/** How much of a text firstClause reads: its sixteen words in any text but a run of masked quotations or very long words. */
const FIRST_CLAUSE_CHARS = 600;

/** The first words of a clause (up to a comma or a subordinator, at most 16), with masked quotations read as "is". */
function firstClause(text: string): string {
  // Sixteen words fit in the first FIRST_CLAUSE_CHARS characters: the rest of a long sentence is not read.
  const head = text.slice(0, FIRST_CLAUSE_CHARS);
  const cut = head.search(FIRST_CLAUSE_END);
  return (cut >= 0 ? head.slice(0, cut) : head).split(/\s+/).slice(0, 16).join(" ").replace(/\u25A0+/g, " is ");
}

/**
 * A reported question: a form of "ask", at most eight words (the hearer, "by a reporter", "on Monday"), then
 * "whether" or "if" (group 2 is the words between, group 3 the opener).
 */
const QUESTION_RE = new RegExp(
  String.raw`(?<![-\p{L}])(${alternation(QUESTION_VERBS)})((?:\s+(?!(?:${alternation(QUESTION_OPENERS)})\b)[^\s,;:.!?\u25A0"\u201C\u201D]+){0,8}?)` +
    String.raw`\s+(${alternation(QUESTION_OPENERS)})\s+(?=\p{L})`,
  "giu",
);
/** What may stand before a question that opens the sentence: "Asked …", "When asked …", "But when he was asked …". */
const QUESTION_LEAD = /^[\s\p{P}]*(?:(?:but|and|yet)\s+)?(?:(?:when|after|once|if|while)\s+)?(?:(?:he|she|they|it)\s+)?(?:(?:was|were|is|are|being|been)\s+)?$/iu;
/** "when" and at most three words right before "asked": "… when reporters asked", "… when asked". */
const WHEN_BEFORE = /\bwhen\s+(?:[\p{L}'\u2019.-]+\s+){0,3}$/iu;
/** The end of a subject before "asked" that is the one asked, not the asker: "Lund was asked", "she has been asked". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being|when)\s*$/i;

/** A reported question: its span, its asker, and whether the asker was read after "by" of a passive. */
interface ReportedQuestion {
  start: number;
  end: number;
  ref: SpeakerRef;
  passiveAgent: boolean;
}

/**
 * The reported questions in `sentence`: "asked (Y) whether/if <clause>" where the POS tagger reads a clause after
 * the opener. The span runs from the opener to the sentence's end, or to the first comma when the question opens the
 * sentence ("Asked whether …, Ruiz said …"). The asker is the subject before "asked" (none after a passive).
 */
function reportedQuestions(ctx: Context, sentence: SentenceSpan): ReportedQuestion[] {
  const { masked, mentions } = ctx;
  const text = masked.slice(sentence.start, sentence.end);
  if (!/\b(?:whether|if)\b/i.test(text) || !/ask/i.test(text)) return [];
  const out: ReportedQuestion[] = [];
  QUESTION_RE.lastIndex = 0;
  for (const m of text.matchAll(QUESTION_RE)) {
    const open = sentence.start + m.index + m[0].length - m[3].length - /\s*$/.exec(m[0])![0].length;
    const after = masked.slice(open + m[3].length, sentence.end);
    if (!opensClause(after.split(/[,;:]/)[0])) continue;
    const left = masked.slice(sentence.start, sentence.start + m.index);
    // "Ask him if he agrees": an imperative opening the sentence reports no question.
    if (m[1] === "Ask" && /^[\s\p{P}]*$/u.test(left)) continue;
    // "… nodded when reporters asked if …": a question inside the narrative of its answer is not itself reported (only
    // a sentence-initial "When asked …" opens one).
    if (WHEN_BEFORE.test(left) && !QUESTION_LEAD.test(left)) continue;
    const leads = QUESTION_LEAD.test(left);
    const comma = leads ? masked.slice(open, sentence.end).search(/,\s/) : -1;
    const end = comma > 0 ? open + comma : sentence.end;
    const lead = stripTrailingAdverbs(left);
    // "Ruiz was asked by host Dev Lund whether …", "Asked by Lund if …": the agent after "by" is the asker.
    const by = /^\s+by\s+/.exec(m[2]);
    const passive = leads || PASSIVE_BEFORE.test(lead);
    const ref = by && passive ? speakerAfter(masked, sentence.start + m.index + m[1].length + by[0].length, mentions, open, true)
      : passive ? null : speakerBefore(masked, sentence.start + lead.length, mentions, sentence.start);
    // No asker read: an empty phrase, so the question is not given to the previous speaker.
    const unknown: SpeakerRef = { kind: "other", start: open, end: open, surface: "" };
    const read = ref !== null && (ref.kind !== "other" || ref.source !== undefined);
    out.push({ start: open, end, ref: read ? ref : unknown, passiveAgent: read && by !== null && passive });
  }
  return out;
}

/** A preposition of place or time opening what follows a verb: "in her ward …", "at 6 a.m., …". */
const PHRASE_OPENER = new RegExp(String.raw`^\s*(?:${alternation(CLAUSE_PHRASE_PREPOSITIONS)})\s`, "i");

/** A connective alone opening a sentence: "But, ", "Now ", "And yet, ". */
const CONNECTIVE_LEAD = new RegExp(String.raw`^[\s\p{P}]*(?:${alternation(SENTENCE_CONNECTIVES)}|Yet|So|Instead)(?:\s+yet)?,?\s*$`, "u");

/** The word opening a subject's modifier after its comma: a relative pronoun, a determiner or a name ("the party's chair"). */
const MODIFIER_OPENING = /^(?:(?:who|which|whose|the|a|an|his|her|its|their)\b|\p{Lu})/u;

/**
 * True when the text before ", <verb>" is a subject and its modifiers, not speech: a noun phrase with no verb, a comma,
 * then a relative clause or an appositive ("Former chair Ana Ruiz, who backed the plan on Monday," / "The board, the
 * port's owner,"). Read as reported speech before an inverted tag, it would quote the speaker.
 */
function modifiedSubjectLead(lead: string): boolean {
  const m = /^[\s\p{P}]*([^,\u25A0"]{2,100}),\s+(\S[\s\S]*)$/u.exec(lead);
  return m !== null && MODIFIER_OPENING.test(m[2]) && nounPhraseOnly(m[1]);
}

/**
 * The person named in the noun phrase opening a lead that modifiedSubjectLead reads as a subject and its modifiers
 * ("Senator Ana Ruiz, the Ohio Republican who chairs the board, which …,"): the verb's subject, not a name or phrase
 * inside the relative clause right before the verb. `lead` is the masked text from `start` up to the verb.
 */
function leadSubject(mentions: PersonMention[], masked: string, start: number, lead: string): SpeakerRef | null {
  if (!modifiedSubjectLead(lead)) return null;
  const np = /^[\s\p{P}]*[^,\u25A0"]{2,100}(?=,)/u.exec(lead);
  const m = np ? mentions.find((x) => x.start >= start && x.end <= start + np[0].length) : undefined;
  if (!m || /^['\u2019]s?\b/.test(masked.slice(m.end, m.end + 2))) return null;
  return { kind: "mention", start: m.start, end: m.end, surface: masked.slice(m.start, m.end) };
}

/** True when what follows a speech verb, after a time or medium phrase ("said Wednesday"), opens a clause or "that". */
function clauseFollows(afterVerb: string): boolean {
  const dated = AFTER_VERB.exec(afterVerb);
  const rest = dated ? afterVerb.slice(dated[0].length) : afterVerb;
  // A quotation reads as "is" (see firstClause), without its marks: "said the donations "call into question …"".
  return /^\s*that\b/.test(rest) || opensClause(firstClause(rest.replace(/^\s+/, "").replace(/["\u201C\u201D]*(\u25A0+)["\u201C\u201D]*/g, "$1")));
}

/** A preposition of place or time, or an adverb, opening a sentence: "In May, …", "Quite suddenly, …". */
const PHRASE_OR_ADVERB_OPENING = new RegExp(
  String.raw`^[\s\p{P}]*(?:(?:And|But)\s+)?(?:(?:${alternation(CLAUSE_PHRASE_PREPOSITIONS)})\s|(?:quite|very|so|then)\s+[a-z]{3,18}ly\b|${MANNER_ADVERB.source})`, "iu");

/** A sentence's opening words up to a comma or colon right before a quotation: `Lund continued, "…"`, `He added: "…"`. */
const INTRODUCES_QUOTATION = /^[^\u25A0"\u201C\u201D.?!]{1,80}[,:]\s*["\u201C]?\u25A0/;

/** The reported clause after a verb ending at `at`: [start, end) or null when none follows. */
function clauseAfterVerb(ctx: Context, verb: string, at: number, sentence: SentenceSpan): [number, number] | null {
  const { masked } = ctx;
  let pos = at;
  const rest = () => masked.slice(pos, sentence.end);
  const adv = AFTER_VERB.exec(rest());
  if (adv) pos += adv[0].length;
  let hearerSkipped = false;
  let hearerThat = false;
  if (OBJECT_TAKING_VERBS.has(verb)) {
    const that = /^\s*(?:[\p{L}\p{N}'\u2019.\-\u25A0"\u201C\u201D]+\s+){0,8}?that\b/u.exec(rest());
    if (that && !/[,;:]/.test(that[0])) {
      pos += that[0].length;
      hearerThat = true;
    } else {
      const hearer = HEARER.exec(rest());
      let skip = hearer ? hearer[0].length : -1;
      // "urged parents to sign up", "urged the rest of the council to …": a hearer the list and the pattern miss, read with
      // the tagger (a noun phrase, then "to" and a verb, "that" or a clause).
      if (skip < 0 || /^(?:of|and|['\u2019]s)\b/.test(rest().slice(skip))) {
        const byPos = hearerLength(rest());
        if (byPos > 0) skip = byPos;
      }
      if (skip < 0) return null;
      pos += skip;
      hearerSkipped = true;
      const adv2 = AFTER_VERB.exec(rest());
      if (adv2) pos += adv2[0].length;
    }
  }
  // "noted for the judge that …", "acknowledged before the court that …": a short prepositional phrase first.
  // "insisted at a rally in Springfield on Monday that …", "said last quarter that …": a time or place phrase first.
  // "vowed to take the ferry to the islands that …": an infinitive after a verb of promising is no phrase before "that".
  const infinitiveFirst = INFINITIVE_SPEECH_VERBS.has(verb) && /^\s*(?:not\s+)?to\s+[a-z]/.test(rest());
  const thatPhrase = infinitiveFirst ? null : THAT_AFTER_PHRASE.exec(rest());
  if (thatPhrase) pos += thatPhrase[0].length;
  // "told the Harbour Times that …": a "that" read after the hearer opens the clause too.
  const that = thatPhrase !== null || hearerThat;
  // "vowed to …", "promised not to …": the infinitive is what was promised.
  const promised = !that && INFINITIVE_SPEECH_VERBS.has(verb) && /^\s*(?:not\s+)?to\s+[a-z]/.test(rest());
  // "declared the race was over": a verb that reports speech with no "that" only before a whole clause.
  const bare = BARE_CLAUSE_VERBS.has(verb.replace(/\s+/g, " "));
  const posClause = !that && !promised && !bare && POS_CLAUSE_VERBS.has(verb);
  if (!that && !promised && !bare && !posClause && !(hearerSkipped && /^\s*to\s+[a-z]/.test(rest())))
    return null;
  const text = rest();
  if (!/^\s*(?:[\p{L}\p{N}"\u201C$]|\u25A0)/u.test(text)) return null;
  // The words right after a bare verb must look like a clause, not an object or preposition.
  // "urged residents to stay indoors": after a hearer, the infinitive is what was asked.
  const infinitive = promised || (hearerSkipped && /^\s*to\s+[a-z]/.test(text));
  // "said more than 3 million sailors gave", "said about half of the delay came …": a quantity opening a clause.
  const quantity = QUANTITY_OPENING.test(text) && FINITE_VERB.test(firstClause(text));
  // "says in Port Ellis the buses are always full", "said at 6 a.m., there were no buses": a short phrase of
  // place or time, then a clause of its own (read with the tagger), is reported speech phrase and all.
  if (!that && !infinitive && !quantity && NOT_A_CLAUSE.test(text) &&
    !(BARE_CLAUSE_VERBS.has(verb) && PHRASE_OPENER.test(text) && phraseThenClause(text.slice(0, 100))))
    return null;
  // "said happily on the radio", "said quietly into the phone": an adverb, then a phrase that opens no clause.
  const adverbFirst = /^\s*([a-z]{3,18})\s+/.exec(text);
  if (!that && !infinitive && adverbFirst && isAdverb(adverbFirst[1]) && NOT_A_CLAUSE.test(text.slice(adverbFirst[0].length)) &&
    !phraseThenClause(text.slice(adverbFirst[0].length, adverbFirst[0].length + 100)))
    return null;
  // "said it", "said this" as the object: "he said it best", but "said it would close" is a clause.
  if (!that && IT_AS_OBJECT.test(text)) return null;
  if (!that && OBJECT_OR_CLAUSE_VERBS.has(verb) && !FINITE_VERB.test(firstClause(text))) return null;
  // "added two late unanswered goals", "wrote a book for children": after a verb whose object is a thing made or done,
  // a finite verb read only from an "-ed" word or an "'s" may be an adjective or a possessive; the tagger decides.
  if (!that && THING_OBJECT_VERBS.has(verb) && !UNAMBIGUOUS_FINITE_VERB.test(firstClause(text)) &&
    !opensClause(firstClause(text).slice(0, 80))) return null;
  // The tagger last, after the cheaper tests.
  if (posClause && !verbOpensClause(masked.slice(Math.max(sentence.start, at - verb.length - 24), at), firstClause(text).slice(0, 80))) return null;
  let end = sentence.end;
  // A participle or a quotation ends the clause: ", adding that …", ", emphasizing that "…"".
  PARTICIPLE_RE.lastIndex = 0;
  const part = PARTICIPLE_RE.exec(text);
  if (part && part.index > 0) end = pos + part.index;
  // So does a second speech verb of the same subject: "…, and added he doubts …".
  COORDINATED_VERB_RE.lastIndex = 0;
  const coordinated = COORDINATED_VERB_RE.exec(text);
  if (coordinated && coordinated.index > 0 && pos + coordinated.index < end) end = pos + coordinated.index;
  // "…, and Dev Raman, the adviser, said …": a clause with a speaker of its own ends this one.
  const nextSpeaker = NEW_SPEAKER_CLAUSE.exec(text);
  if (nextSpeaker && nextSpeaker.index > 0 && pos + nextSpeaker.index < end) end = pos + nextSpeaker.index;
  const nextGroup = NEW_GROUP_SPEAKER_CLAUSE.exec(text);
  if (nextGroup && nextGroup.index > 0 && pos + nextGroup.index < end) end = pos + nextGroup.index;
  // "…, who said she votes early, said …": a comma and a speech verb end a relative clause's speech.
  const mainVerb = RELATIVE_CLAUSE_END.exec(text);
  if (mainVerb && pos + mainVerb.index < end && /,\s*who\s+(?:\S+\s+){0,2}\S+$/.test(ctx.masked.slice(Math.max(0, at - 40), at)))
    end = pos + mainVerb.index;
  const [s, e] = trimSpan(ctx.body, pos, end);
  if (e <= s) return null;
  return [s, e];
}

/** Marks in a lead that rule out a reported clause ending in a quotation: another quotation, a colon or semicolon. */
const NOT_CLAUSE_LEAD = /[\u25A0"\u201C\u201D:;]|['\u2019\u2018]{2}/;
/** Words a sentence needs before a tagged quotation for the two to be one reported clause: "This is a "…," she said". */
const MIN_QUOTATION_LEAD_WORDS = 3;
/** Longest lead clauseBeforeTaggedQuotation reads before a quotation (keeps it linear in a sentence with no end). */
const MAX_QUOTATION_LEAD_CHARS = 400;
/** The tag after a quotation, up to its speech verb: a few words with no comma or quotation ("Ruiz said", "the agency added"). */
const TAG_WORDS_BEFORE_VERB = /^\s+(?:[^\s,;:\u25A0"\u201C\u201D]+\s+){0,5}?$/;

/**
 * True when `text` holds a finite speech verb ("said", "told", "argued", "tweets", "pointed out"), so that a
 * quotation after it may belong to that verb's speech: not a base form ("a note", "to say") nor a plural noun ("the reports").
 */
function finiteSpeechVerbIn(text: string): boolean {
  VERB_RE.lastIndex = 0;
  for (const v of text.matchAll(VERB_RE)) {
    const verb = v[1];
    if (!/(?:ed|s|said|told|wrote|\s\S+)$/.test(verb)) continue;
    if (PLURAL_NOUN_VERBS.has(verb) && NOUN_DETERMINER_BEFORE.test(text.slice(0, v.index))) continue;
    return true;
  }
  return false;
}

/**
 * `The plan is "a real mess," Ruiz said.` / `Trade is "ten times the gain," said Dev Lund, an economist.`: a sentence
 * whose own words run into a quotation that ends with the comma before its tag is one reported clause, words and
 * quotation together (the quotation alone is only its end). Returns where that clause starts (the sentence's start),
 * or null: when the quotation is a label, carries no tag after it, is not preceded by at least three words of the
 * sentence ending in a word or a comma (not a dash or a period) with no other quotation, colon or finite speech verb, or when a clause of its own follows the tag's verb
 * (`Asked about the "plan," Ruiz said it was late`).
 */
function clauseBeforeTaggedQuotation(ctx: Context, sentence: SentenceSpan, d: QuoteCandidate): number | null {
  const { body, masked } = ctx;
  if (d.label || !d.ref || !d.cue || d.start <= sentence.start || !/,\s*["\u201D'\u2019]+$/.test(body.slice(d.start, d.end))) return null;
  // A clause is read before a quotation only a few hundred characters long: a run-on "sentence" is not read whole.
  if (d.start - sentence.start > MAX_QUOTATION_LEAD_CHARS) return null;
  const lead = masked.slice(sentence.start, d.start);
  if (!/[\p{L}\p{N},]\s+$/u.test(lead) || NOT_CLAUSE_LEAD.test(lead) || wordCount(lead) < MIN_QUOTATION_LEAD_WORDS) return null;
  if (finiteSpeechVerbIn(lead)) return null;
  const after = masked.slice(d.end, Math.min(sentence.end, d.end + 120));
  VERB_RE.lastIndex = 0;
  const verb = VERB_RE.exec(after);
  if (!verb || !TAG_WORDS_BEFORE_VERB.test(after.slice(0, verb.index))) return null;
  const rest = after.slice(verb.index + verb[0].length);
  const dated = AFTER_VERB.exec(rest);
  if (opensClause(firstClause(dated ? rest.slice(dated[0].length) : rest))) return null;
  return sentence.start;
}

/** How much of the sentence before a verb firstPersonSubject and unreadRelativeSubject read (its end). */
const SUBJECT_TAIL_CHARS = 60;
/** "I" or "we" right before a verb: the writer (or an interviewee whose answers run unquoted) as the subject. */
const FIRST_PERSON_SUBJECT = /(?:^|[\s\p{P}])(?:I|[Ww]e)$/u;

/**
 * The subject of "I told the judge that …", "We said the pier would close" (the writer, or an interviewee in an unquoted
 * transcript), which no name or pronoun the article resolves stands for: a speaker phrase with no surface, so the speech
 * is reported with no speaker rather than given to the last person named; null when `left` does not end with "I"/"we".
 */
function firstPersonSubject(left: string, verbStart: number): SpeakerRef | null {
  return FIRST_PERSON_SUBJECT.test(left.slice(-SUBJECT_TAIL_CHARS).trimEnd()) ? { kind: "other", start: verbStart, end: verbStart, surface: "" } : null;
}

/**
 * "who" right before a verb, or before one adverb: a relative clause whose antecedent speaks ("voters who said …", "a
 * child, who later said …"); not after an auxiliary ("who has argued cases" reports no clause).
 */
const WHO_SUBJECT = /(?:^|\s)who(?:\s+(?:also|later|then|once|[a-z]{3,18}ly))?$/;

/** How far before ", who" unreadRelativeSubject looks for the name its appositives follow. */
const MAX_APPOSITIVES_CHARS = 200;
/** What may stand between a name and ", who": appositives set off by commas ("Noor Lund, 24, from Ava, who …"). */
const APPOSITIVES_BEFORE_WHO = /^(?:,[^,;:\u25A0"\u201C\u201D]{1,60}){0,3}$/;

/**
 * The subject of "… security experts who say <clause>", "… 18% who say <clause>" when speakerBefore reads no speaker in
 * the antecedent (a group, a share, a description after a verb): after a comma, the sentence's last name followed only
 * by appositives ("said Noor Lund, 24, from Ava, who said …"); else a speaker phrase with no surface, so the clause is
 * reported with no speaker. Null when `left` (the sentence up to the verb, adverbs kept) does not end with "who".
 */
function unreadRelativeSubject(ctx: Context, sentence: SentenceSpan, left: string, verbStart: number): SpeakerRef | null {
  // Only the end of the sentence so far is read: the tests stay linear in a sentence with no end.
  const offset = Math.max(0, left.length - SUBJECT_TAIL_CHARS);
  const trimmed = left.slice(offset).trimEnd();
  const who = WHO_SUBJECT.exec(trimmed);
  if (!who) return null;
  const comma = /,\s*$/.exec(trimmed.slice(0, who.index + (who[0].startsWith("who") ? 0 : 1)));
  if (comma) {
    const at = sentence.start + offset + comma.index;
    const from = Math.max(sentence.start, at - MAX_APPOSITIVES_CHARS);
    const near = sortedByStart(ctx.mentions)
      ? ctx.mentions.slice(firstStartingAt(ctx.mentions, from), lowerBound(ctx.mentions, at, (m) => m.start))
      : ctx.mentions;
    const named = near.filter((m) => m.start >= from && m.end <= at && APPOSITIVES_BEFORE_WHO.test(ctx.masked.slice(m.end, at))).pop();
    if (named) return { kind: "mention", start: named.start, end: named.end, surface: ctx.masked.slice(named.start, named.end) };
  }
  return { kind: "other", start: verbStart, end: verbStart, surface: "" };
}

/**
 * Finds quotes in `body`: direct quotes between quotation marks (marks included in the span) and reported
 * speech introduced by a speech verb ("X noted that …", "…, he said.", "according to X, …"), each with its
 * cue verb and the phrase that names the speaker. Speakers are resolved later (see coreference.ts).
 */
export function findQuoteCandidates(
  body: string,
  mentions: PersonMention[],
  { quoted, masked, sentences }: QuotedText,
): QuoteCandidate[] {
  const ctx: Context = { body, masked, sentences, mentions, quoted };
  const out: QuoteCandidate[] = [];
  // The direct quotes found so far, by position.
  const directsSoFar = new SpanIndex<QuoteCandidate>();
  const sorted = sortedByStart(mentions);
  const sentenceAt = (pos: number) => spanAt(sentences, pos) ?? { start: pos, end: pos, text: "" };

  // Direct quotes and their tags.
  for (const q of quoted) {
    const inner = body.slice(q.start + 1, q.end - 1);
    const closing = sentenceAt(Math.max(q.start, q.end - 1));
    // `"Are we done?" Lee asked.`: a question or exclamation ends the sentence, but its tag follows.
    const following = /[?!]$/.test(inner) && closing.end <= q.end + 1 ? sentenceAt(masked.slice(q.end).search(/\S/) + q.end) : null;
    // `"…?" Lund continued, "Yes."`: a next sentence whose verb introduces a quotation of its own tags that one, not this.
    const next = following && !INTRODUCES_QUOTATION.test(masked.slice(following.start, Math.min(following.end, following.start + 160)))
      ? following : null;
    const sentence = next && next.start >= q.end ? { start: closing.start, end: next.end, text: "" } : closing;
    const opening = sentenceAt(q.start);
    // `called the plan "…"`, `described her as "…"`, `said on a network's "Morning Desk"`: a label or a title, not speech.
    const lead = masked.slice(Math.max(opening.start, q.start - 80), q.start);
    // Kept while speakers are resolved (a quotation after it may still take its speaker), then dropped.
    const label = COMPLEMENT_BEFORE.test(lead) || (TITLE_LEAD.test(lead) && titleCased(inner)) ||
      (WORK_LEAD.test(lead) && titleCased(inner, 16));
    let ref: SpeakerRef | null = null;
    let cue: string | null = null;
    // After: `"…," Smith said` / `"…," said Smith` / `"…," he said`.
    const afterText = masked.slice(q.end, Math.min(sentence.end, q.end + 160));
    const tagAfter = TAG_AFTER_RE.exec(afterText);
    const accordingAfter = ACCORDING_AFTER_RE.exec(afterText);
    // `"…," Henrik Solberg, the company's founder and …, said inside his workshop`: a name, a long appositive, the verb.
    // Only the first mention after the quotation can have nothing but spaces and commas before it.
    const clean = (x: PersonMention) => x.start >= q.end && /^[\s,]*$/.test(masked.slice(q.end, x.start));
    const firstAfter = sortedByStart(mentions) ? mentions[firstStartingAt(mentions, q.end)] : undefined;
    const named = sortedByStart(mentions) ? (firstAfter && clean(firstAfter) ? firstAfter : undefined) : mentions.find(clean);
    // Past a question mark only a short tag counts: `"Done?" Lee asked.`, not `"Done?"Lee, a coach who …, said`.
    const extended = sentence !== closing;
    const appositiveVerb = !extended && named && APPOSITIVE_VERB_RE.exec(masked.slice(named.end, sentence.end));
    // A testimonial signed after a dash: `“A moving story.” ― Ana Ruiz, Toronto`.
    const dash = SIGNATURE_DASH.exec(masked.slice(q.end, q.end + 8));
    const signed = dash ? mentions.find((x) => x.start === q.end + dash[0].length) : undefined;
    if (signed) {
      ref = { kind: "mention", start: signed.start, end: signed.end, surface: body.slice(signed.start, signed.end) };
    } else if (tagAfter) {
      cue = tagAfter[1];
      ref = speakerAfter(masked, q.end + tagAfter[0].length, mentions, sentence.end, true);
    } else if (accordingAfter) {
      // `"…" according to Dr. Ines Carvalho, a family physician`.
      cue = ACCORDING_TO;
      ref = speakerAfter(masked, q.end + accordingAfter[0].length, mentions, sentence.end, true);
    } else if (named && appositiveVerb) {
      cue = appositiveVerb[1];
      ref = { kind: "mention", start: named.start, end: named.end, surface: body.slice(named.start, named.end) };
    } else if (/[,?!]$/.test(inner) && ANY_PAST_TAG.test(afterText) && (!extended || SHORT_TAG_SENTENCE.test(afterText)) &&
      (named?.start === q.end + (afterText.search(/\S/)) || /^\s*(?:he|she|they)\b/i.test(afterText))) {
      // `"You look tired," Hale blurted out.`: after a quotation ending in a comma, a name or pronoun and a
      // past-tense verb are its tag whatever the verb.
      const m = ANY_PAST_TAG.exec(afterText)!;
      cue = m[2];
      ref = named && named.start === q.end + afterText.search(/\S/)
        ? { kind: "mention", start: named.start, end: named.end, surface: body.slice(named.start, named.end) }
        : speakerBefore(masked, q.end + m[0].length - m[2].length - 1, mentions, q.end);
    } else {
      VERB_RE.lastIndex = 0;
      const firstVerb = VERB_RE.exec(afterText);
      if (firstVerb && /^\s*[,]?\s*[^\u25A0"]*$/.test(afterText.slice(0, firstVerb.index)) && firstVerb.index < (extended ? 30 : 100)) {
        const beforeVerb = stripTrailingAdverbs(masked.slice(q.end, q.end + firstVerb.index));
        // `"…" for the rival, says Ana Ruiz, …`: a few words of the sentence, then an inverted tag.
        const inverted = /,\s*$/.test(beforeVerb) && !CLAUSE_ONLY_VERBS.has(firstVerb[1])
          ? speakerAfter(masked, q.end + firstVerb.index + firstVerb[0].length, mentions, sentence.end)
          : null;
        const candidate = speakerBefore(masked, q.end + beforeVerb.length, mentions, q.end) ??
          (inverted && inverted.kind !== "pronoun" ? inverted : null);
        if (candidate) {
          cue = firstVerb[1];
          ref = candidate;
        }
      }
    }
    let sameSpeakerAs: QuoteCandidate | undefined;
    if (!ref) {
      // Before: `Smith said: "…"`, `He said "…"`, `…, emphasizing that "…"`, `X, …, is more blunt: "…"`.
      const before = masked.slice(Math.max(opening.start, q.start - 200), q.start);
      const part = PARTICIPLE_BEFORE_RE.exec(before);
      const verb = VERB_BEFORE_RE.exec(before);
      // `Said Ana Ruiz, "…"`: the verb opens the sentence and the speaker follows it.
      const saidFirst = INVERTED_OPENING_RE.exec(masked.slice(opening.start, q.start));
      // "When Lee asked about it, Ruiz fired back: "…"": the name opening the last clause before a colon speaks.
      const lastClause = /:\s*$/.test(before)
        ? mentions.filter((x) => x.start >= opening.start && x.end <= q.start).pop()
        : undefined;
      const colonSubject = lastClause && /,\s*$/.test(masked.slice(opening.start, lastClause.start)) &&
        !/[,\u25A0"]/.test(masked.slice(lastClause.end, q.start).replace(/:\s*$/, "")) ? lastClause : undefined;
      if (saidFirst) {
        cue = saidFirst[1].toLowerCase();
        ref = speakerAfter(masked, opening.start + saidFirst[0].length, mentions, q.start, true);
      } else if (colonSubject) {
        ref = { kind: "mention", start: colonSubject.start, end: colonSubject.end, surface: body.slice(colonSubject.start, colonSubject.end) };
      } else if (part) {
        cue = part[0].replace(/(\s+that)?\s*[:,]?\s*$/, "").trim();
        const previous = directsSoFar.overlapping(opening.start, q.start + 1).filter((c) => c.end <= q.start && c.end >= opening.start).pop();
        if (previous) sameSpeakerAs = previous;
        // "Ada Kerr hit back late Monday, saying "…"": no speech verb, the sentence's subject speaks.
        else ref = sentenceSubject(ctx, opening.start, q.start - before.length + part.index);
      } else if (verb && !TITLE_BEFORE.test(before)) {
        const verbStart = q.start - before.length + verb.indices![1][0];
        const lead = stripTrailingAdverbs(masked.slice(opening.start, verbStart));
        // The subject and its modifiers end with a comma right before the verb ("Ruiz, who …, said …").
        ref = (/,\s*$/.test(lead) ? leadSubject(mentions, masked, opening.start, lead) : null) ??
          speakerBefore(masked, opening.start + lead.length, mentions, opening.start) ?? null;
        cue = verb[1];
      } else if (/:\s*$/.test(before)) {
        const lead = masked.slice(opening.start, q.start);
        const m = sorted
          ? [mentions[firstStartingAt(mentions, opening.start)]].find((x) => x && x.start < q.start)
          : mentions.find((x) => x.start >= opening.start && x.start < q.start);
        const pro = /^\s*(?:[\w,]+\s+){0,3}?(he|she|they)\b/i.exec(lead);
        // "…, and Okafor then posted this: "…"": else the last name before the colon.
        const last = (sorted ? mentions.slice(firstStartingAt(mentions, opening.start), lowerBound(mentions, q.start, (x) => x.start)) : mentions)
          .filter((x) => x.start >= opening.start && x.end <= q.start && !/^['\u2019]s?\b/.test(masked.slice(x.end, x.end + 2))).pop();
        if (m && m.start - opening.start < 40) ref = { kind: "mention", start: m.start, end: m.end, surface: body.slice(m.start, m.end) };
        else if (pro) ref = {
          kind: "pronoun", start: opening.start + pro[0].length - pro[1].length, end: opening.start + pro[0].length, surface: pro[1]
        };
        else if (last) ref = { kind: "mention", start: last.start, end: last.end, surface: body.slice(last.start, last.end) };
      } else if (/[\p{L}\p{N}],\s*$/u.test(before) && !/[\u25A0"\u201C\u201D]/.test(masked.slice(opening.start, q.start))) {
        // "Ana Ruiz, the senator for Ohio, called over her shoulder, "…"": a sentence opening with its subject
        // and a verb of its own, then the quotation after a comma.
        const m = mentions.find((x) => x.start >= opening.start && x.end <= q.start);
        const lead = m ? masked.slice(m.end, q.start) : "";
        if (m && LEADING_CONNECTIVE_ONLY.test(masked.slice(opening.start, m.start)) && FINITE_VERB.test(lead) &&
          !/^['\u2019]s?\b/.test(lead) && !/\b(?:he|she|they|I|we)\b/i.test(lead))
          ref = { kind: "mention", start: m.start, end: m.end, surface: body.slice(m.start, m.end) };
      }
    }
    const tagged = ref !== null || sameSpeakerAs !== undefined;
    const standalone = /^[\s\u25A0]*$/.test(masked.slice(opening.start, q.start)) || /[.?!]\s*["\u201D]?$/.test(inner.slice(-3));
    const words = wordCount(inner);
    // `"…," she says. "I loved it."`: a short sentence right after a tagged quotation continues it.
    const previous = out[out.length - 1];
    const follows = previous !== undefined && (previous.ref !== null || previous.sameSpeakerAs !== undefined) &&
      q.start - previous.end < 40 && /[.?!]$/.test(inner);
    if (!tagged && (words < (follows ? 3 : MIN_DIRECT_WORDS) || (!standalone && words < 8))) continue;
    // "… his usual pitch — "…"", "HARBOUR NOTES — "…"": an untagged quotation set off by a dash is a slogan or a headline.
    if (!tagged && /[\u2014\u2013]\s*$/.test(lead)) continue;
    if (tagged && words < 3 && !/[,.?!]$/.test(inner)) continue;
    const direct: QuoteCandidate = { start: q.start, end: q.end, kind: "DIRECT", cue, ref, sameSpeakerAs, ...(label ? { label } : {}) };
    out.push(direct);
    directsSoFar.add(direct);
  }

  // Interview transcripts: "RUIZ: We will build it. HOST: And the cost? RUIZ: It is set."
  for (const turn of transcriptTurns(masked, mentions)) {
    if (out.some((o) => overlaps(o, turn) > 0)) continue;
    out.push({ start: turn.start, end: turn.end, kind: "DIRECT", cue: null, ref: turn.ref });
  }
  // Pull quotes signed by a name of their own: "I am thankful for what it brought me. Ana RuizRuiz turned …".
  for (const pull of signedPullQuotes(ctx)) {
    if (out.some((o) => overlaps(o, pull) > 0)) continue;
    out.push({ start: pull.start, end: pull.end, kind: "DIRECT", cue: null, ref: pull.ref });
  }
  out.sort((a, b) => a.start - b.start);

  // Reported speech, sentence by sentence.
  const directs = out.slice();
  const directIndex = new SpanIndex(directs);
  const quotedIndex = new SpanIndex(quoted);
  const indirectIndex = new SpanIndex<QuoteCandidate>();
  const inDirect = (s: number, e: number) => {
    const near = directIndex.overlapping(s, e);
    // Mixed quotation: `Lee said the price paid was "fair."` — a clause opening with two or more words of its
    // own before the quotation is reported speech holding the quotation, and is kept whole.
    const first = near.find((d) => d.start >= s && d.start < e);
    if (first && wordCount(masked.slice(s, first.start)) >= MIXED_LEAD_WORDS &&
      near.every((d) => d.end <= s || d.start >= e || (d.start >= s - 1 && d.end <= e + 2))) return false;
    const covered = near.reduce((n, d) => n + overlaps({ start: s, end: e }, d), 0) +
      quotedIndex.overlapping(s, e).reduce((n, d) => n + overlaps({ start: s, end: e }, d), 0) / 2;
    return covered > (e - s) * 0.5;
  };
  const add = (s: number, e: number, cue: string | null, ref: SpeakerRef | null, sameSpeakerAs?: QuoteCandidate) => {
    [s, e] = trimSpan(body, s, e);
    // A photo credit glued before the sentence: "( Jon Lee / Harbour Press )Ferries resumed …".
    const credit = LEADING_CREDIT.exec(body.slice(s, e));
    if (credit) s += credit[0].length;
    if (e <= s || wordCount(body.slice(s, e)) < MIN_INDIRECT_WORDS || inDirect(s, e)) return null;
    if (indirectIndex.overlapping(s, e).some((o) => overlaps(o, { start: s, end: e }) > 0 && o.kind === "INDIRECT")) return null;
    const q: QuoteCandidate = { start: s, end: e, kind: "INDIRECT", cue, ref, sameSpeakerAs };
    out.push(q);
    indirectIndex.add(q);
    return q;
  };

  // A quotation inside reported speech takes that speech's speaker: `Marchand said she wanted to "stress" how
  // glad Canada is that "a broad and growing circle of partner nations has backed Canada."`
  const adopt = (s: number, e: number, cue: string, ref: SpeakerRef) => {
    for (const d of directIndex.overlapping(s - 1, e + 2)) if (!d.ref && !d.sameSpeakerAs && d.start >= s - 1 && d.end <= e + 2) Object.assign(d, { ref, cue });
  };

  // A tagged quotation that ends a reported clause holding it (see clauseBeforeTaggedQuotation), and that clause: speech
  // said to share the quotation's speaker shares the clause's, as the quotation itself is dropped.
  const heldBy = new Map<QuoteCandidate, QuoteCandidate>();
  const questions: ReportedQuestion[] = [];
  for (const sentence of sentences) {
    const text = masked.slice(sentence.start, sentence.end);
    let found = false;
    // A photo caption ("Ana Ruiz said the pier will reopen. (Jon Lee/Harbour Press)") is not reporting.
    if (CAPTION_CREDIT.test(masked.slice(sentence.end, sentence.end + 80))) continue;
    // "READ MORE: Ruiz says the pier …", "Watch: Lund says …": the headline of a linked story or video, not reporting.
    if (LINK_LABEL.test(text)) continue;
    // `The plan is "a real mess," Ruiz said.`: the sentence's words and the tagged quotation are one reported clause.
    for (const d of directIndex.overlapping(sentence.start, sentence.end)) {
      const start = d.end <= sentence.end ? clauseBeforeTaggedQuotation(ctx, sentence, d) : null;
      const clause = start !== null ? add(start, d.end, d.cue, d.ref) : null;
      if (clause) heldBy.set(d, clause);
    }
    // "asked her whether …", "When asked if …": a reported question, added after all other reported speech (which
    // wins where the two overlap: "Lund said the pier was safe, and when asked whether …, …").
    questions.push(...reportedQuestions(ctx, sentence));
    // "According to X, …" / "…, according to X."
    const acc = ACCORDING_RE.exec(text);
    if (acc) {
      const at = sentence.start + acc.index;
      const ref = speakerAfter(masked, at + acc[0].length, mentions, sentence.end, true) ??
        accordingPhrase(masked, at + acc[0].length, sentence.end) ??
        { kind: "other" as const, start: at + acc[0].length, end: at + acc[0].length, surface: "" };
      const afterNp = /^[^,]*,\s*/.exec(masked.slice(at + acc[0].length, sentence.end));
      // "According to the agency, <clause>, but Okafor says <clause>": the second speaker's clause is theirs.
      const clauseStart = afterNp ? at + acc[0].length + afterNp[0].length : sentence.end;
      CONTRAST_RE.lastIndex = 0;
      // "But, according to the survey, <clause>", "Now according to …": a connective may open the sentence.
      const opens = acc.index < 3 || CONNECTIVE_LEAD.test(text.slice(0, acc.index));
      const contrast = opens && afterNp ? CONTRAST_RE.exec(masked.slice(clauseStart, sentence.end)) : null;
      if (contrast) {
        add(clauseStart, clauseStart + contrast.index, ACCORDING_TO, ref);
        found = false;
      } else if (opens && afterNp) add(clauseStart, sentence.end, ACCORDING_TO, ref);
      else if (acc.index > 10) {
        // "…, according to Dr. Ana Ruiz, a family doctor in Port Ellis." ends with her appositive, not more speech.
        const tail = afterNp ? masked.slice(at + acc[0].length + afterNp[0].length, sentence.end) : "";
        // So does a relative clause, a participle or a new clause: "…, according to the Pew Center, which tracks …".
        // "…, according to Lund, the owner made new demands": a determiner opening a clause of its own is more speech.
        const continues = afterNp !== null && at + acc[0].length + afterNp[0].length < sentence.end - 10 && FINITE_VERB.test(tail) &&
          (!NOT_ACCORDING_TAIL.test(tail) || (DETERMINER_TAIL.test(tail) && opensClause(firstClause(tail).slice(0, 80))));
        // "Among the cases at risk, according to Ruiz, are …", "While most were sealed, according to X, two …": a lead
        // with no finite verb, or a subordinate clause, is no speech of its own; the sentence's clause follows the tag.
        const leadFragment = continues && accordingLeadFragment(masked.slice(sentence.start, at));
        if (!leadFragment) add(sentence.start, at, ACCORDING_TO, ref);
        if (continues) add(at + acc[0].length + afterNp![0].length, sentence.end, ACCORDING_TO, ref);
      }
      if (!contrast) found = true;
    }
    if (found) continue;
    // Most sentences hold no speech verb: look for the first before cloning the regex for matchAll, which then
    // starts there (the look-behind still sees the text before it).
    VERB_RE.lastIndex = 0;
    const firstVerb = VERB_RE.exec(text);
    VERB_RE.lastIndex = firstVerb ? firstVerb.index : 0;
    for (const v of firstVerb ? text.matchAll(VERB_RE) : []) {
      const verb = v[1].replace(/\s+/g, " ");
      // "She believes that …": a thought, not speech.
      // "The agency estimated that …", "she agreed that …": a judgment, not speech.
      if (THOUGHT_VERBS.has(verb) || JUDGMENT_VERBS.has(verb)) continue;
      const verbStart = sentence.start + v.index;
      const verbEnd = verbStart + v[0].length;
      const leftRaw = masked.slice(sentence.start, verbStart);
      // "in five towns heading to the docks", "the reports", "United States": a verb form that is a plural noun here.
      if (PLURAL_NOUN_VERBS.has(verb) && NOUN_DETERMINER_BEFORE.test(leftRaw)) continue;
      // "swing states whose …", "Southern states that will vote", "states or districts": as a verb "states" is followed
      // by its clause ("that" and a subject), a quotation, punctuation or the medium ("states in a filing that …").
      if (verb === "states" && !VERB_FORM_AFTER.test(masked.slice(verbStart + v[0].length, verbStart + v[0].length + 40))) continue;
      // "wouldn't say how …", "a larger say than …": a refusal or a noun, not a report.
      if ((verb === "say" || verb === "tell") && (NOT_REPORTING_SAY.test(leftRaw) || /^\s*(?:whether|how|if|why|what|when|which|who)\b/.test(masked.slice(verbStart + v[0].length, sentence.end)))) continue;
      const left = stripTrailingAdverbs(leftRaw);
      // "As the paper noted, <clause>", "But as Ana Ruiz pointed out, <clause>": the clause after the comma is what was said.
      const asTag = AS_SUBJECT.exec(left);
      if (asTag && /^\s*,/.test(masked.slice(verbEnd, verbEnd + 4))) {
        const asRef = speakerBefore(masked, sentence.start + left.length, mentions, sentence.start + left.length - asTag[1].length);
        const s = verbEnd + /^\s*,\s*/.exec(masked.slice(verbEnd, sentence.end))![0].length;
        const clause = asRef && (asRef.kind !== "other" || asRef.source) ? clauseAfterVerb(ctx, "says", s, sentence) : null;
        if (asRef && clause && FINITE_VERB.test(masked.slice(clause[0], clause[1]))) {
          add(clause[0], clause[1], verb, asRef);
          found = true;
          break;
        }
      }
      // Tag at the end or middle: "…, he said." / "…, he says, and …" / "…, said Smith."
      const tagMatch = /^(.*\S),\s+([^,]{1,70})$/s.exec(left);
      const verbFirst = /^(.*\S),\s*$/s.exec(left);
      const afterVerb = masked.slice(verbEnd, sentence.end);
      // "Kwame Osei, chief executive of …, said he was …": a name opening the sentence, then an appositive,
      // is the subject of the verb, not a quote followed by an inverted tag.
      const subject = verbFirst ? speakerBefore(masked, sentence.start + left.length, mentions, sentence.start) : null;
      // So is a name set off by commas right before the verb: "One of the report's authors, Ari Lund, said …".
      // "Another pollster, Ana Ruiz of Harbour University, said …": with an affiliation after the name.
      const appositiveSubject = subject?.kind === "mention" && (LEADING_CONNECTIVE_ONLY.test(masked.slice(sentence.start, subject.start)) ||
        (/,\s*$/.test(masked.slice(sentence.start, subject.start)) &&
          /^(?:\s+(?:of|with|from|at)\s+[^,;:\u25A0"]{1,70})?\s*,\s*$/.test(masked.slice(subject.end, sentence.start + left.length))));
      // "…, the company said on Friday that …", "…, said in a statement in March that …": a clause follows the verb.
      const dated = AFTER_VERB.exec(afterVerb);
      const thatFollows = THAT_AFTER_PHRASE.test(dated ? afterVerb.slice(dated[0].length) : afterVerb);
      // "The aides, led by Dev Lund, told the group that …": after "told" comes the hearer, not an inverted speaker.
      // "Ana Ruiz, who backed the plan, said Monday it will pass": the lead is the subject, the clause after the verb the speech.
      const subjectLead = verbFirst !== null && modifiedSubjectLead(verbFirst[1]) && clauseFollows(afterVerb);
      if (verbFirst && !CLAUSE_ONLY_VERBS.has(verb) && !OBJECT_TAKING_VERBS.has(verb) && !appositiveSubject && !subjectLead) {
        // "…, said Smith." / "…, said Smith, adding …"
        const ref = speakerAfter(masked, verbEnd, mentions, sentence.end, true);
        // After an inverted tag only the speaker's own phrase follows: "said he." but not "said he was unable …".
        // Nor is a name or role followed by a verb of its own: "A White House official, who …, said the president has …".
        const tagEnds = ref && (ref.kind !== "pronoun" || /^\s*(?:[,.;]|$)/.test(masked.slice(ref.end, sentence.end))) &&
          !FINITE_AFTER_SPEAKER.test(masked.slice(ref.end, ref.end + 40));
        if (ref && tagEnds && !thatFollows && /^[^,]{0,80}(?:[,.]|$)/.test(afterVerb)) {
          add(sentence.start, sentence.start + verbFirst[1].length, verb, ref);
          // "…, said Ana Ruiz, a pollster, who added that …": the speaker's relative clause reports more of her speech.
          const relative = RELATIVE_SPEECH_AFTER_TAG.exec(masked.slice(ref.end, sentence.end));
          if (relative && !THOUGHT_VERBS.has(relative[1]) && !JUDGMENT_VERBS.has(relative[1])) {
            const clause = clauseAfterVerb(ctx, relative[1], ref.end + relative[0].length, sentence);
            if (clause) add(clause[0], clause[1], relative[1], ref);
          }
          found = true;
          break;
        }
      }
      if (tagMatch && !CLAUSE_ONLY_VERBS.has(verb) && !thatFollows) {
        const ref = speakerBefore(masked, sentence.start + left.length, mentions, sentence.start + tagMatch[1].length + 1);
        const tail = afterVerb;
        const shortTail = /^(?:[^,\u25A0"]{0,60})\.?\s*$/.test(tail);
        const midTag = /^\s*,\s*(.*)$/s.exec(tail) ?? /^(?:\s+(?:in|on|at|during|last|this)\b[^,]{0,50}),\s*(.*)$/s.exec(tail);
        // "Despite the delays, Okafor said the bridge will open in May": the words before the comma only set the
        // scene when a clause follows the verb; the quote is that clause.
        const forward = shortTail && !midTag ? clauseAfterVerb(ctx, verb, verbEnd, sentence) : null;
        // Reported speech before a final tag is a clause: "During the second half, Lee asked …" quotes nothing.
        // (A tag before a quotation, "At one point, Lee said, "…"", follows no reported clause.)
        // Nor does a subordinate or participial opening before a quotation: "While he was in Miami, he said, "…"",
        // "Taking it in, Ruiz said, "…"", "When asked, Ruiz said, "…"".
        const lead = tagMatch[1].replace(/\u25A0+/g, " is ");
        const quotationAfter = midTag !== null && /^\s*["\u201C\u25A0]/.test(midTag[1]);
        // So does a lead opening with a preposition or an adverb: "In May, as the crowd left, Ruiz said, "…"".
        const clauseBefore = !(quotationAfter && (SCENE_OPENER.test(lead) || PHRASE_OR_ADVERB_OPENING.test(lead))) &&
          ((midTag !== null && !quotationAfter) || FINITE_VERB.test(lead));
        const sceneSetting = (forward !== null && wordCount(body.slice(forward[0], forward[1])) >= 3) || !clauseBefore;
        if (ref && (ref.kind !== "other" || ref.source) && (shortTail || midTag) && !sceneSetting) {
          // "In both cases, Ana Ruiz said, the donations paid for …": a lead with no verb sets the scene for the rest;
          // so does a longer prepositional phrase the tagger reads no verb in ("In the two winters after the storm, …").
          const sceneLead = midTag !== null && !shortTail && FINITE_VERB.test(midTag[1]) &&
            (SCENE_LEAD.test(lead) || prepositionalOnly(tagMatch[1]));
          const first = sceneLead ? null : add(sentence.start, sentence.start + tagMatch[1].length, verb, ref);
          // "…, the agency said, raising fears of …" / "…, officials said, and as crews …": no more speech.
          if (midTag && !shortTail && !NOT_CONTINUED_SPEECH.test(midTag[1])) {
            const restStart = sentence.end - midTag[1].length;
            add(restStart, sentence.end, verb, ref, first ?? undefined);
          }
          found = true;
          break;
        }
      }
      // "X said (that) …"; "Officials called the fire deliberate and said …": a coordinated verb's subject opens the sentence.
      const ref = (subjectLead ? leadSubject(mentions, masked, sentence.start, left) : null) ??
        speakerBefore(masked, sentence.start + left.length, mentions, sentence.start) ??
        (/\b(?:and|but)$/.test(left.trimEnd()) ? participleSubject(ctx, sentence.start, verbStart) : null) ??
        firstPersonSubject(left, verbStart) ?? unreadRelativeSubject(ctx, sentence, leftRaw, verbStart);
      if (!ref) continue;
      // "The businessman has insisted that …": a description of a person with a speech verb and "that"; "Early data
      // suggests that …", "The retired surgeon indicated that …": any description with a verb of evidence and "that".
      if (ref.kind === "other" && !ref.source && !PLAIN_VERB_RE.test(verb) &&
        !((/^(?:the|a|an|his|her|their)\s.*(?:man|woman|men|women|er|or|ist|ian|ent|ant|ee)s?$/i.test(ref.surface) ||
          (EVIDENCE_VERBS.has(verb) && DESCRIPTION_OPENING.test(ref.surface))) &&
          /^\s*that\b/.test(masked.slice(verbEnd, verbEnd + 8)))) continue;
      // `"…," he said aboard the plane …`: the verb tags a quotation just before it; what follows is where or how
      // it was said, unless "that" opens reported speech. `"…," he said, adding that …` goes on with the participle.
      // A quoted phrase inside the sentence is no quotation the verb tags when a clause follows the verb: `On the show
      // "Harbour Talk," Ana Ruiz said the pier …`.
      const tagged = directs.find((d) => d.end <= ref.start && d.end >= sentence.start && /,\W*$/.test(body.slice(d.start, d.end)) &&
        /^\s*$/.test(masked.slice(d.end, ref.start)) &&
        (/^[\s\p{P}]*$/u.test(masked.slice(sentence.start, d.start)) || !opensClause(firstClause(masked.slice(verbEnd, sentence.end)))));
      if (tagged && !/^\s*that\b/.test(masked.slice(verbEnd, verbEnd + 8))) {
        PARTICIPLE_RE.lastIndex = 0;
        const part = PARTICIPLE_RE.exec(masked.slice(verbEnd, sentence.end));
        if (part && /^[^,\u25A0"]{0,40}$/.test(masked.slice(verbEnd, verbEnd + part.index))) {
          const s = verbEnd + part.index + part[0].length;
          if (!/^\s*["\u201C]/.test(masked.slice(s, s + 3))) add(s, sentence.end, part[1], null, heldBy.get(tagged) ?? tagged);
        } else {
          // `"…," Ruiz said on Monday, but she said …`: a second speech verb of the tag's subject reports more.
          COORDINATED_VERB_RE.lastIndex = 0;
          const second = COORDINATED_VERB_RE.exec(masked.slice(verbEnd, sentence.end));
          const verb2 = second ? second[1].replace(/\s+/g, " ") : "";
          if (second && /^[^\u25A0"\u201C\u201D]{0,60}$/.test(masked.slice(verbEnd, verbEnd + second.index)) &&
            !THOUGHT_VERBS.has(verb2) && !JUDGMENT_VERBS.has(verb2)) {
            const clause2 = clauseAfterVerb(ctx, verb2, verbEnd + second.index + second[0].length, sentence);
            if (clause2) add(clause2[0], clause2[1], verb2, null, heldBy.get(tagged) ?? tagged);
          }
        }
        found = true;
        break;
      }
      const clause = clauseAfterVerb(ctx, verb, verbEnd, sentence);
      if (!clause) continue;
      const q = add(clause[0], clause[1], verb, ref);
      if (ref.kind !== "other" || ref.source) adopt(clause[0], clause[1], verb, ref);
      // A second verb of the same subject: "He said the plan is late, and added he doubts it will pass."
      COORDINATED_VERB_RE.lastIndex = 0;
      const second = q ? COORDINATED_VERB_RE.exec(masked.slice(clause[1], sentence.end)) : null;
      if (second && q && /^[\s,.;]*$/.test(masked.slice(clause[1], clause[1] + second.index))) {
        const verb2 = second[1].replace(/\s+/g, " ");
        const thought = THOUGHT_VERBS.has(verb2) || JUDGMENT_VERBS.has(verb2);
        const clause2 = thought ? null : clauseAfterVerb(ctx, verb2, clause[1] + second.index + second[0].length, sentence);
        if (clause2) add(clause2[0], clause2[1], verb2, null, q);
        found = true;
        break;
      }
      // Participles that carry on: "…, adding that …".
      const rest = masked.slice(clause[1], sentence.end);
      PARTICIPLE_RE.lastIndex = 0;
      const part = PARTICIPLE_RE.exec(rest);
      if (part) {
        // With the first clause too short or inside a quotation, the participle's speech is still the subject's.
        const s = clause[1] + part.index + part[0].length;
        if (!/^\s*["\u201C]/.test(masked.slice(s, s + 3))) add(s, sentence.end, part[1], q ? null : ref, q ?? undefined);
      }
      found = true;
      // "Ana Ruiz, who said she votes early, said the line was long": after a relative clause's speech the main
      // verb may report more; its clause is read at the next verb.
      if (q && /,\s*who\s*$/.test(left) && RELATIVE_CLAUSE_END.test(masked.slice(clause[1], clause[1] + 40))) continue;
      if (q && NEW_SPEAKER_CLAUSE.test(masked.slice(clause[1], sentence.end)) &&
        NEW_SPEAKER_CLAUSE.exec(masked.slice(clause[1], sentence.end))!.index < 3) continue;
      if (q && NEW_GROUP_SPEAKER_CLAUSE.exec(masked.slice(clause[1], sentence.end))?.index === 0) continue;
      break;
    }
    if (found) continue;
    // "Ada Kerr hit back, saying the report was wrong": a participle of speech after a clause with no speech verb.
    REPORTING_PARTICIPLE_RE.lastIndex = 0;
    const part = REPORTING_PARTICIPLE_RE.exec(text);
    if (part && part.index > 0) {
      const s = sentence.start + part.index + part[0].length;
      const ref = participleSubject(ctx, sentence.start, sentence.start + part.index);
      if (!/^\s*["\u201C]/.test(masked.slice(s, s + 3))) {
        // "…, telling reporters (that) …": the hearer first, as after "told"; "announcing" a clause, not a plan.
        const clause = clauseAfterVerb(ctx, PARTICIPLE_AS_VERB[part[1]] ?? "says", s, sentence);
        if (clause) {
          add(clause[0], clause[1], part[1], ref);
          if (ref) adopt(clause[0], clause[1], part[1], ref);
        }
      }
    } else {
      // "riders saying they want …", "a statement on Monday saying …", "…, before arguing the fares …": a participle
      // with no comma before it reports speech when the tagger reads a clause after it.
      let bare: RegExpExecArray | null = null;
      BARE_PARTICIPLE_RE.lastIndex = 0;
      for (let m = BARE_PARTICIPLE_RE.exec(text); m && !bare; m = BARE_PARTICIPLE_RE.exec(text))
        if ((m.index === 0 || !/[-\p{L}]/u.test(text[m.index - 1])) &&
          (m[1] === "saying" || BARE_PARTICIPLE_LEAD.test(text.slice(Math.max(0, m.index - BARE_PARTICIPLE_LEAD_CHARS), m.index)))) bare = m;
      const s = bare && bare.index > 0 ? sentence.start + bare.index + bare[0].length : -1;
      // "is telling reporters (that) …", "after telling his aides …": the hearer comes first; clauseAfterVerb reads it.
      const hearerFirst = bare !== null && PARTICIPLE_AS_VERB[bare[1]] !== undefined && OBJECT_TAKING_VERBS.has(PARTICIPLE_AS_VERB[bare[1]]);
      if (s >= 0 && !/^\s*["\u201C\u25A0]/.test(masked.slice(s, s + 3)) &&
        (hearerFirst || opensClause(firstClause(masked.slice(s, sentence.end).replace(/^\s*that\s+/, ""))))) {
        const cue = bare![1];
        const clause = clauseAfterVerb(ctx, PARTICIPLE_AS_VERB[cue] ?? "says", s, sentence);
        const ref = participleSubject(ctx, sentence.start, s - bare![0].length);
        if (clause) add(clause[0], clause[1], cue, ref);
      }
    }
  }
  for (const question of questions) {
    const q = add(question.start, question.end, "asked", question.ref);
    if (q && question.passiveAgent) q.passiveAgent = true;
  }
  // A few quoted words inside reported speech are part of it, not a quote of their own: `Lee said the plan
  // was "a real mess" and would fail.`
  // A quotation that ends reported speech holding it is that speech's end: `Lee said the price was "fair."`.
  const reported = out.filter((o) => o.kind === "INDIRECT");
  const reportedIndex = new SpanIndex(reported);
  const inside = (o: QuoteCandidate) => reportedIndex.overlapping(o.start - 3, o.end + 3).some((r) => r.start <= o.start + 1 && o.end <= r.end + 2);
  const endsReported = (o: QuoteCandidate) =>
    reportedIndex.overlapping(o.start - 3, o.end + 3).some((r) => r.start < o.start && o.end >= r.end && o.end <= r.end + 2);
  const kept = out.filter((o) => o.kind !== "DIRECT" || !inside(o) ||
    (wordCount(body.slice(o.start, o.end)) >= MIN_EMBEDDED_WORDS && !endsReported(o)));
  return kept.sort((a, b) => a.start - b.start);
}
