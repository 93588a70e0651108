import type { ExtractedPerson, ExtractedQuote, Extraction, SourceDocument } from "../types";
import { splitSentences } from "../parse/sentences";
import { deriveTitle } from "../parse/title";
import { resolveSpeakers, speakerSurface } from "./coreference";
import { dropCredits } from "./credits";
import { findEvents } from "./events";
import { guessGenders } from "./gender";
import { SPEECH_VERBS } from "./lexicon/speech-verbs";
import { clusterPeople, findPersonMentions, type PersonMention } from "./people";
import { organizationSpeaker } from "./organization-name";
import { keepPersons } from "./person-classifier";
import { findQuoteCandidates, quotedText } from "./quotes";
import { findOrganizationMentions } from "./organization-mentions";
import { breakAtRules, normalizeDoubledApostrophes, spanEndInOriginal } from "./quote-marks";

const VERB_AFTER = new RegExp(
  `^\\s*(?:,\\s*)?(?:[a-z]+ly\\s+|also\\s+|had\\s+|has\\s+)*(?:${SPEECH_VERBS.map((v) => v.replace(/ /g, "\\s+")).join("|")})\\b`,
);
const VERB_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS.map((v) => v.replace(/ /g, "\\s+")).join("|")})\\s+$`);

/** The last word of every speech verb ("said", "say" of "went on to say"): VERB_BEFORE can only match after one. */
const VERB_LAST_WORDS = new Set(SPEECH_VERBS.map((v) => v.split(" ").pop()!));
/** The word (of \w characters) ending right before white space at the end of the text. */
const WORD_BEFORE_SPACE = /(\w+)\s+$/;

/** True when the mention is the subject of a speech verb ("Qassem noted", "said Kaminski"). Answers are remembered. */
export function speaksIn(body: string): (m: PersonMention) => boolean {
  const known = new WeakMap<PersonMention, boolean>();
  return (m) => {
    let speaks = known.get(m);
    if (speaks !== undefined) return speaks;
    const before = body.slice(Math.max(0, m.start - 30), m.start);
    const last = WORD_BEFORE_SPACE.exec(before);
    speaks = VERB_AFTER.test(body.slice(m.end, m.end + 40)) || (!!last && VERB_LAST_WORDS.has(last[1]) && VERB_BEFORE.test(before));
    known.set(m, speaks);
    return speaks;
  };
}

const NO_SOURCE = { speakerOrganization: null, speakerDescription: null };

/**
 * Extracts people, events and quotes from one document. Pure and deterministic: no I/O, the same document
 * always gives the same Extraction. Quote offsets index `doc.body` (`doc.body.slice(q.start, q.end) ===
 * q.text`), direct quotes include their quotation marks (an unopened quotation starts at its first word),
 * every non-null `speaker` is the `name` of one of the returned persons, and at most one of `speaker`,
 * `speakerOrganization` (a speaking organisation: "Larkspur Foods", "the union") and `speakerDescription` (an
 * unnamed source: "officials", "a person familiar with the talks") is set.
 */
export function extract(doc: SourceDocument): Extraction {
  // Quotation marks written as two apostrophes (`''We did,'' she said`) are read as straight double quotes.
  const original = doc.body;
  // So are quotation marks written as two apostrophes, and a live blog's rules of underscores end a paragraph.
  const body = breakAtRules(normalizeDoubledApostrophes(original));
  const bodySentences = splitSentences(body);
  const mentions = dropCredits(body, findPersonMentions(body), bodySentences);
  const speaks = speaksIn(body);
  const clusters = keepPersons(clusterPeople(mentions, speaks), body, speaks);
  const quoting = quotedText(body);
  const { masked, sentences } = quoting;
  const personMentions = clusters.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
  const candidates = findQuoteCandidates(body, personMentions, quoting);
  const organizations = () => findOrganizationMentions(masked, personMentions);
  const resolved = resolveSpeakers(candidates, clusters, sentences, guessGenders(clusters, masked, sentences), body, organizations);

  const persons: ExtractedPerson[] = clusters.map((c) => ({
    name: c.name,
    aliases: c.aliases,
    honorifics: c.honorifics,
    roles: c.roles,
  }));
  const quotes: ExtractedQuote[] = resolved.filter((q) => !q.label).map((q) => {
    const end = spanEndInOriginal(original, body, q.end);
    return {
      ...NO_SOURCE,
      text: original.slice(q.start, end),
      start: q.start,
      end,
      kind: q.kind,
      cue: q.cue,
      speaker: q.speaker?.name ?? null,
      speakerSurface: speakerSurface(q, body),
      // At most one of the three: a person wins over a source.
      ...(q.speaker || !q.source
        ? {}
        : q.source.kind === "organization"
          ? organizationSpeaker(q.source.name, body)
          : { speakerDescription: q.source.name }),
    };
  });
  return {
    // The body's sentences are the original's when normalising changed nothing (almost always): split once.
    title: doc.title ?? deriveTitle(original, undefined, body === original ? bodySentences : undefined),
    persons,
    events: findEvents(body, bodySentences, doc.date),
    quotes,
  };
}
