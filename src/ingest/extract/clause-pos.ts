import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * Whether the words after a speech verb open a clause of their own (a subject and a finite verb: "claimed *we
 * had* already paid", "suggested *the board instead meet* …") or an object ("announced *a plan to repaint*",
 * "maintained *sympathy among the crews*"), read with wink-nlp's part-of-speech tagger. Only the first words are
 * tagged (at most MAX_CHARS characters), so each call costs a bounded amount whatever the input.
 */

/** How much text after the verb is tagged: the subject and its verb come in the first words. */
const MAX_CHARS = 120;
/** Tokens a subject may run to before its verb: "the port's longest-serving deputy harbour master". */
const MAX_SUBJECT_TOKENS = 9;

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
/** The tagger, loaded on first use (loading the model takes a few hundred milliseconds). */
function tagger(): Nlp {
  if (!nlp) nlp = winkNLP(model, ["pos"]);
  return nlp;
}

/** Parts of speech a subject is made of: "the", "state's", "Republican", "governor", "47", "%", "he". */
const SUBJECT_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "SYM"]);
/** Words inside a subject that join its parts: "much *of* his plan", "six *in* 10 voters", "Ruiz *and* Lund". */
const SUBJECT_JOINERS: ReadonlySet<string> = new Set(["of", "in", "and", "or", "-", "'s", "\u2019s", "'", "\u2019"]);
/** Words that end a subject before any verb: a relative or complement "that", "which", "who". */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(["that", "which", "who", "whom", "whose"]);

/** A tagged word: its text, its part of speech and its offset in the tagged text. */
export interface TaggedWord {
  word: string;
  pos: string;
  start: number;
}

/** The tagged words of `text` (its first MAX_CHARS characters). */
export function tagWords(text: string): TaggedWord[] {
  const doc = tagger().readDoc(text.slice(0, MAX_CHARS));
  const its = tagger().its;
  const words = doc.tokens().out();
  const pos = doc.tokens().out(its.pos);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const out: TaggedWord[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    at += spaces[i].length;
    out.push({ word: words[i], pos: pos[i], start: at });
    at += words[i].length;
  }
  return out;
}

/**
 * True when the tagged words from `from` open with a subject and a finite verb: a run of determiners, adjectives,
 * nouns, names, pronouns and numbers (joined by "of", "and", a possessive, "in" between numbers) followed, after at
 * most a few adverbs or "not", by an auxiliary or a verb that is neither an infinitive ("to tighten") nor a
 * participle in -ing, nor a second predicate after "and" ("the fine and appealed"). An object ("a goal and an
 * assist"), a preposition, a gerund or a relative clause opens none.
 */
function clauseAt(words: readonly TaggedWord[], from: number): boolean {
  let i = from;
  let heads = 0;
  while (i < words.length && i - from < MAX_SUBJECT_TOKENS) {
    const { word, pos } = words[i];
    const lower = word.toLowerCase();
    if (RELATIVE_WORDS.has(lower) && i > from) return false;
    if (SUBJECT_POS.has(pos)) {
      if (pos !== "DET" && pos !== "ADJ") heads++;
      i++;
    } else if (i > from && SUBJECT_JOINERS.has(lower) && pos !== "VERB" && pos !== "AUX" &&
      (lower !== "in" || (words[i - 1].pos === "NUM" && words[i + 1]?.pos === "NUM"))) {
      i++;
    } else break;
  }
  if (heads === 0 || i >= words.length || words[i - 1].pos === "CCONJ") return false;
  // "did *not* say", "*never* met", "*instead* debate".
  let k = i;
  while (k < words.length && k < i + 3 && (words[k].pos === "ADV" || (words[k].pos === "PART" && /^(?:not|n['\u2019]t)$/i.test(words[k].word)))) k++;
  if (k >= words.length) return false;
  const { word, pos } = words[k];
  if (pos === "AUX") return true;
  return pos === "VERB" && !/ing$/i.test(word);
}

/** True when `text` opens with a subject and a finite verb (see clauseAt); masked quotations read as "it". */
export function opensClause(text: string): boolean {
  return clauseAt(tagWords(text.replace(/\u25A0+/g, "it")), 0);
}

/**
 * True when the last word of `lead` (a few words of context ending with a speech verb) is tagged a verb (not the
 * noun in "the weekly reports", not an infinitive "to claim") and `after` (what follows it) opens a clause.
 */
export function verbOpensClause(lead: string, after: string): boolean {
  const text = `${lead} ${after}`.replace(/\u25A0+/g, "it");
  const words = tagWords(text);
  const k = words.findIndex((w) => w.start >= lead.length + 1) - 1;
  if (k < 0 || words[k].pos !== "VERB" || (k > 0 && /^to$/i.test(words[k - 1].word))) return false;
  return clauseAt(words, k + 1);
}

/**
 * The length of the hearer opening `text` (what follows "told", "urged", "asked"): a noun phrase ("parents", "the rest
 * of the council", "The Harbour Times of Ava") up to the first word that opens what was said, "to" and a verb, "that"
 * or a clause ("told reporters *he was* …"); -1 when none is read.
 */
export function hearerLength(text: string): number {
  const words = tagWords(text.replace(/\u25A0+/g, "it"));
  for (let j = 1; j < words.length && j <= MAX_SUBJECT_TOKENS; j++) {
    const prev = words[j - 1];
    if (!SUBJECT_POS.has(prev.pos) && !(SUBJECT_JOINERS.has(prev.word.toLowerCase()) && j > 1)) return -1;
    if (prev.pos === "DET" || prev.pos === "ADJ" || SUBJECT_JOINERS.has(prev.word.toLowerCase())) continue;
    const { word, pos } = words[j];
    // "to" as the infinitive's marker ("to back the plan"), also after "not".
    const to = (k: number) => /^to$/i.test(words[k]?.word ?? "") && (words[k].pos === "PART" || words[k + 1]?.pos === "VERB");
    if (to(j) || (/^not$/i.test(word) && to(j + 1))) return words[j].start;
    if (/^that$/i.test(word) && pos === "SCONJ") return words[j].start;
    // A name runs on ("The Harbour Times"): no clause starts inside it.
    if (SUBJECT_POS.has(pos) && !(prev.pos === "PROPN" && pos === "PROPN") && clauseAt(words, j)) return words[j].start;
  }
  return -1;
}

/**
 * True when `text` opens with a preposition and a short phrase (at most six more words: "in her ward", "in Port
 * Ellis", "at 6 a.m.") followed by a clause (see clauseAt): "in Port Ellis *the buses are* always full".
 */
export function phraseThenClause(text: string): boolean {
  const words = tagWords(text.replace(/\u25A0+/g, "it"));
  if (words[0]?.pos !== "ADP") return false;
  for (let j = 2; j < words.length && j <= 7; j++) {
    const prev = words[j - 1];
    const { word, pos } = words[j];
    if (!SUBJECT_POS.has(prev.pos) && prev.word !== "," && !SUBJECT_JOINERS.has(prev.word.toLowerCase())) return false;
    if (RELATIVE_WORDS.has(word.toLowerCase())) return false;
    if (SUBJECT_POS.has(pos) && prev.pos !== "DET" && prev.pos !== "ADJ" && !(prev.pos === "PROPN" && pos === "PROPN") &&
      clauseAt(words, j)) return true;
  }
  return false;
}

/**
 * True when `text` (at most MAX_CHARS characters) is a prepositional phrase and nothing more: it opens with a
 * preposition (after an optional "But"/"And") and holds no verb ("In the two winters after the storm", "For
 * riders on the night ferries"), not "If the pier closes" (a subordinator) or "In May the crews left" (a clause).
 */
export function prepositionalOnly(text: string): boolean {
  if (text.length > MAX_CHARS) return false;
  const words = tagWords(text.replace(/\u25A0+/g, "it"));
  const first = words[0]?.pos === "CCONJ" ? 1 : 0;
  if (words[first]?.pos !== "ADP" || words[first + 1]?.word === "-") return false;
  return words.every((w) => w.pos !== "VERB" && w.pos !== "AUX");
}

/**
 * True when `text` (at most MAX_CHARS characters) is a bare noun phrase: it opens with a determiner, an adjective, a
 * noun, a name or a number (not a preposition, a subordinator or an adverb: "In the end", "While it rained") and
 * holds no verb ("Former party chair Ana Ruiz", "The harbour board"), so it can only be a subject or an object.
 */
export function nounPhraseOnly(text: string): boolean {
  if (text.length > MAX_CHARS) return false;
  const words = tagWords(text.replace(/\u25A0+/g, "it"));
  const first = words[0]?.pos === "CCONJ" ? 1 : 0;
  if (!words[first] || !SUBJECT_POS.has(words[first].pos) || words[first].pos === "PRON") return false;
  return words.every((w) => w.pos !== "VERB" && w.pos !== "AUX");
}
