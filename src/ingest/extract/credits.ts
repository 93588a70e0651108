import {
  CAPTION_MARKERS, CREDIT_AGENCIES, CREDIT_LEADS, NEWS_INITIALISMS, NEWS_OUTLET_HEADS, NEWSROOM_ROLES, TEASER_MARKERS,
} from "./lexicon/credits";
import type { PersonMention } from "./people";
import type { SentenceSpan } from "../parse/sentences";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const AGENCY = `(?:${[...CREDIT_AGENCIES].sort((a, b) => b.length - a.length).map(escape).join("|")})`;
const ROLE = `(?:${NEWSROOM_ROLES.map(escape).join("|")})`;

/** Right after a byline name: ", The Canadian Press", "/ The Associated Press", ", Evening Desk producer" (any show name). */
const CREDIT_AFTER = new RegExp(
  `^\\s*(?:,|/)\\s*(?:${AGENCY}(?![\\p{Ll}])|(?:[\\p{Lu}][\\p{L}'\\u2019]*\\s+){0,3}${ROLE}(?![\\p{Ll}-]))`,
  "u",
);
/** An author's note: "Ilse Brandt is a deputy arts editor …", "Dev Raman is the Star's food writer". */
const AUTHOR_NOTE = new RegExp(`^\\s+is\\s+(?:a|an|the)\\s+[^.]{0,60}?\\b${ROLE}s?\\b`, "u");
/** A caption sentence: it opens with a caption marker, or a credit runs into it ("/ The Canadian Press Neil …"). */
const CAPTION = new RegExp(
  `(?:^\\s*(?:${CAPTION_MARKERS.map(escape).join("|")}))|(?:^\\s*|/\\s*)${AGENCY}\\s*\\p{Lu}`,
  "u",
);

/** A teaser: an upper-case label and its headline, which ends where the next paragraph is glued on or a sentence ends. */
const TEASER = new RegExp(
  `(?<!\\p{Lu})(?:${TEASER_MARKERS.map(escape).join("|")})\\s*[:|]\\s*(?:[^.!?;\\n]*?(?:\\p{Ll}{3}|\\d|['’"”)])(?=["\\u201C\\u2018]?\\p{Lu}\\p{Ll})|[^.!?;\\n]*[.!?]?)`,
  "gu",
);
/** An outlet's possessive right before a name: "the Daily Ledger's ", "The ABC's ". */
const OUTLET_POSSESSIVE = new RegExp(
  `(?:\\b(?:${NEWS_OUTLET_HEADS.map(escape).join("|")})|\\b(?:${NEWS_INITIALISMS.join("|")}))['\\u2019]s\\s+$`,
  "u",
);

/** What every OUTLET_POSSESSIVE match ends with. */
const POSSESSIVE_END = /['\u2019]s\s+$/u;

/** "Ana Ruiz in Lima and Ben Ode contributed to this report": the names before "contributed", within the sentence. */
const CONTRIBUTED = /(^|[.!?]["'\u2019\u201D]?\s*|\n)([^.!?\n]{1,160}?)\s+contributed(?=\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting|research)|\s*[.,;]|$)/gu;
/** "Associated Press writers Ana Ruiz and Ben Ode", "With files from Ana Ruiz", "Reporting by Ana Ruiz; Editing by …". */
const CREDIT_LEAD = new RegExp(
  `(?:\\b${AGENCY}\\s+${ROLE}s?|\\b(?:${CREDIT_LEADS.map(escape).join("|")}))\\s+[^.!?;\\n]{1,120}`,
  "gu",
);

/**
 * Spans of `body` taken by credit lines, which name the journalists who wrote or reported the story: "Ana
 * Ruiz contributed to this report", "Associated Press writer Ana Ruiz", "With files from Ana Ruiz",
 * "Reporting by Ana Ruiz; Editing by Ben Ode". Each span ends within its sentence.
 */
export function creditSpans(body: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Every CONTRIBUTED match holds the word: without it, the text is not scanned.
  if (body.includes("contributed")) for (const m of body.matchAll(CONTRIBUTED)) spans.push([m.index + m[1].length, m.index + m[0].length]);
  for (const m of body.matchAll(CREDIT_LEAD)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Spans of `body` taken by teasers for other stories ("READ MORE: …", "WATCH | …: …"). */
export function teaserSpans(body: string): Array<[number, number]> {
  return [...body.matchAll(TEASER)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
}

/**
 * Drops the mentions that belong to bylines, photo credits, author notes and captions rather than to the
 * story: "Marta Kowalczyk, The Associated Press", "Dev Raman / The Canadian Press", "Ilse Brandt is a deputy
 * arts editor", and every name in a caption sentence ("Open this photo in gallery Alberta Premier Ruth
 * Ingram shakes hands …"), names in credit lines ("Ana Ruiz contributed to this report", see creditSpans), in teasers for other stories ("READ MORE: Ana Ruiz wins again") and
 * journalists named with their outlet's possessive ("the Daily Ledger's Ana Ruiz"). `sentences` are the body's
 * sentences.
 */
export function dropCredits(body: string, mentions: PersonMention[], sentences: SentenceSpan[]): PersonMention[] {
  const captions = sentences.filter((s) => CAPTION.test(s.text));
  const teasers = teaserSpans(body);
  const credits = creditSpans(body);
  return mentions.filter((m) => {
    if (credits.some(([s, e]) => s <= m.start && m.end <= e)) return false;
    const after = body.slice(m.end, m.end + 120);
    if (CREDIT_AFTER.test(after) || AUTHOR_NOTE.test(after)) return false;
    const lead = body.slice(Math.max(0, m.start - 60), m.start - (m.surface.length - (m.end - m.start)));
    // Every OUTLET_POSSESSIVE match ends in "'s" and white space: the alternation of outlets is tried only then.
    if (POSSESSIVE_END.test(lead) && OUTLET_POSSESSIVE.test(lead)) return false;
    if (teasers.some(([s, e]) => s <= m.start && m.end <= e)) return false;
    return !captions.some((s) => s.start <= m.start && m.end <= s.end);
  });
}
