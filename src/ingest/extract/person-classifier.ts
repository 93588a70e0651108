/**
 * "Is this candidate a person?" — a logistic regression over the features of a clustered name and its
 * contexts in the article (trained by scripts/train-person-classifier.ts on annotated news, weights in
 * person-weights.json). The rules in people.ts propose candidates; the classifier vetoes those that read as
 * places, organisations, works, nationalities or glued words. Features are names of properties, plus single
 * common words (the word before or after a mention, a name word that is a common English word), never
 * article text.
 */
import weightsFile from "./person-weights.json";
import { cityPopulation, isCityWord, isCountryWord, isDemonym, isGivenName, isHumanName } from "./gazetteers";
import { firstNameGender } from "./gender";
import type { PersonCluster, PersonMention } from "./people";

/** A trained model: feature weights, the bias, the decision threshold and the common-word vocabulary. */
export interface PersonModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
  /** Lower-case English words frequent in news (single words), for the "is a common word" features. */
  common: string[];
}

/** What the features need to know about the article, computed once per article. */
export interface PersonContext {
  body: string;
  /** True when the lower-case word is written so somewhere in the article ("sales", "period"); cached. */
  hasLowercase: (word: string) => boolean;
  isSpeaker: (m: PersonMention) => boolean;
}

let model: PersonModel = weightsFile as PersonModel;
let commonWords: Set<string> | null = null;

/** Replaces the model (training and held-out evaluation scripts); `null` restores the committed weights. */
export function usePersonModel(next: PersonModel | null): void {
  model = next ?? (weightsFile as PersonModel);
  commonWords = null;
}

function common(): Set<string> {
  if (!commonWords) commonWords = new Set(model.common);
  return commonWords;
}

/** True when the lower-case `word` is one of the model's common English words ("rival", "unlike", "we've"). */
export function isCommonWord(word: string): boolean {
  return common().has(word);
}

const LETTER = /[\p{L}\p{N}]/u;
const NON_WORD = /[^\p{L}\p{N}'\u2019-]+/u;
/** Name words looked up by scanning the body before the article's lower-case words are collected in one pass. */
const SCANNED_WORDS = 32;

/** The context of `body` for the features (linear in the body whatever the number of names). */
export function personContext(body: string, isSpeaker: (m: PersonMention) => boolean): PersonContext {
  const seen = new Map<string, boolean>();
  let all: Set<string> | null = null;
  const hasLowercase = (word: string): boolean => {
    let found = seen.get(word);
    if (found !== undefined) return found;
    if (seen.size >= SCANNED_WORDS) {
      all ??= new Set(body.split(NON_WORD).filter((w) => w && w[0] !== w[0].toUpperCase()));
      return all.has(word);
    }
    found = false;
    for (let at = body.indexOf(word); at >= 0 && !found; at = body.indexOf(word, at + 1))
      found = !LETTER.test(body[at - 1] ?? " ") && !LETTER.test(body[at + word.length] ?? " ");
    seen.set(word, found);
    return found;
  };
  return { body, hasLowercase, isSpeaker };
}

const PREV_WORD = /([\p{L}\p{N}'\u2019.-]+)([^\p{L}\p{N}]*)$/u;
const NEXT_WORD = /^([^\p{L}\p{N}]*)([\p{L}\p{N}'\u2019-]+)/u;
const PRONOUN_AFTER = /\b(he|she|his|her|him|it|its|they|their)\b/i;

/** Features of one name word at position `pos` ("F" first, "L" last, "M" middle). */
function wordFeatures(word: string, pos: string, ctx: PersonContext, out: Set<string>): void {
  const lower = word.toLowerCase();
  const given = isGivenName(word);
  if (firstNameGender(word) !== null) out.add(`${pos}:fn`);
  if (isHumanName(word)) out.add(`${pos}:hn`);
  if (given) out.add(`${pos}:given`);
  if (isCityWord(word)) out.add(`${pos}:city`);
  if (isCountryWord(word)) out.add(`${pos}:country`);
  if (isDemonym(word)) out.add(`${pos}:demonym`);
  // A common word that is also a given name ("Bill", "Mark") does not count as a common word.
  if (!given && common().has(lower)) out.add(`${pos}:common`);
  if (!given && lower !== word && ctx.hasLowercase(lower)) out.add(`${pos}:doclow`);
  if (/^\p{Lu}{2,}$/u.test(word)) out.add(`${pos}:caps`);
  if (/\p{Ll}\p{Lu}/u.test(word)) out.add(`${pos}:inner`);
  if (word.includes("-")) out.add(`${pos}:hyph`);
  if (/['\u2019]/.test(word)) out.add(`${pos}:apos`);
  if (word.length <= 3) out.add(`${pos}:short`);
}

/** A context word as a feature value: a common word itself, else its shape. */
function contextWord(word: string): string {
  const lower = word.toLowerCase();
  if (common().has(lower)) return /^\p{Lu}/u.test(word) ? `^${lower}` : lower;
  if (/^\p{N}/u.test(word)) return "NUM";
  if (/^\p{Lu}/u.test(word)) return "CAP";
  return "low";
}

/** Features of one mention's surroundings. */
function mentionFeatures(m: PersonMention, ctx: PersonContext, out: Set<string>): void {
  const { body } = ctx;
  const surfaceStart = m.end - m.surface.length;
  const before = body.slice(Math.max(0, surfaceStart - 40), surfaceStart);
  const prev = PREV_WORD.exec(before);
  const gapBefore = prev ? prev[2] : before;
  const punctBefore = gapBefore.replace(/\s+/g, "");
  if (punctBefore) out.add(`pp=${punctBefore.slice(-1)}`);
  if (prev && !punctBefore) out.add(`p1=${contextWord(prev[1].replace(/\.$/, ""))}`);
  const sentenceStart = !prev || /[.!?]["'\u2019\u201D]?$/u.test(prev[1] + punctBefore) || /[.!?:]/.test(punctBefore);
  if (sentenceStart) out.add("sstart");
  const after = body.slice(m.end, m.end + 40);
  const next = NEXT_WORD.exec(after);
  const gapAfter = next ? next[1] : after;
  if (/^['\u2019]s?\b/u.test(after)) out.add("np='s");
  else if (gapAfter.trim()) out.add(`np=${gapAfter.trim()[0]}`);
  if (next && !gapAfter.trim()) out.add(`n1=${contextWord(next[2])}`);
  if (next && gapAfter.trim() === ",") out.add(`n1,=${contextWord(next[2])}`);
  const pronoun = PRONOUN_AFTER.exec(body.slice(m.end, m.end + 120));
  if (pronoun) out.add(`pro=${pronoun[1].toLowerCase()}`);
  if (ctx.isSpeaker(m)) out.add("speak");
  if (PERSON_AFTER.test(after)) out.add("personAfter");
  if (m.honorifics.length) out.add("hon");
  if (m.role) out.add("role");
}

/** The features of a clustered candidate person in its article. */
export function personFeatures(c: PersonCluster, ctx: PersonContext): string[] {
  const out = new Set<string>(["bias"]);
  const w = c.words;
  out.add(`len=${Math.min(w.length, 4)}`);
  wordFeatures(w[0], "F", ctx, out);
  if (w.length > 1) wordFeatures(w[w.length - 1], "L", ctx, out);
  for (const mid of w.slice(1, -1)) wordFeatures(mid, "M", ctx, out);
  const population = cityPopulation(c.name);
  if (population) out.add(population >= 200_000 ? "full:bigcity" : "full:city");
  const n = c.mentions.length;
  out.add(n === 1 ? "n=1" : n <= 3 ? "n=2-3" : "n=4+");
  const last = w[w.length - 1];
  if (w.length > 1 && c.mentions.some((m) => m.words.length === 1 && m.words[0] === last)) out.add("aloneL");
  if (w.length > 1 && c.mentions.some((m) => m.words.length === 1 && m.words[0] === w[0])) out.add("aloneF");
  if (c.mentions.some((m) => m.confident)) out.add("conf");
  // Training only: every mention is one the rules drop (at run time the rules have dropped such candidates). The
  // shape of a candidate the rules accept gets its own weights ("acc:len=1": a lone word the rules kept).
  if (c.mentions.every((m) => m.rejected)) out.add("ruledOut");
  else for (const f of [`len=${Math.min(w.length, 4)}`, n === 1 ? "n=1" : n <= 3 ? "n=2-3" : "n=4+"]) out.add(`acc:${f}`);
  for (const m of c.mentions.slice(0, 6)) mentionFeatures(m, ctx, out);
  return [...out];
}

/** The model's probability that the candidate is a person. */
export function personProbability(features: readonly string[], m: PersonModel = model): number {
  let z = m.bias;
  for (const f of features) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The share of the threshold a name that is the subject of a speech verb must reach. */
const SPEAKER_THRESHOLD_SHARE = 1 / 3;

/** Right after a name, what only a person takes: ", who", "said he", "told her". */
const PERSON_AFTER = /^(?:,\s+who\b|\s+(?:said|says|told|added)\s+(?:he|she|him|her)\b)/u;

/**
 * Keeps the clusters the model reads as persons (probability at or above its threshold). An honorific
 * ("Ms. Ruiz") keeps a cluster whatever the model says, and so does a lone word the rules found confident
 * (a title, an appositive naming a person, a kin noun: "Wulan, a resident of Kendari") or that the text treats
 * as a person ("Okwe, who …", "Okwe said he …"); a name that speaks needs a third of the threshold.
 */
export function keepPersons(clusters: PersonCluster[], body: string, isSpeaker: (m: PersonMention) => boolean): PersonCluster[] {
  if (!clusters.length) return clusters;
  const ctx = personContext(body, isSpeaker);
  return clusters.filter((c) => {
    if (c.honorifics.length > 0) return true;
    if (c.words.length === 1 && c.mentions.some((m) => m.confident || PERSON_AFTER.test(body.slice(m.end, m.end + 40)))) return true;
    // A name that speaks ("Okafor said") is vetoed only on strong evidence: a third of the threshold.
    const threshold = c.mentions.some(isSpeaker) ? model.threshold * SPEAKER_THRESHOLD_SHARE : model.threshold;
    return personProbability(personFeatures(c, ctx)) >= threshold;
  });
}
