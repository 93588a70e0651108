import type { PersonMention } from "./people";
import { alternation } from "./lexicon/alternation";
import { ROLE_NOUNS, TITLE_FILLER_WORDS } from "./lexicon/role-titles";
import { SPEAKER_PRONOUNS } from "./lexicon/stop-words";
import { sourceAfter, sourceBefore, type SourcePhrase } from "./source-phrase";
import { firstStartingAt, sortedByStart } from "./positions";

/** How an attribution names its speaker, before coreference. */
export interface SpeakerRef {
  /** mention: a person's name; pronoun: he/she/they; role: "the official"; other: an organisation or group. */
  kind: "mention" | "pronoun" | "role" | "other";
  start: number;
  end: number;
  surface: string;
  /** For roles, a capitalised modifier naming the organisation ("Hezbollah official"). */
  modifier?: string | null;
  /** For kind "other": the phrase read as an organisation, a document or an unnamed source, when it is one. */
  source?: SourcePhrase;
}

function fromSource(source: SourcePhrase): SpeakerRef {
  return { kind: "other", start: source.start, end: source.end, surface: source.surface, source };
}

/** Abbreviated honorifics and titles whose period does not end the phrase ("according to Dr. Ines Carvalho"). */
const ABBREVIATED_TITLE = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Hon|Sen|Sens|Rep|Reps|Gov|Govs|Gen|Adm|Amb|Atty|Lt|Maj|Col|Capt|Cmdr|Sgt|Const|Cst|Det|Supt|Insp|Coun|Fr|Msgr)\./g;

/** Words a speaker phrase never ends with: a phrase ending in one is not the subject of the verb. */
const NOT_A_SUBJECT = new Set([
  "that", "which", "who", "whom", "whose", "what", "it's", "is", "was", "were", "are", "be", "been", "has", "have",
  "had", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "as", "not", "also", "than", "if",
  "when", "where", "because", "so", "the", "a", "an", "this", "his", "her", "their", "its", "our", "my", "i", "we",
  "you", "me", "him", "them", "us", "just", "previously", "been",
]);

/** A party or place tag or a short aside in brackets after a name: " (D-Ore.)", " (R)", " (a Democrat from Ohio)". No quotation inside. */
const PARENTHETICAL_TAG = /\s*\([^()\u25A0"]{1,100}\)$/;

/** What may stand before a name opening a sentence: punctuation, a connective, or a short phrase and a comma ("But ", "On Tuesday, "). */
const OPENER_LEAD = /^[\s\p{P}]*(?:(?:But|And|Still|Meanwhile|Now|Then|Also|However|Yet|So)\s+)?(?:[^,\u25A0"]{0,40},\s*)?(?:\p{Lu}[\p{L}'\u2019-]*\.\s+)?$/u;

/** Examples set off by commas after a group: ", including Ana Ruiz,", ", like Ruiz and Lund,". No quotation inside. */
const EXAMPLES_ASIDE = /,\s+(?:including|like|such\s+as|among\s+them|notably)\s+[^,\u25A0"]{1,80}(?:,\s+[^,\u25A0"]{1,40}){0,3},$/;

/** A noun phrase from its determiner at the end of a text: "the tenants", "several local groups". */
const DETERMINED_PHRASE = /(?:^|\s)((?:the|these|those|some|many|several|other|most|all|their)\s+(?:[\p{L}'\u2019-]+\s+){0,3}[\p{L}'\u2019-]+)$/u;

/** An aside between dashes right before the verb: " — and some Republicans —", " -- like Ana Ruiz --". No quotation inside. */
const DASHED_ASIDE = /\s+(?:[\u2014\u2013]|--)\s*[^\u2014\u2013\u25A0"]{1,60}?\s*(?:[\u2014\u2013]|--)$/;

/** After a name: "and" and a lower-case noun phrase of a few words ("and her allies", "and other prominent donors"). */
const COORDINATED_TAIL = /^\s+and\s+(?:[a-z][\p{L}'\u2019-]*\s+){0,4}[a-z][\p{L}'\u2019-]*s$/u;
/** What may open a sentence before its subject: punctuation, a connective, capitalised title words. */
const SUBJECT_LEAD = /^[\s\p{P}]*(?:(?:But|And|Still|Meanwhile|Now|Then|Also|However),?\s+)?(?:\p{Lu}[\p{L}.'\u2019&-]*\s+){0,4}$/u;

/** A noun for someone speaking for another, before that other's name: "a spokeswoman for (Mayor) ", "aides to ". */
const AGENT_OF = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Tt]wo|[Ss]everal|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[\p{L}-]+\s+){0,2}?` +
    String.raw`(?:[Ss]pokes(?:man|woman|person|people|men|women)|[Aa]ides?|[Aa]dvis[eo]rs?|[Ll]awyers?|[Aa]ttorneys?|` +
    String.raw`[Rr]epresentatives?|[Ss]urrogates?|[Aa]llies|[Aa]ssociates|[Ss]taffers?)\s+(?:for|to|of)\s+` +
    String.raw`(?:(?:\p{Lu}[\p{L}.'\u2019-]*|the|former|of)\s+){0,5}$`,
  "u",
);

/** A cheap test for QUANTITY_SUBJECT. */
const SHARE_WORD = /\d|\s(?:in|percent|half|thirds?|quarters?|fifths?)\b|[Mm]ajorit|[Mm]inority|[Pp]lurality|[Hh]alf|-quarters|-thirds/;

/** A share of a group as a subject, at the end of the text before the verb: "Nearly half of voters", "Six in 10". */
const QUANTITY_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}\d.])(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Ss]ome|[Jj]ust|[Oo]nly|[Aa]t least|[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Jj]ust shy of)\s+)*` +
    String.raw`(?:\d[\d.,]*\s*(?:%|percent)|[\p{L}-]+\s+percent|(?:\d+|[\p{L}-]+)\s+in\s+(?:\d+|ten|four|five|three)|` +
    String.raw`(?:[Aa]\s+|[Oo]ne\s+|[Tt]wo\s+)?(?:[Hh]alf|[Tt]hirds?|[Qq]uarters?|[Ff]ifths?|[Mm]ajorit(?:y|ies)|[Mm]inority|[Pp]lurality)|` +
    String.raw`[Tt]hree-quarters|[Tt]wo-thirds)(?:\s+(?:of\s+)?[^,;:\u25A0"\u201C\u201D]{1,80}?)?(?:,\s*\d+(?:%|\s+percent),)?\s*$`,
  "u",
);

/** Lower-case words that may stand between "said" and a name: "said the former deputy minister Ana Ruiz". */
const TITLE_FILLER = new RegExp(`^(?:${alternation(TITLE_FILLER_WORDS)})$`);

/** True when `between` (the words between a verb and a name) reads as a title, not a clause: at most 3 other lower-case words. */
function titleLike(between: string): boolean {
  const words = between.match(/\p{Ll}[\p{L}'\u2019-]*/gu) ?? [];
  return words.filter((w) => !TITLE_FILLER.test(w) && !ROLE_NOUNS.has(w) && !ROLE_NOUNS.has(w.replace(/s$/, ""))).length <= 3;
}

/** Per list of mentions: the first mention (in list order) ending at each offset. */
const endingAt = new WeakMap<PersonMention[], Map<number, PersonMention>>();

/** The mention ending at `end` (allowing a possessive), if any: the first in `mentions` (which must not change afterwards). */
function mentionEndingAt(mentions: PersonMention[], end: number): PersonMention | undefined {
  let byEnd = endingAt.get(mentions);
  if (!byEnd) {
    byEnd = new Map();
    for (const m of mentions) if (!byEnd.has(m.end)) byEnd.set(m.end, m);
    endingAt.set(mentions, byEnd);
  }
  return byEnd.get(end);
}

/** The mentions that may start in [from, to): all of them unless `mentions` is sorted by start. */
function startingIn(mentions: PersonMention[], from: number, to: number): PersonMention[] {
  if (!sortedByStart(mentions)) return mentions;
  const out: PersonMention[] = [];
  for (let i = firstStartingAt(mentions, from); i < mentions.length && mentions[i].start < to; i++) out.push(mentions[i]);
  return out;
}

const PHRASE_CHAR = /[\p{L}\p{N}'\u2019.&\-]/u;
const SPACE_CHAR = /\s/u;

/** The length in code units of the character (code point) ending at `i` when it is a phrase character, else 0. */
function phraseCharBefore(s: string, i: number): number {
  if (i <= 0) return 0;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 38 || c === 45 ? 1 : 0;
  // A low surrogate: the letter is the pair it closes (a lone one is no letter).
  if (c >= 0xdc00 && c <= 0xdfff) {
    const h = i >= 2 ? s.charCodeAt(i - 2) : 0;
    return h >= 0xd800 && h <= 0xdbff && PHRASE_CHAR.test(s.slice(i - 2, i)) ? 2 : 0;
  }
  return PHRASE_CHAR.test(s[i - 1]) ? 1 : 0;
}

/**
 * The match of `/((?:W+\s+){0,max-1}W+)$/u` in `s` (W = letters, digits, ' ’ . & -) as `[whole, group]`, or null:
 * the last `max` words of the run of words and white space ending `s`, read from the end instead of tried at
 * every start.
 */
export function trailingWords(s: string, max: number): [string, string] | null {
  let i = s.length;
  let start = -1;
  for (let n = 0; n < max; n++) {
    let j = i;
    for (let k = phraseCharBefore(s, j); k > 0; k = phraseCharBefore(s, j)) j -= k;
    if (j === i) break;
    start = j;
    let w = j;
    while (w > 0 && SPACE_CHAR.test(s[w - 1])) w--;
    if (w === j || w === 0) break;
    i = w;
  }
  if (start < 0) return null;
  const m = s.slice(start);
  return [m, m];
}

/** A generational suffix after a name: " Jr.", ", Sr.", " III". */
const GENERATIONAL_SUFFIX = /,?\s+(?:Jr|Sr|II|III|IV)\.?$/;

/** The mention ending at `end`, or at the name before a generational suffix ending there ("James Comey Jr."). */
function mentionEndingBefore(text: string, mentions: PersonMention[], end: number, from: number): PersonMention | undefined {
  const direct = mentionEndingAt(mentions, end);
  if (direct) return direct;
  const suffix = GENERATIONAL_SUFFIX.exec(text.slice(Math.max(from, end - 6), end));
  return suffix ? mentionEndingAt(mentions, end - suffix[0].length) : undefined;
}

/**
 * The speaker phrase written right before `end` ("Hezbollah Deputy Secretary General Sheikh Naim Qassem",
 * "he", "Hezbollah official", "Nadia Petrenko, a co-author of the study,"), or null when the words there cannot
 * be a subject. `text` is the quote-masked body.
 */
export function speakerBefore(text: string, end: number, mentions: PersonMention[], sentenceStart: number): SpeakerRef | null {
  let e = end;
  while (e > sentenceStart && /\s/.test(text[e - 1])) e--;
  // "Sen. Ana Ruiz (D-Ore.) said", "Ana Ruiz (Green) told": a short parenthetical right after the name tags it.
  const tag = PARENTHETICAL_TAG.exec(text.slice(Math.max(sentenceStart, e - 108), e));
  if (tag) e -= tag[0].length;
  // "Democrats — and some Republicans — say": an aside between dashes after the subject.
  const aside = DASHED_ASIDE.exec(text.slice(Math.max(sentenceStart, e - 72), e));
  if (aside && aside.index > 0) e -= aside[0].length;
  // "Several candidates, including Ana Ruiz, said": the subject is the group before the list of examples.
  const examples = EXAMPLES_ASIDE.exec(text.slice(Math.max(sentenceStart, e - 100), e));
  if (examples && examples.index > 0) e -= examples[0].length;
  const direct = mentionEndingBefore(text, mentions, e, sentenceStart);
  // "A spokeswoman for Ana Ruiz said", "aides to Gov. Dev Raman said": someone speaking for the person named.
  const agent = direct ? AGENT_OF.exec(text.slice(Math.max(sentenceStart, direct.start - 80), direct.start)) : null;
  if (direct && agent) {
    const start = direct.start - agent[0].length;
    const surface = text.slice(start, e);
    return { kind: "other", start, end: e, surface, source: { start, end: e, surface, kind: "description", named: false } };
  }
  if (direct) return { kind: "mention", start: direct.start, end: direct.end, surface: text.slice(direct.start, direct.end) };
  // Appositive: "Nadia Petrenko, a co-author of the study, says".
  if (text[e - 1] === ",") {
    // "On Tuesday, Ada Kerr, the head of the council, which meets monthly, urged …": the sentence's first name,
    // set off by commas, is the subject however many commas its appositive holds; it wins over an organisation, a
    // place or a name read in the appositive ("Ana Ruiz, a driver from Ava, Mo., who …, said", "…, from Houston, Texas, said").
    const opener = startingIn(mentions, sentenceStart, e).find((m) => m.start >= sentenceStart && m.end < e &&
      (text[m.end] === "," || /^,?\s+(?:Jr|Sr|II|III|IV)\.?,/.test(text.slice(m.end, m.end + 7))) &&
      OPENER_LEAD.test(text.slice(sentenceStart, m.start)) && !/^,\s+(?:said|says|added|adds|wrote|writes)\b/.test(text.slice(m.end, m.end + 12)));
    const openerRef = opener && !/[\u25A0"]/.test(text.slice(opener.end, e))
      ? { kind: "mention" as const, start: opener.start, end: opener.end, surface: text.slice(opener.start, opener.end) }
      : null;
    const named = mentionEndingBefore(text, mentions, e - 1, sentenceStart);
    if (named && /,\s*$/.test(text.slice(Math.max(sentenceStart, named.start - 80), named.start))) {
      // "His lawyer, Wei Lianhua, said": the name itself sits right before the comma, unless a name opens the sentence.
      if (opener && openerRef && opener !== named && /^\s*,\s+(?:a|an|the)\s/.test(text.slice(opener.end, opener.end + 8))) return openerRef;
      return { kind: "mention", start: named.start, end: named.end, surface: text.slice(named.start, named.end) };
    }
    // "Another pollster, Ana Ruiz of Clemson University, said": an appositive name with its affiliation.
    const affiliatedName = startingIn(mentions, Math.max(sentenceStart, e - 120), e).find((m) => m.end < e - 1 &&
      /,\s*$/.test(text.slice(Math.max(sentenceStart, m.start - 4), m.start)) &&
      /^\s+(?:of|with|from|at)\s+[^,;:\u25A0"]{1,70},$/.test(text.slice(m.end, e)));
    if (affiliatedName) return { kind: "mention", start: affiliatedName.start, end: affiliatedName.end, surface: text.slice(affiliatedName.start, affiliatedName.end) };
    let inside: SpeakerRef | null = null;
    const inner = text.slice(sentenceStart, e - 1);
    const comma = inner.lastIndexOf(",");
    if (comma >= 0 && e - 1 - (sentenceStart + comma) < 160 && !/[\u25A0"]/.test(inner.slice(comma))) {
      const head = sentenceStart + comma;
      const m = mentionEndingBefore(text, mentions, head, sentenceStart);
      // "…, Dock Watch, which wrote the petition, said": what "which" follows is no person.
      // "Sen. Ana Ruiz, facing a challenge in Ohio, a farming state, said": the name opening the sentence wins.
      if (m && openerRef && opener !== m && opener!.end <= m.start) return openerRef;
      if (m && !/^,\s+which\b/.test(text.slice(head, head + 8))) return { kind: "mention", start: m.start, end: m.end, surface: text.slice(m.start, m.end) };
      inside = speakerBefore(text, head, mentions, sentenceStart);
      if (inside && inside.kind !== "other") return inside;
    }
    if (openerRef) return openerRef;
    return inside?.source ? inside : null;
  }
  // "Ana Ruiz and her allies say", "Ana Ruiz and the club's owners said": a coordinated subject opening the
  // sentence speaks through the person it names first.
  const coordinated = /\sand\s/.test(text.slice(Math.max(sentenceStart, e - 80), e)) && mentions.find((m) => m.start >= sentenceStart && m.end < e &&
    COORDINATED_TAIL.test(text.slice(m.end, e)) && SUBJECT_LEAD.test(text.slice(sentenceStart, m.start)));
  if (coordinated)
    return { kind: "mention", start: coordinated.start, end: coordinated.end, surface: text.slice(coordinated.start, coordinated.end) };
  // "Colin Abernethy with the Yukon Hospital Corporation says", "Ana Ruiz of Acme said".
  const affiliated = startingIn(mentions, sentenceStart, e).filter((m) => m.end < e && m.start >= sentenceStart &&
    /^\s+(?:of|with|from|at)\s+[^,;:\u25A0"]{1,70}$/.test(text.slice(m.end, e))).pop();
  if (affiliated)
    return { kind: "mention", start: affiliated.start, end: affiliated.end, surface: text.slice(affiliated.start, affiliated.end) };
  const words = trailingWords(text.slice(Math.max(sentenceStart, e - 80), e), 6);
  const wider = () => trailingWords(text.slice(Math.max(sentenceStart, e - 120), e), 10);
  if (!words) return null;
  const list = words[1].split(/\s+/);
  const last = list[list.length - 1].toLowerCase().replace(/\.$/, "");
  const lastStart = e - list[list.length - 1].length;
  if (SPEAKER_PRONOUNS.has(last)) {
    if (last === "i" || last === "we") return null;
    return { kind: "pronoun", start: lastStart, end: e, surface: list[list.length - 1] };
  }
  // "…, Ana Ruiz, who chairs the board, said …" is an appositive; "… Ana Ruiz, who said …" names her before "who".
  if (last === "who" && text[lastStart - 2] === "," && /\s/.test(text[lastStart - 1])) {
    const comma = lastStart - 2;
    const named = mentionEndingAt(mentions, comma);
    if (named) return { kind: "mention", start: named.start, end: named.end, surface: text.slice(named.start, named.end) };
    const before = speakerBefore(text, comma + 1, mentions, sentenceStart);
    return before && before.kind !== "pronoun" && (before.kind !== "other" || before.source) ? before : null;
  }
  // "among voters who said …", "a staffer who told …": a restrictive relative clause; its antecedent speaks.
  if (last === "who" && /\s/.test(text[lastStart - 1] ?? "") && /\p{L}/u.test(text[lastStart - 2] ?? "")) {
    let antecedent = speakerBefore(text, lastStart - 1, mentions, sentenceStart);
    // "… won most of the tenants who said …": the noun phrase from its determiner, after the verb before it.
    const np = antecedent?.kind === "other" && !antecedent.source ? DETERMINED_PHRASE.exec(text.slice(Math.max(sentenceStart, lastStart - 81), lastStart - 1)) : null;
    const source = np ? sourceBefore(text, lastStart - 1, lastStart - 1 - np[1].length) : null;
    if (source) antecedent = fromSource(source);
    if (!antecedent || antecedent.kind === "pronoun" || (antecedent.kind === "other" && !antecedent.source)) return null;
    if (antecedent.kind === "mention") return antecedent;
    // "Ana Ruiz, a consultant and an influential Republican who said …": the description is the named person's appositive.
    const named = startingIn(mentions, Math.max(sentenceStart, antecedent.start - 100), antecedent.start)
      .filter((m) => m.end <= antecedent.start && /^,\s+[^,;:\u25A0"]{0,80}$/.test(text.slice(m.end, antecedent.start))).pop();
    if (named) return { kind: "mention", start: named.start, end: named.end, surface: text.slice(named.start, named.end) };
    // "… rebuked critics who say …": a phrase holding a verb is no antecedent.
    return /\b\p{Ll}+(?:ed|ing|ly)\b/u.test(antecedent.surface) ? null : antecedent;
  }
  if (NOT_A_SUBJECT.has(last)) {
    // "Progressive groups that have endorsed him say": a relative clause ending in a word no subject ends with.
    const clause = /^(.*\S)\s+(?:who|which|that)\s+[^,;:\u25A0"]{1,80}$/u.exec(text.slice(Math.max(sentenceStart, e - 160), e));
    if (!clause) return null;
    const inner = speakerBefore(text, e - clause[0].length + clause[1].length, mentions, sentenceStart);
    return inner && inner.kind !== "pronoun" && (inner.kind !== "other" || inner.source) ? inner : null;
  }
  // "Six in 10 voters say", "A third of fishers, 34%, say", "56 percent of those polled said": a share of a group.
  const window = text.slice(Math.max(sentenceStart, e - 140), e);
  const share = SHARE_WORD.test(window) ? QUANTITY_SUBJECT.exec(window) : null;
  if (share) {
    const start = e - share[0].length + (share[0].length - share[0].trimStart().length);
    const surface = text.slice(start, e).replace(/,$/, "");
    return { kind: "other", start, end: start + surface.length, surface, source: { start, end: start + surface.length, surface, kind: "description", named: false } };
  }
  // "Trump's comments", "the mayor's remarks": a possessor is not the subject, the "verb" is a noun.
  if (/['\u2019]s?$/.test(list[list.length - 1]) && /^\p{Lu}|s['\u2019]$/u.test(list[list.length - 1])) return null;
  // "officials", "a source close to the talks", "the union", "Larkspur Foods", "it".
  const source = sourceBefore(text, e, sentenceStart);
  if (source) return fromSource(source);
  const singular = last.replace(/s$/, "");
  if (ROLE_NOUNS.has(last) || ROLE_NOUNS.has(singular)) {
    const prev = list.length > 1 ? list[list.length - 2] : "";
    const modifier = /^\p{Lu}/u.test(prev) && !/^(The|A|An)$/.test(prev) ? prev.replace(/['\u2019]s$/, "") : null;
    const start = modifier || /^(the|a|an|this|that)$/i.test(prev) ? lastStart - prev.length - 1 : lastStart;
    return { kind: "role", start, end: e, surface: text.slice(start, e), modifier };
  }
  // A relative clause between subject and verb: "An official with the agency who was in court told …".
  const relative = /^(.*\S)\s+(?:who|which)\s+[^,;:\u25A0"]{1,80}$/u.exec(text.slice(sentenceStart, e));
  if (relative) {
    const inner = speakerBefore(text, sentenceStart + relative[1].length, mentions, sentenceStart);
    if (inner && (inner.kind !== "other" || inner.source)) return inner;
  }
  // Some other noun phrase: keep its last few words for the record.
  const widerWords = wider();
  if (widerWords && widerWords[1].split(/\s+/).length > list.length) list.splice(0, list.length, ...widerWords[1].split(/\s+/));
  let k = list.length - 1;
  while (k > 0 && !/^(the|a|an|The|A|An)$/.test(list[k]) && list.length - k < 5) k--;
  // "the former harbour master of the Port Authority": the phrase's own determiner is before the "of".
  if (k >= 2 && /^(the|a|an)$/i.test(list[k]) && /^(of|with|for|at|from)$/i.test(list[k - 1])) {
    let j = k - 2;
    while (j > 0 && !/^(the|a|an)$/i.test(list[j]) && k - j < 6) j--;
    if (/^(the|a|an)$/i.test(list[j])) k = j;
  }
  const phrase = list.slice(k).join(" ");
  if (/\u25A0/.test(phrase)) return null;
  return { kind: "other", start: e - phrase.length, end: e, surface: phrase };
}

/**
 * The speaker phrase right after `start` ("said Okonkwo", "says Dr. Lena Okafor,", "said the official"),
 * or null. With `sources`, a phrase naming no person ("said police", "according to the agency") is returned
 * as kind "other" with its `source`.
 */
export function speakerAfter(text: string, start: number, mentions: PersonMention[], limit: number, sources = false): SpeakerRef | null {
  const rest = text.slice(start, Math.min(limit, start + 120));
  const lead = /^\s*/.exec(rest)![0].length;
  const m = startingIn(mentions, start + lead, start + lead + 61).find((x) => x.start >= start + lead && x.start - (start + lead) <= 60 &&
    !/[,.;:\u25A0"]/.test(text.slice(start + lead, x.start).replace(ABBREVIATED_TITLE, "")) &&
    titleLike(text.slice(start + lead, x.start)));
  // "said Democratic strategist Ana Ruiz", "said Blaze co-host Dev Raman": a lone capitalised word read as a name,
  // then a title and a full name, is the full name's modifier.
  const fuller = m && !/\s/.test(text.slice(m.start, m.end))
    ? mentions.find((x) => x.start > m.end && x.start - m.end <= 40 && /\s/.test(text.slice(x.start, x.end)) &&
      /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(text.slice(m.end, x.start)) && titleLike(text.slice(m.end, x.start)))
    : undefined;
  const named = fuller ?? m;
  // "said Trump's nomination will …": a possessor opens the clause, it is not the speaker.
  if (named && !/^['\u2019]s?\b/.test(text.slice(named.end, named.end + 3)))
    return { kind: "mention", start: named.start, end: named.end, surface: text.slice(named.start, named.end) };
  const pro = /^\s*(he|she|they)\b/i.exec(rest);
  if (pro) return { kind: "pronoun", start: start + pro[0].length - pro[1].length, end: start + pro[0].length, surface: pro[1] };
  const source = sources ? sourceAfter(text, start + lead, limit) : null;
  if (source && (source.kind === "description" || source.named)) return fromSource(source);
  const role = /^\s*((?:the|a|an)\s+)?((?:\p{Lu}[\p{L}'\u2019]*\s+)?)([a-z]+)\b/u.exec(rest);
  if (role && (ROLE_NOUNS.has(role[3]) || ROLE_NOUNS.has(role[3].replace(/s$/, "")))) {
    const s = start + lead;
    const modifier = role[2].trim().replace(/['\u2019]s$/, "") || null;
    return { kind: "role", start: s, end: start + role[0].length, surface: text.slice(s, start + role[0].length), modifier };
  }
  return source ? fromSource(source) : null;
}
