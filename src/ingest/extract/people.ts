import type { ExtractedRole } from "../types";
import { ABBREVIATIONS } from "./lexicon/abbreviations";
import { HONORIFICS, POST_NOMINALS } from "./lexicon/honorifics";
import { alternation } from "./lexicon/alternation";
import { COMMON_OPENING_WORDS, PERSON_ADJECTIVES, THING_FOLLOWING_WORDS, THING_HEAD_NOUNS } from "./lexicon/thing-words";
import { ORGANIZATION_LEADING_WORDS, ROLE_NOUNS, ROLE_TITLES } from "./lexicon/role-titles";
import { CALENDAR_WORDS, LEADING_FUNCTION_WORDS, NAME_PARTICLES, NON_PERSON_WORDS, WORD_SURNAMES } from "./lexicon/stop-words";
import { BUSINESS_POSSESSIONS, KIN_NOUNS, MARKET_VERBS, ORGANIZATION_CLASS_NOUNS, PLURAL_CLASS_NOUNS } from "./lexicon/class-nouns";
import { firstNameGender } from "./gender";
import { cityPopulation, isGivenName, isHumanName } from "./gazetteers";
import { isCommonWord } from "./person-classifier";
import { SPEECH_VERBS } from "./lexicon/speech-verbs";
import { appositiveRoleAfter, lowercaseRoleBefore, normalizeRole } from "./roles";
import { isNameShaped, isPossessive, nameTokens, stripPossessive, type Token } from "./tokens";
import { lowerBound } from "./positions";

/** One place in the text where a person is named. */
export interface PersonMention {
  /** Offsets of the name itself (honorifics and titles excluded) in the text. */
  start: number;
  end: number;
  /** Name words without honorifics: ["Naim", "Qassem"]. */
  words: string[];
  /** The surface with honorifics, as written: "Sheikh Naim Qassem". */
  surface: string;
  honorifics: string[];
  role: ExtractedRole | null;
  /** True when something besides capitalisation marks it as a person (honorific, title, two or more words). */
  confident: boolean;
  /** A lone word surname ("says House"): it may only join a person already named in full ("Dennis House"). */
  surnameOnly?: boolean;
  /**
   * A multi-word name that opens with a common word ("Crimson Line"): it is a person only with more evidence,
   * a speech verb or its last word used alone elsewhere in the text (checked in clustering).
   */
  weak?: boolean;
  /** A lone name introduced as the relative of a named person ("Ruiz's sister, Lena"): that person's name. */
  kinOf?: string;
  /** The kin noun that introduced a lone name ("his father, Amos" → "father"). */
  kin?: string;
  /** Loose mode only (training the person classifier): a run the rules drop, kept as a candidate. */
  rejected?: boolean;
}

/** A person with every mention that names them. */
export interface PersonCluster {
  name: string;
  words: string[];
  mentions: PersonMention[];
  aliases: string[];
  honorifics: string[];
  roles: ExtractedRole[];
}

const MAX_TITLE_WORDS = 5;

const KIN_BEFORE = new RegExp(
  `(?:\\b(?:his|her|their|my|our|your)|(\\p{Lu}\\p{L}+)['\\u2019]s?)\\s+` +
    `(?:late\\s+|younger\\s+|older\\s+|elder\\s+)?(${KIN_NOUNS.join("|")}),?\\s+$`,
  "u",
);
const KIN_SET: ReadonlySet<string> = new Set(KIN_NOUNS);

/** True when a kin noun, then an optional comma and white space, ends right before `at` (what KIN_BEFORE needs). */
function kinNounEnds(text: string, at: number): boolean {
  let e = at;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  if (e === at) return false;
  if (text[e - 1] === ",") e--;
  let s = e;
  while (s > 0 && e - s <= 14 && /\p{L}/u.test(text[s - 1])) s--;
  return s > 0 && /\s/.test(text[s - 1]) && KIN_SET.has(text.slice(s, e));
}
const INSTITUTION_OF = new RegExp(
  `\\b(?:${[...NON_PERSON_WORDS].filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w)).join("|")})\\s+of\\s+(?:the\\s+)?$`,
  "u",
);
const THING_AFTER_DETERMINER = new RegExp(
  String.raw`\b(?:a|an|the)\s+(?:(\p{Ll}+)\s+)?(\p{Lu}\p{Ll}+)(?=[.,;:!?)]|\s+(?:${alternation(THING_FOLLOWING_WORDS)})\b)`,
  "gu",
);
/** A possessive ending and a business possession after it: "'s stock price", "'s shares". */
const BUSINESS_POSSESSION = new RegExp(
  `['\\u2019]s\\s+(?:\\p{Ll}+\\s+)?(?:${BUSINESS_POSSESSIONS.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\b`,
  "gu",
);
/** The owner right before a BUSINESS_POSSESSION match: one capitalised word, no letter before its capital. */
const OWNER_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+$/u;
const MODIFIER_AFTER_THE = /\b[Tt]he\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+/gu;

/**
 * Words that the text uses as things: a lone capitalised word after an article ("a hard Wexit,", "the Gulls
 * won"), the first word of a capitalised phrase after "the" ("the Dorset Gulls") or the owner of business
 * possessions ("Norvik's stock price"). People are not written so.
 */
export function thingWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(THING_AFTER_DETERMINER)) {
    const adjective = m[1] ?? "";
    if (adjective && (/(?:ed|ing)$/.test(adjective) || PERSON_ADJECTIVES.has(adjective) || ROLE_SET.has(adjective) ||
      ROLE_NOUNS.has(adjective))) continue;
    out.add(m[2]);
  }
  // "Norvik's stock price": the possessive and the possession are found first (a fixed mark to scan for), then
  // the capitalised owner before them.
  for (const m of text.matchAll(BUSINESS_POSSESSION)) {
    const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, m.index - 64), m.index));
    if (owner) out.add(owner[0]);
  }
  for (const m of text.matchAll(MODIFIER_AFTER_THE))
    if (!HONORIFICS.has(m[1].toLowerCase()) && !ROLE_SET.has(m[1].toLowerCase())) out.add(m[1]);
  return out;
}

const OWNS_BUSINESS = new RegExp(
  `^['\\u2019]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${BUSINESS_POSSESSIONS.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\b`,
  "u",
);
const MARKET_MOVE = new RegExp(
  `^(?:,[^,.]{0,60},)?\\s+(?:index\\s+)?(?:${MARKET_VERBS.map((v) => v.replace(/ /g, "\\s+")).join("|")})\\s+(?:about\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+)?[\\d.,]+\\s*(?:per\\s*cent|percent|%|points?)`,
  "u",
);

/** True when a lower-case role title (one or two words) follows `end` directly: "… host", "… deputy leader". */
function titleFollows(text: string, end: number): boolean {
  const m = /^['\u2019]?s?\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  return ROLE_SET.has(m[1]) || (!!m[2] && ROLE_SET.has(`${m[1]} ${m[2]}`));
}

/** True for a listed first name ("Maria", "Bill"). */
function isFirstName(word: string): boolean {
  return firstNameGender(word) !== null;
}

/**
 * True for a capitalised common English word that is no given name, honorific, title or particle ("Rival",
 * "Unlike", "Hey", "We've"): glued to the front of a name, it is not part of it.
 */
function gluedWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isCommonWord(lower) && !isFirstName(word) && !isGivenName(word) && !HONORIFICS.has(lower) && !ROLE_SET.has(lower) &&
    !NAME_PARTICLES.has(word) && !NAME_PARTICLES.has(lower);
}

const ABSTRACT_ENDING = /(?:ics|tions?|ments|ology|ities|ware|isms|ships|ories|eries)$/u;

/** True for a capitalised abstract noun, by its ending, that is no listed surname ("Economics", "Solutions"; not "Ness"). */
function abstractHead(word: string): boolean {
  return word.length > 5 && ABSTRACT_ENDING.test(word) && !isHumanName(word);
}

/** True for a capitalised participle that is not a listed first name ("Rolling", "Operating"). */
function isGerund(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}ing$/u.test(word) && !isFirstName(word);
}

/** The lower-case word right before a run, past "called"/"dubbed"/"titled"/"known as" and an opening quote. */
const NOUN_BEFORE = /(\p{Ll}[\p{Ll}-]*)\s+(?:(?:called|dubbed|titled|known\s+as)\s+)?["\u201C]?$/u;
/** The words after which NOUN_BEFORE reads the word before them ("a campaign called ", "the band known as "). */
const NAMING_WORDS: ReadonlySet<string> = new Set(["called", "dubbed", "titled", "as"]);

/** The run of lower-case letters and hyphens (without leading hyphens) before the white space (and an opening quote) ending `s`. */
function lastLowerWord(s: string): string {
  let e = s.length;
  if (e && (s[e - 1] === '"' || s[e - 1] === "\u201C")) e--;
  let k = e;
  while (k > 0 && /\s/.test(s[k - 1])) k--;
  if (k === e) return "";
  let w = k;
  while (w > 0 && /[\p{Ll}-]/u.test(s[w - 1])) w--;
  while (w < k && s[w] === "-") w++;
  return s.slice(w, k);
}

/** The lower-case word before "including", "such as", … that opens a list. */
const LIST_OPENER = /(\p{Ll}+),?\s+(?:including|such\s+as|like|include|included|namely)\s+$/u;
const LIST_SEPARATOR_END = /(?:,|\s(?:and|or))\s+$/;
/** One item of a list of capitalised names, with the separator after it. */
const LIST_ITEM_BEFORE = /(?:\p{Lu}[\p{L}'\u2019.\-]*\s+){0,3}\p{Lu}[\p{L}'\u2019.\-]*,?\s+(?:and\s+|or\s+)?$/u;

/**
 * True when the capitalised run at `start` follows a lower-case class noun for organisations, places or works
 * ("aid group ", "a campaign called ", "the app "), or stands in a list after a plural one ("companies
 * including Arden Foods, Belco, …").
 */
function classNounBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  const window = before.slice(-30);
  // NOUN_BEFORE captures the last lower-case word before the run, or the one before "called"/"dubbed"/"titled"/
  // "known as": when the last word is none of those and no class noun, it cannot find one (tested cheaply first).
  const last = lastLowerWord(window);
  if (ORGANIZATION_CLASS_NOUNS.has(last) || NAMING_WORDS.has(last)) {
    const noun = NOUN_BEFORE.exec(window);
    if (noun && ORGANIZATION_CLASS_NOUNS.has(noun[1])) return true;
  }
  let head = before;
  for (let k = 0; k < 8; k++) {
    const window = head.slice(-40);
    const opener = /includ|such|like|namely/.test(window) ? LIST_OPENER.exec(window) : null;
    if (opener && PLURAL_CLASS_NOUNS.has(opener[1])) return true;
    // Only a list separator before the run can continue a list.
    if (!LIST_SEPARATOR_END.test(head.slice(-6))) return false;
    const tail = head.slice(-80);
    const item = LIST_ITEM_BEFORE.exec(tail);
    if (!item || item[0].length === 0) return false;
    head = head.slice(0, head.length - tail.length + item.index);
  }
  return false;
}
const ROLE_SET = new Set(ROLE_TITLES);
/** The first word of every role title ("prime" of "prime minister"). */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(ROLE_TITLES.map((t) => t.split(" ")[0]));

/** Capitalised runs: tokens joined by one space, a period after an initial or abbreviation, or a particle. */
function capitalisedRuns(text: string, tokens: Array<Token | null>): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === null) {
      flush();
      continue;
    }
    const upper = !NAME_PARTICLES.has(t.text) || /^\p{Lu}/u.test(t.text);
    // "Ben van der Rooij": particles, one or more, between capitalised words.
    let next = i + 1;
    while (NAME_PARTICLES.has(tokens[next]?.text ?? "")) next++;
    const particle = NAME_PARTICLES.has(t.text) && run.length > 0 && /^\p{Lu}/u.test(tokens[next]?.text ?? "");
    if (!upper && !particle) {
      flush();
      continue;
    }
    if (run.length) {
      const prev = run[run.length - 1];
      const gap = text.slice(prev.end, t.start).replace(/\u200b/g, "");
      const abbrev = prev.text.length <= 4 && /^\p{Lu}\p{Ll}*$/u.test(prev.text) &&
        (ABBREVIATIONS.has(prev.text.toLowerCase()) || HONORIFICS.has(prev.text.toLowerCase()));
      const joined = gap === " " || (gap === ". " && abbrev) || (gap === "." && prev.text.length === 1 && t.text.length === 1) ||
        (gap === ". " && prev.text.length === 1);
      if (!joined || isPossessive(prev.text)) flush();
    }
    run.push(t);
  }
  flush();
  return runs;
}

/** Longest role title starting at token `i` of `words` (lower-cased), as a word count; 0 when none. */
function roleAt(words: string[], i: number): number {
  // Every title of two or more words opens with one of TITLE_FIRST_WORDS: most words open none.
  if (!TITLE_FIRST_WORDS.has(words[i]) && !ROLE_SET.has(singularTitle(words[i]))) return 0;
  for (let n = Math.min(MAX_TITLE_WORDS, words.length - i); n > 0; n--) {
    const title = words.slice(i, i + n).join(" ");
    if (ROLE_SET.has(title) || ROLE_SET.has(singularTitle(title))) return n;
  }
  return 0;
}

/** "councillors" → "councillor", "Police Chiefs" → "Police Chief": a plural title read as its singular. */
function singularTitle(title: string): string {
  return title.length > 3 && /[^s]s$/.test(title) ? title.slice(0, -1) : title;
}

/** "the Leader of the Islamic Revolution, " right before a name: a title with its complement. */
function appositiveTitleBefore(text: string, start: number): ExtractedRole | null {
  const before = text.slice(Math.max(0, start - 120), start);
  // What the pattern needs, tested cheaply first: a comma and white space at the end, and " of ".
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length || !trimmed.endsWith(",") || !/\sof\s/.test(before)) return null;
  const m = /(?:^|\s)(?:the\s+)?(\p{Lu}[\p{L}\- ]*?\s+of\s+(?:the\s+)?\p{Lu}[\p{L}']*(?:\s+\p{Lu}[\p{L}']*)*),\s+$/u.exec(before);
  if (!m) return null;
  const head = m[1].split(/\s+of\s+/)[0].toLowerCase();
  if (!ROLE_SET.has(head)) return null;
  return { title: m[1].replace(/\s+/g, " "), organization: null };
}

/**
 * Finds the person mentions in `text`: capitalised word runs (split at role titles and honorifics, with
 * leading function words dropped) whose words are not in the stop lists. Single words are kept but marked
 * not confident unless an honorific or title comes with them; clustering decides about them.
 */
export function findPersonMentions(text: string, options: { loose?: boolean } = {}): PersonMention[] {
  const tokens = nameTokens(text, NAME_PARTICLES);
  const mentions: PersonMention[] = [];
  // Loose mode (training the person classifier): runs the rules would drop are kept too, as candidates.
  const rejected: PersonMention[] = [];
  const thingNames = new Set<string>();
  const pluralTitleAt = new Map<number, ExtractedRole>();
  for (const run of capitalisedRuns(text, tokens)) {
    let i = 0;
    while (i < run.length && LEADING_FUNCTION_WORDS.has(stripPossessive(run[i].text)) && !HONORIFICS.has(run[i].text.toLowerCase())) i++;
    // A sentence opening with a participle is not a first name: "Knowing Haldane was a hockey fan, …",
    // also after a headline glued by a quote mark ("…Back on the rink'Knowing Haldane was …").
    if (i < run.length - 1 && isGerund(run[i].text) &&
      /(?:^|[.!?"'\u2019\u201D]\s*)$/u.test(text.slice(Math.max(0, run[i].start - 3), run[i].start))) i++;
    // "Rival Ana Ruiz", "Unlike Ben Ode", "Longtime Ruiz aide": a common English word glued to the front of a name is
    // not part of it; a given name ("Will", "Hope"), an honorific or a run holding a title keeps its first word.
    if (i < run.length - 1 && gluedWord(run[i].text)) {
      const lowerRun = run.map((t) => t.text.toLowerCase());
      if (!run.some((_, k) => k >= i && roleAt(lowerRun, k) > 0))
        while (i < run.length - 1 && gluedWord(run[i].text) && isNameShaped(run[i + 1].text)) i++;
    }
    // Elsewhere a name opening with a participle names a thing (checked below, unless a title or honorific follows).
    const gerundOpening = i < run.length - 1 && isGerund(run[i].text);
    // Several people can share a run only through titles; look for the last title followed by a name.
    const lower = run.map((t) => t.text.toLowerCase());
    let roleStart = -1;
    let roleLen = 0;
    for (let k = i; k < run.length; k++) {
      const n = roleAt(lower, k);
      if (n && k + n < run.length) {
        roleStart = k;
        roleLen = n;
        k += n - 1;
      }
    }
    let role: ExtractedRole | null = null;
    let j = i;
    if (roleStart >= 0) {
      // "New Brunswick Premier Alain Roy": a function word dropped from the name may begin the organisation.
      let orgStart = i;
      while (orgStart > 0 && ORGANIZATION_LEADING_WORDS.has(run[orgStart - 1].text)) orgStart--;
      const orgEnd = run[roleStart - 1]?.end ?? 0;
      const org = orgStart < roleStart ? text.slice(run[orgStart].start, orgEnd + (text[orgEnd] === "." ? 1 : 0)) : "";
      const written = run.slice(roleStart, roleStart + roleLen).map((t) => t.text).join(" ");
      // "Councillors Smith, Jones and Brown": a plural title gives each name of the list the singular one.
      const plural = !ROLE_SET.has(written.toLowerCase()) && ROLE_SET.has(singularTitle(written.toLowerCase()));
      role = { title: plural ? singularTitle(written) : written, organization: org || null };
      if (plural) pluralTitleAt.set(run[roleStart + roleLen].start, role);
      j = roleStart + roleLen;
    }
    const honorifics: string[] = [];
    const surfaceStart = run[j]?.start;
    while (j < run.length - 1) {
      const two = `${lower[j]} ${lower[j + 1]}`;
      if (HONORIFICS.has(two) && j < run.length - 2) {
        honorifics.push(HONORIFICS.get(two)!);
        j += 2;
      } else if (HONORIFICS.has(lower[j])) {
        honorifics.push(HONORIFICS.get(lower[j])!);
        j++;
      } else break;
    }
    let words = run.slice(j);
    // Post-nominals and trailing non-name words end the name.
    const cut = words.findIndex((t) => POST_NOMINALS.has(t.text));
    if (cut >= 0) words = words.slice(0, cut);
    if (!words.length) continue;
    const names = words.map((t) => stripPossessive(t.text));
    const shaped = words.every((t) => isNameShaped(t.text) || t.text.length === 1 || NAME_PARTICLES.has(t.text));
    const reject = (): void => {
      if (options.loose && shaped && names.length <= 4 && names[names.length - 1].length > 1) {
        const e = words[words.length - 1].start + names[names.length - 1].length;
        rejected.push({ start: words[0].start, end: e, words: names, surface: text.slice(words[0].start, e), honorifics, role: null,
          confident: names.length >= 2, rejected: true });
      }
    };
    // "Ms. May", "Helen May", "Dennis House": a word surname after an honorific or a known first name.
    const wordSurname = (w: string, k: number) =>
      k === names.length - 1 && WORD_SURNAMES.has(w) && (honorifics.length > 0 || (k > 0 && firstNameGender(names[0]) !== null));
    // A lone "House"/"May" is a word unless it repeats the surname of someone named in full (checked in clustering).
    const loneWordSurname =
      names.length === 1 && honorifics.length === 0 && !role && WORD_SURNAMES.has(names[0]) && NON_PERSON_WORDS.has(names[0]) &&
      !/\b(?:the|in|on|since|by|until|of|last|next|this|early|late|mid|from|to)\s+$/i.test(
        text.slice(Math.max(0, words[0].start - 8), words[0].start)
      ) &&
      !/^\s*\d/.test(text.slice(words[0].end, words[0].end + 3));
    if (loneWordSurname && shaped) {
      mentions.push({ start: words[0].start, end: words[0].start + names[0].length, words: names, surface: names[0], honorifics, role,
        confident: false, surnameOnly: true });
      continue;
    }
    // "Christian Vale", "Bill Ostrander": a listed first name opening a two- or three-word name is a first name,
    // even when it is also a word of the stop lists (a religion, a law), as long as the rest is no stop word.
    const firstNameFirst = (w: string, k: number) =>
      k === 0 && names.length >= 2 && isFirstName(w) && !CALENDAR_WORDS.has(w) &&
        names.slice(1).every((x, q) => !NON_PERSON_WORDS.has(x) || wordSurname(x, q + 1));
    // "his father, Amos," / "Ruiz's sister Lena": a lone name right after a kin noun is a person.
    const kinMatch = names.length === 1 && kinNounEnds(text, words[0].start)
      ? KIN_BEFORE.exec(text.slice(Math.max(0, words[0].start - 40), words[0].start)) : null;
    const kin = !!kinMatch;
    const kinFirstName = (w: string) => kin && isFirstName(w) && !CALENDAR_WORDS.has(w);
    if (!shaped || names.some((w, k) => NON_PERSON_WORDS.has(w) && !wordSurname(w, k) && !firstNameFirst(w, k) &&
      !kinFirstName(w))) { reject(); continue; }
    const titled = honorifics.length > 0 || !!role;
    // "the Rolling Meadow Trust", "Operating Engineers": a participle opens the name of a thing.
    if (gerundOpening && !titled) { reject(); continue; }
    // "makers including Arden Foods, Belco and Tarn Mills": a list after a plural class noun, or a name right after a
    // singular one ("aid group Hope Rising"), names organisations, places or works ("party MP Tom Ashby" keeps its title).
    if (!titled && classNounBefore(text, run[i].start)) { reject(); continue; }
    // "Vice-president says …": a lone role title is no name.
    if (names.length === 1 && !titled && ROLE_SET.has(names[0].toLowerCase())) { reject(); continue; }
    // "the University of Dorset", "Bank of Avalon": one word after "<Institution> of" is a place or an organisation.
    if (names.length === 1 && !titled && INSTITUTION_OF.test(text.slice(Math.max(0, run[i].start - 40), run[i].start))) { reject(); continue; }
    const nameEnd = words[words.length - 1].start + names[names.length - 1].length;
    // "the Nordex index rose 0.6 per cent to 1,873.25": a name that moves by points or per cent is a market index.
    if (!titled && MARKET_MOVE.test(text.slice(words[words.length - 1].end, words[words.length - 1].end + 80))) { reject(); continue; }
    // "Arden Systems' Tarn security unit said": a name owning business possessions is a company.
    if (names.length >= 2 && !titled && OWNS_BUSINESS.test(text.slice(nameEnd, nameEnd + 60))) { reject(); continue; }
    // "Harbour Desk host Ana Ruiz", "Telvan Mining spokesperson": a name right before a lower-case title is the
    // organisation that title belongs to.
    if (names.length >= 2 && !titled && titleFollows(text, words[words.length - 1].end)) { reject(); continue; }
    // "Harbour Point Beach", "Arden Brewery", "Arden Motors": a name ending in a place, business or product noun
    // is a thing (a lone one too: "Motors" is no surname after the title-like "General").
    if (names.length === 1 && THING_HEAD_NOUNS.has(names[0]) && !(honorifics.length && WORD_SURNAMES.has(names[0]))) { reject(); continue; }
    if (names.length >= 2 && !titled && THING_HEAD_NOUNS.has(names[names.length - 1]) &&
      !wordSurname(names[names.length - 1], names.length - 1)) { reject(); continue; }
    // "Santa Fe", "Cedar Rapids", "Des Moines": a name of two or more words that is, as written, the name of a place
    // of 10,000 or more (GeoNames) is that place.
    if (names.length >= 2 && !titled && cityPopulation(names.join(" ")) > 0) { reject(); continue; }
    // "Kelso Economics", "Varta Electronics", "Lund Solutions": a name ending in an abstract noun (by its ending, and
    // no listed surname) names a business or a body.
    if (names.length >= 2 && !titled && abstractHead(names[names.length - 1])) { reject(); continue; }
    // "Crimson Line", "Crazy Eights": a name opening with a common word needs more evidence (see clustering).
    const weak = names.length >= 2 && !titled && COMMON_OPENING_WORDS.has(names[0]) && !isFirstName(names[0]);
    if (names.length > 4) { reject(); continue; }
    // Initials alone are not a name ("N.S.", "U.S.").
    if (names[names.length - 1].length < 2 || !names.some((w) => w.length > 1)) { reject(); continue; }
    // Photo credits: "Marta Kowalczyk / The Canadian Press".
    if (/^\s*\/\s*\p{Lu}/u.test(text.slice(words[words.length - 1].end, words[words.length - 1].end + 6))) { reject(); continue; }
    const start = words[0].start;
    const end = words[words.length - 1].start + names[names.length - 1].length;
    if (!role) role = appositiveTitleBefore(text, run[i]?.start ?? start) ?? lowercaseRoleBefore(text, run[i]?.start ?? start);
    // "the Portland Pacers": a capitalised run after "the" is a thing unless a title or honorific says otherwise.
    const afterThe = /\bthe\s+$/i.test(text.slice(Math.max(0, run[i].start - 5), run[i].start));
    // "Wulan, a resident of Kendari, …": a lone name with an appositive naming a person is a person.
    const appositive = /^,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)\b/u.exec(text.slice(end, end + 60));
    const described = (names.length === 1 && !!appositive && (ROLE_NOUNS.has(appositive[1]) || ROLE_SET.has(appositive[1]))) || kin;
    // "aboard the Queen Isabel": a title glued to one word after "the" names a thing, not a role.
    let stored = afterThe && names.length === 1 && !role?.organization ? null : normalizeRole(role);
    const confident = !!stored || honorifics.length > 0 || (names.length >= 2 && !afterThe) || (described && !afterThe);
    if (afterThe && !confident) {
      if (names.length >= 2) thingNames.add(names.join(" "));
      reject();
      continue;
    }
    if (!role) stored = appositiveRoleAfter(text, end);
    mentions.push({
      start,
      end,
      words: names.filter((w) => !NAME_PARTICLES.has(w) || names.length > 1),
      surface: text.slice(surfaceStart ?? start, end),
      honorifics,
      role: stored,
      confident,
      ...(weak ? { weak } : {}),
      ...(kinMatch?.[1] ? { kinOf: kinMatch[1] } : {}),
      ...(kinMatch ? { kin: kinMatch[2].toLowerCase() } : {}),
    });
  }
  // A name written after "the" anywhere ("the Harbour Gulls") is a thing everywhere; a lone word used as a thing
  // ("a hard Wexit", "the Gulls.") or as the modifier of a thing ("the Dorset Gulls") only joins a full name.
  const things = thingWords(text);
  const kept = mentions.filter((m) => m.honorifics.length > 0 || m.role || !thingNames.has(m.words.join(" ")) ||
    (options.loose && (m.rejected = true)));
  if (options.loose) kept.push(...rejected);
  for (const m of kept) if (m.words.length === 1 && !m.honorifics.length && !m.role && things.has(m.words[0])) m.surnameOnly = true;
  return promoteNameLists(text, withNicknames(text, kept), pluralTitleAt);
}

// The capital is matched before the look-behind (same matches, tested in the cheaper order).
const NICKNAMED = /(\p{Lu}(?<![\p{L}'\u2019]\p{Lu})\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+["\u201C\u2018](\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?)["\u201D\u2019]\s+(\p{Lu}[\p{Ll}'\u2019\-]*\p{Ll})(?![\p{L}])/gu;

/** What every NICKNAMED match contains: a capitalised nickname in quotation marks between white space. */
const QUOTED_NICKNAME = /\s["\u201C\u2018]\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)?["\u201D\u2019]\s/u;

/**
 * "Tomas “Crusher” Okafor": a nickname in quotation marks between a first name and a surname. The person is
 * the name without the nickname ("Tomas Okafor"), confident; the mentions found inside the span give way to it.
 */
export function withNicknames(text: string, mentions: PersonMention[]): PersonMention[] {
  const out = [...mentions];
  // Every match holds a quoted capitalised nickname between white space: without one, nothing to find.
  if (!QUOTED_NICKNAME.test(text)) return out.sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(NICKNAMED)) {
    const first = m[1].split(/\s+/);
    if (first.some((w) => LEADING_FUNCTION_WORDS.has(w) || NON_PERSON_WORDS.has(w)) || NON_PERSON_WORDS.has(m[3])) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= start && out[k].end <= end) out.splice(k, 1);
    out.push({ start, end, words: [...first, stripPossessive(m[3])], surface: m[0], honorifics: [], role: null, confident: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

const LIST_NAME = String.raw`\p{Lu}[\p{Ll}'\u2019\-]+(?:\s+(?:\p{Lu}[\p{Ll}'\u2019\-]+|\p{Lu}\.?(?![\p{L}])))?`;
const LIST_SPEAKS = new RegExp(`^\\s+(?:all\\s+|both\\s+|each\\s+)?(?:${SPEECH_VERBS.filter((v) => !v.includes(" ")).join("|")})\\b`);
/** One item of a NAME_LIST match (matchAll copies the regex, so sharing it is safe). */
const LIST_ITEM = new RegExp(LIST_NAME, "gu");
/**
 * Where a list may start: a name (a capital not preceded by a letter) followed by ", NAME". The capital is matched
 * before the look-behind, and the rest as a look-ahead: the match is the capital alone, and the scan goes on after it.
 */
const LIST_START = new RegExp(String.raw`\p{Lu}(?<![\p{L}]\p{Lu})(?=${LIST_NAME.slice("\\p{Lu}".length)},\s+${LIST_NAME})`, "gu");
const LIST_NAME_AT = new RegExp(LIST_NAME, "uy");
const LIST_AND = /\s(?:and|or)\s+\p{Lu}/u;
const LIST_NEXT_AT = new RegExp(String.raw`,\s+${LIST_NAME}`, "uy");
const LIST_END_AT = new RegExp(String.raw`,?\s+(?:and|or)\s+${LIST_NAME}(?![\p{L}])`, "uy");

/** Where the sticky `re` matches at `at` in `text`: the end, or -1. */
function endAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * The matches of `(?<!\p{L})NAME(?:,\s+NAME){1,},?\s+(?:and|or)\s+NAME(?!\p{L})` (NAME = LIST_NAME) in `text`, left
 * to right, in linear time. The regex itself backtracks through every item of a long list without "and" from every
 * name in it (quadratic). Its parse is unique (a name can only be followed by a comma or white space, and the list
 * can only end after its last item), so a list from any start ends where the chain of ", NAME" from its first item
 * ends; that end, and whether "and NAME" follows it, is computed once per chain.
 */
function nameLists(text: string): Array<{ index: number; 0: string }> {
  const out: Array<{ index: number; 0: string }> = [];
  // Every list ends in "and NAME" or "or NAME": without one, nothing to find.
  if (!LIST_AND.test(text)) return out;
  const chainEnd = new Map<number, number>();
  const endOfChain = (from: number): number => {
    const seen: number[] = [];
    let e = from;
    for (;;) {
      const known = chainEnd.get(e);
      if (known !== undefined) {
        e = known;
        break;
      }
      seen.push(e);
      const next = endAt(LIST_NEXT_AT, text, e);
      if (next < 0) break;
      e = next;
    }
    for (const s of seen) chainEnd.set(s, e);
    return e;
  };
  const listEnd = new Map<number, number>();
  LIST_START.lastIndex = 0;
  for (let m = LIST_START.exec(text); m; m = LIST_START.exec(text)) {
    const start = m.index;
    const first = endAt(LIST_NAME_AT, text, start);
    if (first < 0 || endAt(LIST_NEXT_AT, text, first) < 0) continue;
    const last = endOfChain(first);
    let end = listEnd.get(last);
    if (end === undefined) {
      end = endAt(LIST_END_AT, text, last);
      listEnd.set(last, end);
    }
    if (end < 0) continue;
    out.push({ index: start, 0: text.slice(start, end) });
    LIST_START.lastIndex = end;
  }
  return out;
}

/**
 * "Tova, Julia, Greta K and Laura": in a list of three or more short capitalised names of which at least two
 * open with a listed first name, or that follows a plural title ("Councillors Lund, Oyelaran and Pratt", each
 * given the singular title), or that is the subject of a speech verb ("Lund, Oyelaran and Pratt all said"),
 * and where no item holds a stop word, every item is a person, even a lone first name or a first name with
 * an initial. Mentions already found for the items become confident; missing ones are added. Returns the
 * mentions in text order. `pluralTitleAt` maps the start of a name to the plural title written before it.
 */
export function promoteNameLists(
  text: string, mentions: PersonMention[], pluralTitleAt: ReadonlyMap<number, ExtractedRole> = new Map()
): PersonMention[] {
  const out = [...mentions];
  // Mentions by start and by end, to find the one an item names without reading them all for every item.
  const byStart = new Map<number, PersonMention>();
  const byEnd = new Map<number, PersonMention[]>();
  const index = (x: PersonMention) => {
    if (!byStart.has(x.start)) byStart.set(x.start, x);
    const ending = byEnd.get(x.end);
    if (ending) ending.push(x);
    else byEnd.set(x.end, [x]);
  };
  const order = new Map<PersonMention, number>();
  // Built on the first list that reaches the items (most texts have none).
  let indexed = false;
  for (const m of nameLists(text)) {
    // "Lund, Oyelaran and Pratt all said …": a list that speaks is a list of people.
    const speaks = LIST_SPEAKS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    const items: Array<{ start: number; words: string[] }> = [];
    for (const it of m[0].matchAll(LIST_ITEM)) {
      const words = it[0].split(/\s+/).map((w) => w.replace(/\.$/, ""));
      if (words.length === 2 && (words[1] === "and" || words[1] === "or")) words.pop();
      items.push({ start: m.index + it.index, words });
    }
    // "… of the Harbour Gulls, Tova Ries and Ben Amar": an item after "the" is a team or a place, not in the list.
    if (/\b(?:the|of)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) items.shift();
    // "Councillors Lund, Oyelaran and Pratt": a plural title before the list makes every item a person with it.
    let listRole: ExtractedRole | null = null;
    if (items.length && pluralTitleAt.has(items[0].start)) {
      // "Councillors Ana Ruiz, Ben Ode and Cy Lam": the title stands before the list.
      listRole = normalizeRole(pluralTitleAt.get(items[0].start)!);
    } else if (items.length && items[0].words.length === 2) {
      // "Councillors Lund, Oyelaran and Pratt": the title is read as the first item's first word.
      const second = items[0].start + text.slice(items[0].start).indexOf(items[0].words[1]);
      if (pluralTitleAt.has(second)) {
        listRole = normalizeRole(pluralTitleAt.get(second)!);
        items[0] = { start: second, words: items[0].words.slice(1) };
      }
    }
    if (items.length < 3) continue;
    if (!listRole && !speaks && items.filter((it) => isFirstName(it.words[0])).length < 2) continue;
    // No item may hold a stop word ("Victoria, Regina and Charlotte" are cities), except a word surname after a
    // first name or under a plural title.
    if (items.some((it) => it.words.some((w, k) => NON_PERSON_WORDS.has(stripPossessive(w)) && !(k > 0 && WORD_SURNAMES.has(w)) &&
      !(listRole && WORD_SURNAMES.has(w))))) continue;
    for (const it of items) {
      if (!indexed) {
        out.forEach((x, i) => {
          index(x);
          order.set(x, i);
        });
        indexed = true;
      }
      // The first mention (in `out` order) starting at the item, or starting before it and ending with it.
      const sameStart = byStart.get(it.start);
      const sameEnd = byEnd.get(it.start + it.words.join(" ").length)?.find((x) => x.start < it.start);
      const found = sameStart && sameEnd ? (order.get(sameStart)! < order.get(sameEnd)! ? sameStart : sameEnd) : (sameStart ?? sameEnd);
      if (found) {
        found.confident = true;
        if (listRole && !found.role) found.role = listRole;
        continue;
      }
      const surface = it.words.join(" ");
      const added: PersonMention = {
        start: it.start, end: it.start + text.slice(it.start).indexOf(it.words[it.words.length - 1]) + it.words[it.words.length - 1].length,
        words: it.words, surface, honorifics: [], role: listRole, confident: true
      };
      order.set(added, out.length);
      out.push(added);
      index(added);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when the mention names the same person as `cluster`: same last word, and its words all appear. */
function compatible(words: string[], cluster: string[]): boolean {
  const a = words.map(particleKey);
  const b = cluster.map(particleKey);
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  return a.every((w) => b.includes(w));
}

/** A name word for comparison: particles lower-cased ("Van" at a sentence start is "van"). */
function particleKey(word: string): string {
  if (word.length > 3) return word;
  const lower = word.toLowerCase();
  return NAME_PARTICLES.has(lower) ? lower : word;
}

/**
 * Groups mentions into people. Multi-word names start a person (a longer name with the same last word and
 * the same first word joins it); a single word joins the nearest earlier (else later) person with that last
 * word. A lone single word becomes a person only when it is confident or `isSpeaker(mention)` says it is the
 * subject of a speech verb.
 */
export function clusterPeople(mentions: PersonMention[], isSpeaker: (m: PersonMention) => boolean): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  // Indexes over the clusters, each list in creation order, so that no mention reads every cluster: by first and
  // last word, and by the last word's comparison key (see compatible).
  const byFirstLast = new Map<string, PersonCluster[]>();
  const byLastKey = new Map<string, PersonCluster[]>();
  const lastOf = (words: string[]) => words[words.length - 1];
  const firstLast = (first: string, last: string) => `${first}\u0001${last}`;
  const listed = <K>(map: Map<K, PersonCluster[]>, key: K) => map.get(key) ?? [];
  const addTo = <K>(map: Map<K, PersonCluster[]>, key: K, c: PersonCluster) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  // A weak name ("Crimson Line") counts when it speaks or its last word is used alone elsewhere.
  const lone = new Set(mentions.filter((x) => x.words.length === 1).map((x) => x.words[0]));
  const full = mentions.filter((m) => m.words.length >= 2 && m.confident &&
    (!m.weak || isSpeaker(m) || lone.has(m.words[m.words.length - 1])));
  const inFull = new Set(full);
  for (const m of full) {
    const last = lastOf(m.words);
    const found =
      listed(byFirstLast, firstLast(m.words[0], last))[0] ??
      listed(byLastKey, particleKey(last)).find((c) => c.words.length > m.words.length && compatible(m.words, c.words)) ??
      // "more Edna Marlows": a name used in the plural is the person it names.
      (last.endsWith("s") ? listed(byFirstLast, firstLast(m.words[0], last.slice(0, -1))).find((c) => c.words.length === m.words.length) : undefined);
    if (found) {
      found.mentions.push(m);
      // Only a name with the same first and last words is longer: the cluster's index keys do not change.
      if (m.words.length > found.words.length) found.words = m.words;
    } else {
      const c: PersonCluster = { name: "", words: m.words, mentions: [m], aliases: [], honorifics: [], roles: [] };
      clusters.push(c);
      addTo(byFirstLast, firstLast(m.words[0], last), c);
      addTo(byLastKey, particleKey(last), c);
    }
  }
  // Where each multi-word person's mentions start, sorted, for "the latest mention before this one".
  const starts = new Map<PersonCluster, number[]>();
  for (const c of clusters) starts.set(c, c.mentions.map((x) => x.start).sort((a, b) => a - b));
  const latestBefore = (c: PersonCluster, pos: number) => {
    const list = starts.get(c)!;
    const i = lowerBound(list, pos, (x) => x) - 1;
    return i >= 0 ? list[i] : -1;
  };
  const singles = new Map<string, PersonCluster>();
  for (const m of mentions) {
    if (inFull.has(m)) continue;
    const candidates = m.words.length
      ? listed(byLastKey, particleKey(lastOf(m.words))).filter((c) => c.words.length >= 2 && compatible(m.words, c.words))
      : [];
    if (candidates.length) {
      const before = candidates.map((c) => ({ c, last: latestBefore(c, m.start) }));
      const best = before.sort((a, b) => b.last - a.last)[0];
      const chosen = best.last >= 0 ? best.c : candidates.sort((a, b) => a.mentions[0].start - b.mentions[0].start)[0];
      chosen.mentions.push(m);
      const list = starts.get(chosen)!;
      list.splice(lowerBound(list, m.start + 1, (x) => x), 0, m.start);
      continue;
    }
    if (m.surnameOnly || m.words.length !== 1 || !(m.confident || isSpeaker(m))) continue;
    const same = singles.get(m.words[0]);
    if (same) same.mentions.push(m);
    else {
      const c: PersonCluster = { name: "", words: m.words, mentions: [m], aliases: [], honorifics: [], roles: [] };
      clusters.push(c);
      singles.set(m.words[0], c);
    }
  }
  // A lone word that is the first name of a multi-word person ("Dana" with "Dana Whitfield") joins it.
  const byFirst = new Map<string, PersonCluster[]>();
  for (const x of clusters) if (x.words.length >= 2) addTo(byFirst, x.words[0], x);
  for (const c of clusters.filter((x) => x.words.length === 1)) {
    // "Ruiz's father, Amos," is a Ruiz: he does not join "Amos Berg" named elsewhere.
    const family = c.mentions.find((m) => m.kinOf)?.kinOf;
    const owner = listed(byFirst, c.words[0]).find((x) => x.words.length >= 2 && x.words[0] === c.words[0] &&
      (!family || x.words[x.words.length - 1] === family));
    if (owner) {
      for (const m of c.mentions) owner.mentions.push(m);
      c.mentions = [];
    }
  }
  const kept = clusters.filter((c) => c.mentions.length);
  for (const c of kept) {
    c.mentions.sort((a, b) => a.start - b.start);
    c.name = c.words.join(" ");
    const aliases = new Set<string>();
    const honorifics = new Set(c.honorifics);
    const roleKey = (r: ExtractedRole) => `${r.title}\u0001${r.organization === null ? "\u0002" : `\u0003${String(r.organization)}`}`;
    const roles = new Set(c.roles.map(roleKey));
    for (const m of c.mentions) {
      for (const h of m.honorifics) if (!honorifics.has(h)) {
        honorifics.add(h);
        c.honorifics.push(h);
      }
      if (m.role && !roles.has(roleKey(m.role))) {
        roles.add(roleKey(m.role));
        c.roles.push(m.role);
      }
      const plain = m.words.join(" ");
      if (plain !== c.name) aliases.add(plain);
      if (m.surface !== c.name && m.surface !== plain) aliases.add(m.surface);
    }
    c.aliases = [...aliases];
  }
  return kept.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
