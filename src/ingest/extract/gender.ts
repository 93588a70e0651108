import { FEMALE_FIRST_NAMES, GENDERED_HONORIFICS, GENDERED_NOUNS, MALE_FIRST_NAMES, type Gender } from "./lexicon/gender";
import type { PersonCluster, PersonMention } from "./people";
import type { SentenceSpan } from "../parse/sentences";
import { firstStartingAt, spanIndexAt } from "./positions";

export type { Gender };

/** How far after a mention (in characters) its pronouns are read as votes for the person's gender. */
const PRONOUN_VOTE_REACH = 250;

const MALE_PRONOUN = /^(?:he|him|his|himself)$/i;
const FEMALE_PRONOUN = /^(?:she|her|hers|herself)$/i;

/** The gender a pronoun asks of its antecedent ("he" → m), or null for "they" and others. */
export function pronounGender(pronoun: string): Gender | null {
  if (MALE_PRONOUN.test(pronoun)) return "m";
  if (FEMALE_PRONOUN.test(pronoun)) return "f";
  return null;
}

/** The gender a noun states ("spokeswoman" → f, "father" → m), or null. */
export function nounGender(noun: string): Gender | null {
  return GENDERED_NOUNS.get(noun.toLowerCase()) ?? null;
}

/** The gender a first name usually has, or null when it is not listed (or common for both). */
export function firstNameGender(name: string): Gender | null {
  if (FEMALE_FIRST_NAMES.has(name)) return "f";
  if (MALE_FIRST_NAMES.has(name)) return "m";
  return null;
}

/**
 * Guesses each person's gender, or leaves it out when nothing says: an honorific ("Ms. May"), a gendered
 * title ("spokeswoman Li Xiaomei"), the first name ("Nadia Petrenko"), else the majority of the first
 * he/his or she/her written after the person's mentions, before anyone else is named ("Wulan, a resident of
 * Kendari, was asleep when she heard the wind"). `masked` is the quote-masked body, so pronouns inside
 * what someone said do not vote.
 */
export function guessGenders(clusters: PersonCluster[], masked: string, sentences: SentenceSpan[]): Map<PersonCluster, Gender> {
  const out = new Map<PersonCluster, Gender>();
  const allMentions = clusters.flatMap((c) => c.mentions).sort((a, b) => a.start - b.start);
  const nextMention = (m: PersonMention): PersonMention | undefined => allMentions[firstStartingAt(allMentions, m.end)];
  for (const c of clusters) {
    const fromHonorific = c.honorifics.map((h) => GENDERED_HONORIFICS.get(h)).find((g) => g);
    if (fromHonorific) {
      out.set(c, fromHonorific);
      continue;
    }
    const fromTitle = c.roles.map((r) => nounGender(r.title.split(/\s+/).pop() ?? "")).find((g) => g);
    if (fromTitle) {
      out.set(c, fromTitle);
      continue;
    }
    const fromName = c.words.length >= 2 ? firstNameGender(c.words[0]) : null;
    if (fromName) {
      out.set(c, fromName);
      continue;
    }
    let f = 0;
    let m = 0;
    for (const mention of c.mentions) {
      const at = spanIndexAt(sentences, mention.start);
      const next = nextMention(mention);
      const limit = Math.min(mention.end + PRONOUN_VOTE_REACH, next ? next.start : masked.length,
        at >= 0 ? sentences[at + 1]?.end ?? masked.length : masked.length);
      const pro = /\b(he|him|his|she|her|hers)\b/i.exec(masked.slice(mention.end, limit));
      if (!pro) continue;
      if (pronounGender(pro[1]) === "f") f++;
      else m++;
    }
    if (f > m) out.set(c, "f");
    else if (m > f) out.set(c, "m");
  }
  return out;
}
