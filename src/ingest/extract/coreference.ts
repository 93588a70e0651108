import type { PersonCluster, PersonMention } from "./people";
import type { QuoteCandidate } from "./quotes";
import type { SpeakerRef } from "./speaker-phrase";
import type { SentenceSpan } from "../parse/sentences";
import { nounGender, pronounGender, type Gender } from "./gender";
import { classifySource, documentIssuer, lastGroupIn } from "./source-phrase";
import { alternation } from "./lexicon/alternation";
import { GENERIC_ORGANIZATION_NOUNS, NON_PERSON_HEAD_NOUNS } from "./lexicon/source-nouns";
import { refersTo, type OrganizationMention } from "./organization-mentions";
import { coveredBy, firstStartingAt, lowerBound, spanIndexAt, within } from "./positions";

/**
 * What may open a sentence before its subject's name: a connective or a short phrase set off by a comma ("Hours
 * later, "), then capitalised title words ("But Sen. ", "Gov. ").
 */
const SUBJECT_OPENING = /^[\s]*(?:(?:But|And|Still|Meanwhile|Now|Then|Also|However|Later|Earlier|Instead),?\s+|[^,;:\u25A0"\u201C\u201D]{1,40},\s+)?(?:\p{Lu}[\p{L}.'\u2019&-]*\s+){0,4}$/u;

/** How many sentences back a pronoun looks for its antecedent before falling back to plain recency. */
export const PRONOUN_WINDOW = 5;

/** Heads of descriptions that name an organisation or a document, never a person ("the company said"). */
const NON_PERSON_HEADS = new RegExp(String.raw`\b(?:${alternation(NON_PERSON_HEAD_NOUNS)})s?$`, "i");

/** How far back (in characters) an unattributed quote still continues the previous quote's speaker. */
export const CONTINUATION_DISTANCE = 400;

/** How far back (in characters) "they"/"it"/"the company" look for an organisation or group that spoke. */
export const SOURCE_DISTANCE = 1500;

/** A speaker that is not a person: an organisation ("Larkspur Foods") or an unnamed description ("officials"). */
export interface SourceSpeaker {
  kind: "organization" | "description";
  name: string;
  /** True when `name` is the organisation's name rather than a common noun ("the union"). */
  named: boolean;
}

/** A quote with its speaker resolved to a person, or to a non-person source, or to neither (never both). */
export interface ResolvedQuote extends QuoteCandidate {
  speaker: PersonCluster | null;
  source: SourceSpeaker | null;
}

/**
 * Resolves each quote's speaker phrase to a person, in text order:
 * - a name → the person that mention belongs to ("Qassem" → Naim Qassem);
 * - a pronoun → the most recent person mentioned before it outside any quotation (names inside what
 *   someone said are not candidates: in "he pointed out that … Khamenei emphasized …", "He" stays Qassem);
 * - a role phrase ("the official", "Hezbollah official") → the most recent person whose role matches the
 *   modifier, else the most recent person with any title or honorific, else the most recent person;
 * - a participle ("…, adding that …") → the speaker of the quote it continues;
 * - nothing → the person named as the subject at the start of the quote's own sentence ("Ana Ruiz called it
 *   “…”"), else the previous quote's speaker when it ended within CONTINUATION_DISTANCE characters, else the
 *   most recent person mentioned outside quotations;
 * - a phrase naming no person (see source-phrase.ts) → a source, not a person: a name ("Larkspur Foods") is the
 *   organisation; a common noun, "it" or a document ("the company", "the lawsuit") → the organisation last
 *   quoted by name within SOURCE_DISTANCE characters, else the phrase itself; an unnamed description
 *   ("officials", "a source familiar with …") → that description. "They" takes a group or organisation
 *   quoted within SOURCE_DISTANCE characters when the last quote before it had one, else a person.
 */
export function resolveSpeakers(
  candidates: QuoteCandidate[],
  clusters: PersonCluster[],
  sentences: SentenceSpan[] = [],
  genders: ReadonlyMap<PersonCluster, Gender> = new Map(),
  body = "",
  organizationsIn: () => readonly OrganizationMention[] = () => [],
): ResolvedQuote[] {
  // Found only when a quote's speaker is a common noun for an organisation or a document ("the agency").
  let organizationList: readonly OrganizationMention[] | null = null;
  const organizations = () => (organizationList ??= organizationsIn());
  const owner = new Map<PersonMention, PersonCluster>();
  for (const c of clusters) for (const m of c.mentions) owner.set(m, c);
  const mentions = [...owner.keys()].sort((a, b) => a.start - b.start);
  const inQuote = coveredBy(candidates);
  const insideQuote = (m: PersonMention) => inQuote(m.start, m.end);
  const outside = mentions.filter((m) => !insideQuote(m));

  const recent = (pos: number, accept: (c: PersonCluster) => boolean = () => true): PersonCluster | null => {
    // Mentions starting at or after `pos` end after it: start from the last one starting before.
    for (let i = firstStartingAt(outside, pos) - 1; i >= 0; i--) {
      const m = outside[i];
      if (m.end <= pos && accept(owner.get(m)!)) return owner.get(m)!;
    }
    return null;
  };
  const resolvedSoFar: ResolvedQuote[] = [];
  // The resolved quotes with a speaker phrase, by the sentence that holds the phrase's start, in resolution order.
  const refsInSentence = new Map<number, ResolvedQuote[]>();
  const sentenceIndex = (pos: number) => {
    const i = spanIndexAt(sentences, pos);
    if (i >= 0) return i;
    const after = lowerBound(sentences, pos + 1, (s) => s.start);
    return after < sentences.length ? after - 1 : -2;
  };
  // The sentence's opening pronoun ("Still, he …"), read once per sentence.
  const openings = new Map<number, RegExpExecArray | null>();
  // The salient person of sentence i before `limit`: the speaker of a quote attributed there, else its subject.
  // The salient person of sentence i before `limit`: the speaker of a quote attributed there; else, when the
  // sentence opens with a pronoun of the wanted gender ("Still, he denied Mr. Ostrowski's request"), whoever
  // that pronoun stands for; else its first person named not as a possessor ("Mr. Ostrowski's request").
  const salientIn = (
    i: number, limit: number, accept: (c: PersonCluster) => boolean = () => true, want: Gender | null = null, depth = 0
  ): PersonCluster | null => {
    const s = sentences[i];
    // The agent of a passive question ("X was asked by Y whether …") is not the sentence's salient speaker: X is.
    const quote = (refsInSentence.get(i) ?? []).filter((q) => q.speaker && q.ref && !q.passiveAgent && accept(q.speaker) && q.ref.start >= s.start &&
      q.ref.start < Math.min(s.end, limit)).pop();
    if (quote) return quote.speaker;
    let opening = openings.get(i);
    if (opening === undefined) {
      opening = /^[\s\u25A0"\u201C\u201D]*(?:[A-Z][a-z]+,\s+)?(he|she)\b/i.exec(s.text);
      openings.set(i, opening);
    }
    if (want && opening && pronounGender(opening[1]) === want && s.start + opening[0].length <= limit && depth < 3) {
      for (let k = i - 1; k >= 0 && k > i - PRONOUN_WINDOW; k--) {
        const found = salientIn(k, Number.MAX_SAFE_INTEGER, accept, want, depth + 1);
        if (found) return found;
      }
    }
    const inside = within(outside, s.start, Math.min(s.end, limit)).filter((m) => accept(owner.get(m)!));
    const first = inside.find((m) => !/^['\u2019]s?\b/.test(body.slice(m.end, m.end + 2))) ?? inside[0];
    return first ? owner.get(first)! : null;
  };
  // A gendered pronoun or noun only takes a person of that gender (or of unknown gender).
  const agrees = (want: Gender | null) => (c: PersonCluster) => !want || !genders.has(c) || genders.get(c) === want;
  const antecedent = (pos: number, want: Gender | null = null, unless: ReadonlySet<PersonCluster> = new Set()): PersonCluster | null => {
    const accept = (c: PersonCluster) => agrees(want)(c) && !unless.has(c);
    const i = sentenceIndex(pos);
    if (i >= 0) {
      for (let k = i; k >= 0 && k > i - PRONOUN_WINDOW; k--) {
        const found = salientIn(k, k === i ? pos : Number.MAX_SAFE_INTEGER, accept, want);
        if (found) return found;
      }
    }
    return recent(pos, accept) ?? recent(pos, (c) => !unless.has(c));
  };
  const indefiniteBefore = (ref: SpeakerRef): RegExpExecArray | null =>
    /\b(?:one|a|an|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu.exec(body.slice(Math.max(0, ref.start - 30), ref.start));
  const namedNext = (ref: SpeakerRef): PersonCluster | null => {
    const i = sentenceIndex(ref.start);
    const next = i >= 0 ? sentences[i + 1] : undefined;
    if (!next) return null;
    const first = outside[firstStartingAt(outside, next.start)];
    const m = first && first.start <= next.start + 3 ? first : undefined;
    return m ? owner.get(m)! : null;
  };
  // "Lund and two colleagues hid, he said": a pronoun that reports a clause naming someone is not that person.
  const namedIn = (q?: QuoteCandidate): ReadonlySet<PersonCluster> =>
    new Set(q ? within(mentions, q.start, q.end).map((m) => owner.get(m)!) : []);
  const byRef = (ref: SpeakerRef, q?: QuoteCandidate): PersonCluster | null => {
    switch (ref.kind) {
      case "mention": {
        const from = firstStartingAt(mentions, ref.start);
        const m = (mentions[from]?.start === ref.start ? mentions[from] : undefined) ?? within(mentions, ref.start, ref.end)[0];
        return m ? owner.get(m)! : null;
      }
      case "pronoun": {
        const named = namedIn(q);
        return (named.size ? antecedent(ref.start, pronounGender(ref.surface), named) : null) ??
          antecedent(ref.start, pronounGender(ref.surface));
      }
      case "role": {
        // "One former trustee said …. Ana Ruiz told us …": an indefinite role introduces someone new, named
        // (if at all) at the start of the next sentence.
        if (!ref.modifier && indefiniteBefore(ref)) return namedNext(ref);
        // "His father said": the person introduced by that kin noun ("Berg's father, Amos, …").
        const kinNoun = (ref.surface.split(/\s+/).pop() ?? "").toLowerCase();
        const possessed = /(?:\b(?:his|her|their)|\p{L}['\u2019]s?)\s+(?:late\s+)?\p{L}+$/iu
          .test(body.slice(Math.max(0, ref.end - 40), ref.end));
        const relative = possessed ? outside.filter((m) => m.kin === kinNoun && m.end <= ref.start).pop() : undefined;
        if (relative) return owner.get(relative)!;
        const mod = ref.modifier?.toLowerCase();
        const accept = agrees(nounGender(ref.surface.split(/\s+/).pop() ?? ""));
        // "the commissioner said" → the person last named with a title holding "commissioner" (and the
        // modifier's organisation, when one is written: "the league commissioner").
        const noun = (ref.surface.split(/\s+/).pop() ?? "").toLowerCase();
        const holds = (c: PersonCluster) => c.roles.some((r) => r.title.toLowerCase().split(/[\s-]+/).includes(noun) &&
          (!mod || (r.organization ?? "").toLowerCase().includes(mod)));
        const both = mod ? recent(ref.start, (c) => accept(c) && holds(c)) : null;
        if (both) return both;
        if (mod) {
          const match = recent(ref.start, (c) => accept(c) && c.roles.some((r) => (r.organization ?? "").toLowerCase().includes(mod)));
          if (match) return match;
        }
        const hasTitle = (c: PersonCluster) => accept(c) && c.roles.some((r) => r.title.toLowerCase().split(/[\s-]+/).includes(noun));
        const titled = recent(ref.start, hasTitle);
        if (titled) return titled;
        // "According to the lawyer for the club, …. Lawyer Ana Ruiz said …": named after.
        const later = outside.find((m) => m.start > ref.end && hasTitle(owner.get(m)!));
        // "the league commissioner", "the WRC commissioner": the article may stand before a modifier.
        const definite = /^the\s/i.test(ref.surface) ||
          /\bthe\s+(?:[\p{L}'\u2019-]+\s+)?$/iu.test(body.slice(Math.max(0, ref.start - 40), ref.start));
        if (later && definite) return owner.get(later)!;
        return recent(ref.start, (c) => accept(c) && (c.roles.length > 0 || c.honorifics.length > 0)) ?? recent(ref.start, accept) ??
          recent(ref.start);
      }
      case "other":
        // "The 52-year-old farmer said": a definite description of a person refers back like a pronoun.
        // Only the head counts: "the former harbour master of the Port Authority said".
        if (/^the\s/i.test(ref.surface)) {
          const head = ref.surface.split(/\s+(?:of|with|at|for|from|in)\s+/)[0];
          // With no one named before, the description points ahead: "The league's longest-serving coach said …. Ana Ruiz …".
          if (!NON_PERSON_HEADS.test(head) && !/\p{Lu}/u.test(head.slice(4))) return antecedent(ref.start) ?? namedNext(ref);
        }
        return null;
    }
  };

  const recentSourceQuote = (pos: number, accept: (s: SourceSpeaker) => boolean): ResolvedQuote | null => {
    for (let i = resolvedSoFar.length - 1; i >= 0; i--) {
      const r = resolvedSoFar[i];
      if (r.end < pos - SOURCE_DISTANCE) break;
      if (r.source && accept(r.source)) return r;
    }
    return null;
  };
  // "a report by the Harbour Board", "the Harbour Board's report", "the Harbour Board report": the issuer of a document.
  const issues = (o: OrganizationMention, noun: string): boolean => {
    const n = noun.replace(/[^\p{L}-]/gu, "");
    if (!n) return false;
    const before = body.slice(Math.max(0, o.start - 40), o.start);
    const after = body.slice(o.end, o.end + 30);
    return new RegExp(`\\b${n}s?\\s+(?:[\\p{L}-]+\\s+)?(?:by|from|of)\\s+(?:the\\s+)?$`, "iu").test(before) ||
      new RegExp(`^(?:['\u2019]s?)?\\s+(?:[\\p{L}-]+\\s+)?${n}s?\\b`, "iu").test(after);
  };
  const recentSource = (pos: number, accept: (s: SourceSpeaker) => boolean): SourceSpeaker | null =>
    recentSourceQuote(pos, accept)?.source ?? null;
  // "Larkspur Energy Corp. cut jobs. … The company said": the organisation last named (quoted or not) that the noun
  // can refer to, within SOURCE_DISTANCE characters, under its full name.
  const organizationBefore = (pos: number, accept: (o: OrganizationMention) => boolean): OrganizationMention | null => {
    const list = organizations();
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && list[i].end >= pos - SOURCE_DISTANCE; i--) if (accept(list[i])) return list[i];
    return null;
  };
  const sourceOf = (ref: SpeakerRef): SourceSpeaker | null => {
    const src = ref.source;
    if (!src) return null;
    if (src.kind === "description") return { kind: "description", name: src.surface, named: false };
    if (src.named) return { kind: "organization", name: src.surface.replace(/^the\s+/i, ""), named: true };
    if (src.kind === "document") {
      // "the Harbour Board report" / "the union's notice": the document's issuer is written in the phrase.
      const issuer = documentIssuer(src.surface);
      if (issuer && (/^\p{Lu}/u.test(issuer) || classifySource(issuer)?.named))
        return { kind: "organization", name: issuer.replace(/^the\s+/i, ""), named: true };
      if (issuer) {
        const inner = sourceOf({ kind: "other", start: ref.start, end: ref.start + issuer.length, surface: issuer,
          source: { ...src, surface: issuer, kind: "organization" } });
        if (inner) return inner;
      }
    }
    // "the company" takes any organisation named before; "the commission" only one whose name holds "commission".
    const head = (src.surface.split(/\s+/).pop() ?? "").toLowerCase();
    const fits = (s: SourceSpeaker) => src.kind !== "organization" || head === "it" || GENERIC_ORGANIZATION_NOUNS.has(head) ||
      s.name.toLowerCase().split(/\s+/).includes(head);
    const earlierQuote = recentSourceQuote(ref.start, (s) => s.kind === "organization" && s.named && fits(s));
    // A named organisation the noun refers to ("the agency" → "Coastal Health Agency"), unless a fitting one was
    // quoted since; a document noun ("the report") takes the organisation that issued it ("a report by the Harbour Board").
    const named = src.kind === "organization" && head !== "it"
      ? organizationBefore(ref.start, (o) => refersTo(o, head))
      : src.kind === "document" ? organizationBefore(ref.start, (o) => issues(o, head)) : null;
    if (named && (!earlierQuote?.ref || named.start > earlierQuote.ref.start))
      return { kind: "organization", name: named.name, named: true };
    const earlier = earlierQuote?.source ?? null;
    if (earlier) return earlier;
    if (/^it$/i.test(src.surface)) {
      // "Rents rose as the ministry faced what it says is a shortfall": an organisation named just before.
      const group = groupBefore(ref);
      return group?.kind === "organization" ? group : null;
    }
    return { kind: src.kind === "organization" ? "organization" : "description", name: src.surface, named: false };
  };

  // "Several shop owners have complained … They say …": the group named in this or the two sentences before.
  const groupBefore = (ref: SpeakerRef): SourceSpeaker | null => {
    const i = sentenceIndex(ref.start);
    for (let k = i; k >= 0 && k > i - 3; k--) {
      const s = sentences[k];
      const found = lastGroupIn(s.text.slice(0, Math.max(0, Math.min(s.end, ref.start) - s.start)));
      if (found)
        return sourceOf({ kind: "other", start: s.start + found.start, end: s.start + found.end, surface: found.surface, source: found });
    }
    return null;
  };

  const bySurname = (name: string): PersonCluster | null => {
    const last = name.split(/\s+/).pop() ?? "";
    return clusters.find((c) => c.words.length > 1 && c.words[c.words.length - 1] === last) ?? null;
  };

  const coordinated = (c: PersonCluster, s: SentenceSpan) =>
    c.mentions.some((m) => m.start >= s.start && m.end <= s.end &&
      (/^\s*(?:,|and)\s+\p{Lu}/u.test(body.slice(m.end, m.end + 6)) ||
        /\p{L}\s+and\s+$/u.test(body.slice(Math.max(s.start, m.start - 30), m.start))));
  // "the post read": the document named again → whoever spoke in the sentence that first named it
  // ("Stone stated in her blog post that …").
  const documentAuthor = (ref: SpeakerRef): ResolvedQuote | null => {
    const noun = (ref.surface.split(/\s+/).pop() ?? "").toLowerCase();
    if (!noun || !body) return null;
    const re = new RegExp(`\\b${noun.replace(/[^\p{L}-]/gu, "")}s?\\b`, "giu");
    const from = Math.max(0, ref.start - SOURCE_DISTANCE);
    const hits = [...body.slice(from, ref.start).matchAll(re)].map((m) => from + m.index!).reverse();
    for (const at of hits) {
      const k = sentenceIndex(at);
      if (k < 0) continue;
      const s = sentences[k];
      const q = (refsInSentence.get(k) ?? []).filter((r) => (r.speaker || r.source) && r.ref && r.ref.start >= s.start &&
        r.ref.start < s.end && r.ref.start !== ref.start).pop();
      if (q) return q;
    }
    return null;
  };

  // The person named at the start of the sentence holding `pos`, before `pos`, as its subject (not a possessor).
  const sentenceSubjectBefore = (pos: number): PersonCluster | null => {
    const i = spanIndexAt(sentences, pos);
    if (i < 0) return null;
    const s = sentences[i];
    const first = within(outside, s.start, pos)[0];
    if (!first || first.end >= pos || !SUBJECT_OPENING.test(body.slice(s.start, first.start))) return null;
    if (/^['\u2019]s?\b/.test(body.slice(first.end, first.end + 2))) return null;
    // The quotation stands after a verb of the subject, in the same clause: no other quotation or clause break between.
    // A party or place tag after the name ("Sen. Ana Ruiz (R-Pa.) refused …") is no clause break.
    // A colon may introduce the quotation ("… then leaned in and boomed: “…”").
    const between = body.slice(first.end, pos).replace(/^\s*\([^()]{1,40}\)/, " ").replace(/:\s*$/, "");
    return /^[^.;:!?\u25A0"\u201C\u201D]{2,160}$/.test(between) ? owner.get(first)! : null;
  };

  const resolved = resolvedSoFar;
  const bySource = new Map<QuoteCandidate, ResolvedQuote>();
  for (const q of [...candidates].sort((a, b) => a.start - b.start)) {
    let speaker: PersonCluster | null = null;
    let source: SourceSpeaker | null = null;
    const last = resolved[resolved.length - 1];
    const author = q.ref?.source?.kind === "document" && !documentIssuer(q.ref.source.surface) ? documentAuthor(q.ref) : null;
    if (author?.speaker) speaker = author.speaker;
    else if (author?.source) source = author.source;
    else if (q.ref?.source) source = sourceOf(q.ref);
    // "Canadian singer Okafor": a name read as an organisation that is the surname of a person in the article.
    const person = source?.named ? bySurname(source.name) : null;
    if (person) source = null;
    else if (q.ref?.kind === "pronoun" && /^they$/i.test(q.ref.surface)) {
      // "Ana Lund and Nils Berg said …. "…," they said": the pair, by its last-named member.
      const pair = last?.speaker && last.ref?.kind === "mention" && q.start - last.end <= CONTINUATION_DISTANCE &&
        /\band\s+$/.test(body.slice(Math.max(0, last.ref.start - 40), last.ref.start));
      if (pair) speaker = last!.speaker;
      else source = last?.source ? recentSource(q.ref.start, () => true) : groupBefore(q.ref);
    }
    if (person) speaker = person;
    else if (author) speaker = author.speaker;
    else if (speaker) source = null;
    else if (source || q.ref?.source) speaker = null;
    else if (q.ref) {
      speaker = byRef(q.ref, q);
      const det = !speaker && q.ref.kind === "role" ? indefiniteBefore(q.ref) : null;
      if (det) source = { kind: "description", name: body.slice(q.ref.start - det[0].length, q.ref.end), named: false };
    }
    else if (q.sameSpeakerAs) {
      speaker = bySource.get(q.sameSpeakerAs)?.speaker ?? null;
      source = bySource.get(q.sameSpeakerAs)?.source ?? null;
    } else {
      const previous = resolved[resolved.length - 1];
      // "Dev Lund blamed the loss on “a slow retreat”": a quotation inside a sentence whose subject is a
      // person named at its start is that person's.
      const subject = sentenceSubjectBefore(q.start);
      // A sentence introducing someone right before the quote ("…, Dev Raman, says …. "As we …"")
      // overrides the previous speaker.
      const i = sentenceIndex(q.start);
      const before = i > 0 ? sentences[i - 1] : undefined;
      let introduced = before && (!previous || before.start >= previous.end) ? salientIn(i - 1, before.end) : null;
      // "Lund and Berg both finished in the top ten." names a pair, not the next speaker.
      if (introduced && before && coordinated(introduced, before)) introduced = null;
      if (subject) speaker = subject;
      else if (introduced) speaker = introduced;
      else if (previous && previous.source && q.start - previous.end <= CONTINUATION_DISTANCE) source = previous.source;
      else if (previous && previous.speaker && q.start - previous.end <= CONTINUATION_DISTANCE) speaker = previous.speaker;
      else speaker = recent(q.start);
    }
    // "An official with the agency spoke to us …. Later, he said …": he/she after an unnamed
    // singular source, with no person named since, is that source.
    if (q.ref?.kind === "pronoun" && /^(?:he|she)$/i.test(q.ref.surface) && last?.source?.kind === "description" && last.ref &&
      !/(?<!s)s$/i.test(last.source.name) && q.start - last.end <= CONTINUATION_DISTANCE &&
      !outside.some((m) => m.start > last.ref!.end && m.end <= q.ref!.start)) {
      speaker = null;
      source = last.source;
    }
    const r: ResolvedQuote = { ...q, speaker, source };
    resolved.push(r);
    const at = r.ref ? spanIndexAt(sentences, r.ref.start) : -1;
    if (at >= 0) {
      const list = refsInSentence.get(at);
      if (list) list.push(r);
      else refsInSentence.set(at, [r]);
    }
    bySource.set(q, r);
  }
  // Participle quotes found before the quote they continue was resolved.
  for (const r of resolved) {
    if (r.speaker || r.source || r.ref || !r.sameSpeakerAs) continue;
    r.speaker = bySource.get(r.sameSpeakerAs)?.speaker ?? null;
    r.source = r.speaker ? null : (bySource.get(r.sameSpeakerAs)?.source ?? null);
  }
  return resolved;
}

/** The speaker phrase as written at the attribution, or null when there is none. */
export function speakerSurface(q: QuoteCandidate, body: string): string | null {
  return q.ref ? body.slice(q.ref.start, q.ref.end) || q.ref.surface || null : null;
}
