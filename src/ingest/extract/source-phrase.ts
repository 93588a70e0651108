import { firstNameGender } from "./gender";
import { alternation } from "./lexicon/alternation";
import { MONTH_NAMES, TIME_PERIODS, WEEKDAY_NAMES } from "./lexicon/calendar";
import {
  CLAUSE_WORDS, DETERMINERS, LEFT_BOUNDARY, NOT_FINAL, PARTICIPLE_MODIFIERS, POST_HEAD, PREPOSITIONS, RIGHT_BOUNDARY
} from "./lexicon/source-phrases";
import {
  DOCUMENT_NOUNS, INDEFINITE_DETERMINERS, NON_PERSON_PRONOUNS, ORGANIZATION_NOUNS, UNNAMED_SOURCE_NOUNS
} from "./lexicon/source-nouns";

/**
 * What a speaker phrase that names no person stands for: an organisation ("Larkspur Foods", "the union"), a document
 * speaking for its author ("the lawsuit"), or an unnamed description ("officials", "a source close to the talks").
 */
export type SourceKind = "organization" | "document" | "description";

/** A speaker phrase naming no person, as a span of the text. */
export interface SourcePhrase {
  start: number;
  end: number;
  surface: string;
  kind: SourceKind;
  /** True when the phrase is a name ("Larkspur Foods", "Harbour Workers Local 90") rather than a common noun ("the union"). */
  named: boolean;
}

/** A time phrase closing a subject before its verb: "a notice from the board late Monday said". */
const TRAILING_TIME = new RegExp(
  String.raw`(?:\s+(?:(?:late|early|on|last|this|next)\s+)?` +
    String.raw`(?:${alternation(WEEKDAY_NAMES)}|${alternation(TIME_PERIODS)}|today|yesterday))+$`,
);


/** Plural nouns for kinds of people by their ending: "technologists", "insiders", "advisers", "residents", "historians". */
const PEOPLE_PLURAL = /^\p{Ll}{3,}(?:ists|ers|ors|ants|ents|ians|ees|aides|allies)$/u;

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES, "Today", "Tonight", "Yesterday"]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.&\-]*/gu;
/** A capital after the first character. */
const INNER_CAPITAL = /^.+\p{Lu}/su;
const singular = (w: string) => (/ies$/.test(w) ? w.replace(/ies$/, "y") : /(?:ss|us)$/.test(w) ? w : w.replace(/s$/, ""));
const bare = (w: string) => w.toLowerCase().replace(/['\u2019]s?$/, "").replace(/\.$/, "");

/**
 * Classifies a speaker phrase naming no person ("the company", "Larkspur Foods", "officials", "a person familiar
 * with the talks", "it"), or returns null when the phrase is not recognisably a source. `named` is true for
 * phrases with a capitalised word after their first ("The Coastal Youth Council") or a lone capitalised word.
 */
export function classifySource(surface: string): { kind: SourceKind; named: boolean } | null {
  const words = surface.match(WORD) ?? [];
  if (!words.length) return null;
  // "said Tuesday", "said in March": a day or a month is when, not who.
  if (words.length <= 2 && words.every((w) => CALENDAR_WORDS.has(w.replace(/[.,]$/, "")) || /^\d+$/.test(w))) return null;
  const lower = words.map(bare);
  if (words.length === 1 && NON_PERSON_PRONOUNS.has(lower[0]))
    return lower[0] === "it" ? { kind: "organization", named: false } : { kind: "description", named: false };
  let h = lower.findIndex((w, i) => i > 0 && POST_HEAD.has(w));
  h = h > 0 ? h - 1 : lower.length - 1;
  const head = lower[h];
  const det = lower[0];
  const upper = (w: string) => /^(?:\p{Ll}{1,3}-)?\p{Lu}/u.test(w);
  const capitalised = words.slice(0, h + 1).some((w, i) => upper(w) && (i > 0 || !DETERMINERS.has(lower[0])));
  const plural = head !== singular(head) || head === "people" || head === "police" || head === "staff";
  // "The Cook Political Report", "the Geological Survey": a capitalised document noun ends an organisation's name.
  if ((DOCUMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(singular(head))) && !(h > 0 && upper(words[h]) && capitalised))
    return { kind: "document", named: false };
  // "some technologists", "Cruz's advisers", "insiders": a plural lower-case noun for people is an unnamed group.
  if (PEOPLE_PLURAL.test(words[h] ?? "")) return { kind: "description", named: false };
  if (UNNAMED_SOURCE_NOUNS.has(head) || UNNAMED_SOURCE_NOUNS.has(singular(head))) {
    if (plural || INDEFINITE_DETERMINERS.has(det) || h === 0) return { kind: "description", named: false };
  }
  // "the Harbour Board", "Northwind's mining unit": a capitalised word before the head names the organisation.
  if (ORGANIZATION_NOUNS.has(head) || ORGANIZATION_NOUNS.has(singular(head))) return { kind: "organization", named: capitalised && h > 0 };
  // "Jan van der Berg": a capitalised phrase opening with a first name is a person's name.
  if (capitalised && upper(words[h] ?? "") && !(words.length > 1 && firstNameGender(words[0] ?? "")))
    return { kind: "organization", named: true };
  return null;
}

/**
 * The source phrase written right before `end` in `text` (its subject: "the government", "sources familiar
 * with the negotiations", "Civil liberties groups"), read back no further than `from`, a comma, a quotation or a
 * conjunction; null when those words are not a recognisable source (see classifySource).
 */
export function sourceBefore(text: string, end: number, from: number): SourcePhrase | null {
  let e = end;
  while (e > from && /\s/.test(text[e - 1])) e--;
  const time = TRAILING_TIME.exec(text.slice(Math.max(from, e - 60), e));
  if (time && time.index > 0) e -= time[0].length;
  const window = text.slice(Math.max(from, e - 160), e);
  const offset = e - window.length;
  const cut = Math.max(window.search(/[^,;:()\u25A0"\u201C\u201D\u2014]*$/), 0);
  const tokens = [...window.slice(cut).matchAll(WORD)].map((m) =>
    ({ w: m[0], s: offset + cut + m.index!, e: offset + cut + m.index! + m[0].length }));
  if (!tokens.length || tokens[tokens.length - 1].e !== e) return null;
  let i = tokens.length - 1;
  while (i > 0 && tokens.length - i < 10) {
    const prev = tokens[i - 1].w;
    if (LEFT_BOUNDARY.has(prev.toLowerCase()) || /[.!?]$/.test(prev) && !/^(?:[A-Z]\.)+$|^(?:Dr|Mr|Mrs|Ms|St|Jr)\.$/.test(prev)) break;
    i--;
  }
  let phrase = tokens.slice(i);
  // A glued paragraph join inside a word: "said.Rail backers".
  // A glued paragraph join or caption inside a word: "said.Rail", "2016.TLarsen", "ImagesLena".
  for (let k = phrase.length - 1; k >= 0; k--) {
    // "BuzzFeed", "EgyptAir", "CloudFlare": one short capitalised part before the inner capital is a brand (as the
    // sentence splitter reads it), not two glued words.
    // Every glue has a capital after the word's first character: most words are skipped without the regex.
    const w = phrase[k].w;
    const brand = /^\p{Lu}\p{Ll}{1,4}\p{Lu}\p{Ll}+$/u.test(w);
    const glue = brand || !INNER_CAPITAL.test(w) ? null : /^.*(?:[\p{Ll}\p{N}][.!?]|\p{Ll}{3}|^\p{Lu}+)(\p{Lu}\p{Ll}+)$/u.exec(w);
    if (glue) {
      phrase = [{ w: glue[1], s: phrase[k].e - glue[1].length, e: phrase[k].e }, ...phrase.slice(k + 1)];
      break;
    }
  }
  if (PREPOSITIONS.has(phrase[0].w.toLowerCase())) {
    const d = phrase.findIndex((t) => DETERMINERS.has(t.w.toLowerCase()));
    if (d < 0) return null;
    phrase = phrase.slice(d);
  }
  if (!phrase.length || NOT_FINAL.has(phrase[phrase.length - 1].w.toLowerCase())) return null;
  // A subject phrase holds no verb: "… think it could win over new members" is a clause, not a source. A
  // capitalised word inside the phrase is part of a name ("the aid group Hope Rising"), not a verb.
  const verbLike = (t: { w: string }, i: number) => CLAUSE_WORDS.has(t.w.toLowerCase()) && (i === 0 || !/^\p{Lu}/u.test(t.w));
  if (phrase.length > 1 && phrase.some(verbLike)) return null;
  const surface = text.slice(phrase[0].s, e);
  const kind = classifySource(surface);
  if (!kind) return null;
  // "a nurse present during the raid": the source is named without its participle ("a nurse").
  const modifier = phrase.findIndex((t, i) => i > 0 && PARTICIPLE_MODIFIERS.has(t.w.toLowerCase()));
  const headEnd = modifier > 0 ? phrase[modifier - 1].e : e;
  return { start: phrase[0].s, end: headEnd, surface: text.slice(phrase[0].s, headEnd), ...kind };
}

/** Where a source phrase after the verb ends: punctuation or a sentence end (not the period of an initial: "the U.S. Department"). */
const PHRASE_END = /[,;:()\u25A0"\u201C\u201D\u2014]|(?<!(?:^|[^\p{L}])\p{Lu})[.!?](?:\s|$|[\p{Lu}"\u201C])/u;
/** After a comma inside a name: the rest of a list of capitalised words, "and", and the last word (the head). */
const NAME_LIST = /^(?:,\s+\p{Lu}[\p{L}-]*)*,?\s+and\s+(?:\p{Lu}[\p{L}-]*\s+)*(\p{Lu}[\p{L}-]*)/u;

/**
 * The source phrase written right after `start` ("said police.", "according to the Bureau of Coastal Surveys,"),
 * up to punctuation, a clause word or `limit`; null when it is not a recognisable source.
 */
export function sourceAfter(text: string, start: number, limit: number): SourcePhrase | null {
  const window = text.slice(start, Math.min(limit, start + 160));
  let stop = window.search(PHRASE_END);
  // "the Water, Soil and Climate Agency": commas inside a name listing capitalised words up to its head noun.
  const listed = stop > 0 && window[stop] === "," && /\p{Lu}[\p{L}-]*$/u.test(window.slice(0, stop))
    ? NAME_LIST.exec(window.slice(stop))
    : null;
  if (listed && ORGANIZATION_NOUNS.has(listed[1].toLowerCase())) {
    const more = window.slice(stop + listed[0].length).search(PHRASE_END);
    stop = more >= 0 ? stop + listed[0].length + more : -1;
  }
  const part = stop >= 0 ? window.slice(0, stop) : window;
  const tokens = [...part.matchAll(WORD)].map((m) => ({ w: m[0], s: start + m.index!, e: start + m.index! + m[0].length }));
  if (!tokens.length || !/^\s*$/.test(window.slice(0, tokens[0].s - start))) return null;
  let n = 0;
  while (n < tokens.length && n < 12) {
    const w = tokens[n].w.toLowerCase();
    // "of"/"on" inside a capitalised name stay: "Council on Urban Transit".
    // "a person close to the talks", "people briefed on the plan": the preposition belongs to the description.
    const bound = /^(?:close|familiar|briefed|knowledgeable|loyal|privy|near)$/i.test(tokens[n - 1]?.w ?? "");
    if (n > 0 && !bound && RIGHT_BOUNDARY.has(w) && !(/^\p{Lu}/u.test(tokens[n - 1].w) && /^\p{Lu}/u.test(tokens[n + 1]?.w ?? ""))) break;
    n++;
  }
  let phrase = tokens.slice(0, n);
  while (phrase.length && NOT_FINAL.has(phrase[phrase.length - 1].w.toLowerCase())) phrase = phrase.slice(0, -1);
  if (!phrase.length) return null;
  const modifier = phrase.findIndex((t, i) => i > 0 && PARTICIPLE_MODIFIERS.has(t.w.toLowerCase()));
  if (modifier > 0) phrase = phrase.slice(0, modifier);
  let end = phrase[phrase.length - 1].e;
  // "a survey that was published Friday by the Harbour Board": a document's author further on.
  if (classifySource(text.slice(phrase[0].s, end))?.kind === "document") {
    const by = /^[^.;:]{0,60}?\s(?:by|from)\s+(?:the\s+)?\p{Lu}[\p{L}&'\u2019-]*(?:\s+(?:of|for|and|on|\p{Lu}[\p{L}&'\u2019-]*))*/u.exec(part.slice(end - start));
    // "the memo obtained by the Daily Star" names who has the memo, not who wrote it.
    if (by && !/\b(?:obtained|seen|reviewed|viewed|acquired|leaked\s+to)\s+(?:by|from)\s/.test(by[0])) end += by[0].replace(/\s+(?:of|for|and|on)$/, "").length;
  }
  const surface = text.slice(phrase[0].s, end).replace(/\.$/, "");
  const kind = classifySource(surface);
  return kind ? { start: phrase[0].s, end: phrase[0].s + surface.length, surface, ...kind } : null;
}

/**
 * The last group written in `text` that "they" can stand for: a plural unnamed source ("several executives",
 * "Authorities") or an organisation ("the union"), read as in sourceBefore; null when there is none.
 */
export function lastGroupIn(text: string): SourcePhrase | null {
  const words = [...text.matchAll(WORD)].reverse();
  for (const m of words) {
    const w = bare(m[0]);
    const one = singular(w);
    // "Authorities", "several executives", "the union", or a capitalised plural such as a party ("the Greens").
    const capitalPlural = /^\p{Lu}\p{Ll}+s$/u.test(m[0]) && m.index! > 0;
    const group = (one !== w && UNNAMED_SOURCE_NOUNS.has(one)) || w === "police" || ORGANIZATION_NOUNS.has(w) || capitalPlural;
    if (!group) continue;
    const found = sourceBefore(text, m.index! + m[0].length, 0);
    if (found && found.kind !== "document") return found;
  }
  return null;
}

/**
 * The issuer written inside a document phrase: its capitalised modifier ("the Harbour Board report" →
 * "Harbour Board"), its author after "from"/"by"/"of" ("figures from the Harbour Board") or its possessor
 * ("the union's Monday notice" → "the union"); null when none.
 */
export function documentIssuer(surface: string): string | null {
  if (/\b(?:obtained|seen|reviewed|viewed|acquired)\s+by\s/.test(surface)) return null;
  const by = /\s(?:from|by|of)\s+((?:the\s+)?\p{Lu}.*)$/u.exec(surface);
  if (by) return by[1];
  const possessor = /^(.+?)['\u2019]s?\s+\S/u.exec(surface);
  if (possessor) return possessor[1];
  const words = surface.split(/\s+/);
  const caps = words.slice(0, -1).filter((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && DETERMINERS.has(w.toLowerCase())));
  return caps.length ? caps.join(" ") : null;
}
