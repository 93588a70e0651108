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
const ABBREVIATED_TITLE = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Hon|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Const|Cst|Det|Supt|Insp|Coun)\./g;

/** Words a speaker phrase never ends with: a phrase ending in one is not the subject of the verb. */
const NOT_A_SUBJECT = new Set([
  "that", "which", "who", "whom", "whose", "what", "it's", "is", "was", "were", "are", "be", "been", "has", "have",
  "had", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "as", "not", "also", "than", "if",
  "when", "where", "because", "so", "the", "a", "an", "this", "his", "her", "their", "its", "our", "my", "i", "we",
  "you", "me", "him", "them", "us", "just", "previously", "been",
]);

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

/**
 * The speaker phrase written right before `end` ("Hezbollah Deputy Secretary General Sheikh Naim Qassem",
 * "he", "Hezbollah official", "Nadia Petrenko, a co-author of the study,"), or null when the words there cannot
 * be a subject. `text` is the quote-masked body.
 */
export function speakerBefore(text: string, end: number, mentions: PersonMention[], sentenceStart: number): SpeakerRef | null {
  let e = end;
  while (e > sentenceStart && /\s/.test(text[e - 1])) e--;
  const direct = mentionEndingAt(mentions, e);
  if (direct) return { kind: "mention", start: direct.start, end: direct.end, surface: text.slice(direct.start, direct.end) };
  // Appositive: "Nadia Petrenko, a co-author of the study, says".
  if (text[e - 1] === ",") {
    // "His lawyer, Wei Lianhua, said": the name itself sits right before the comma.
    const named = mentionEndingAt(mentions, e - 1);
    if (named && /,\s*$/.test(text.slice(Math.max(sentenceStart, named.start - 80), named.start))) {
      return { kind: "mention", start: named.start, end: named.end, surface: text.slice(named.start, named.end) };
    }
    const inner = text.slice(sentenceStart, e - 1);
    const comma = inner.lastIndexOf(",");
    if (comma >= 0 && e - 1 - (sentenceStart + comma) < 160 && !/[\u25A0"]/.test(inner.slice(comma))) {
      const head = sentenceStart + comma;
      const m = mentionEndingAt(mentions, head);
      if (m) return { kind: "mention", start: m.start, end: m.end, surface: text.slice(m.start, m.end) };
      const inside = speakerBefore(text, head, mentions, sentenceStart);
      if (inside && (inside.kind !== "other" || inside.source)) return inside;
    }
    // "On Tuesday, Ada Kerr, the head of the council, which meets monthly, urged …": the sentence's first name,
    // set off by commas, is the subject however many commas its appositive holds.
    const opener = startingIn(mentions, sentenceStart, e).find((m) => m.start >= sentenceStart && m.end < e && text[m.end] === "," &&
      /^[\s\p{P}]*(?:[^,\u25A0"]{0,40},\s*)?$/u.test(text.slice(sentenceStart, m.start)));
    if (opener && !/[\u25A0"]/.test(text.slice(opener.end, e)))
      return { kind: "mention", start: opener.start, end: opener.end, surface: text.slice(opener.start, opener.end) };
    return null;
  }
  // "Colin Abernethy with the Yukon Hospital Corporation says", "Ana Ruiz of Acme said".
  const affiliated = startingIn(mentions, sentenceStart, e).filter((m) => m.end < e && m.start >= sentenceStart &&
    /^\s+(?:of|with|from|at)\s+[^,;:\u25A0"]{1,70}$/.test(text.slice(m.end, e))).pop();
  if (affiliated)
    return { kind: "mention", start: affiliated.start, end: affiliated.end, surface: text.slice(affiliated.start, affiliated.end) };
  const words = /((?:[\p{L}\p{N}'\u2019.&\-]+\s+){0,5}[\p{L}\p{N}'\u2019.&\-]+)$/u.exec(text.slice(Math.max(sentenceStart, e - 80), e));
  const wider = () => /((?:[\p{L}\p{N}'\u2019.&\-]+\s+){0,9}[\p{L}\p{N}'\u2019.&\-]+)$/u.exec(text.slice(Math.max(sentenceStart, e - 120), e));
  if (!words) return null;
  const list = words[1].split(/\s+/);
  const last = list[list.length - 1].toLowerCase().replace(/\.$/, "");
  const lastStart = e - list[list.length - 1].length;
  if (SPEAKER_PRONOUNS.has(last)) {
    if (last === "i" || last === "we") return null;
    return { kind: "pronoun", start: lastStart, end: e, surface: list[list.length - 1] };
  }
  if (NOT_A_SUBJECT.has(last)) return null;
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
  if (m) return { kind: "mention", start: m.start, end: m.end, surface: text.slice(m.start, m.end) };
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
