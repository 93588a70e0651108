import { ORGANIZATION_CLASS_NOUNS } from "./lexicon/class-nouns";

/** A speaker that is not a person, as the store keeps it. */
export type SourceSpeakerField = { speakerOrganization: string } | { speakerDescription: string };

const GLUED_TAIL = /(?:\s--\s|[a-z.'’](?=The\s))/g;
const CAPITALISED = /^[\p{Lu}\d]/u;

/**
 * Where a speaking organisation's phrase is stored. A name keeps only the organisation: a dateline or a
 * glued previous sentence before it is cut ("…was over.The charity Open Arms"), a leading "the" goes, and a
 * class-noun appositive keeps the name after it ("the shipping company Norvik Lines" → "Norvik Lines"). A phrase with
 * no capitalised word left ("the commission", "government") names no organisation: it is stored as the
 * description it is, as written.
 */
export function organizationSpeaker(phrase: string, body = ""): SourceSpeakerField {
  const cut = phrase.split(GLUED_TAIL).at(-1)!.trim();
  const words = cut.replace(/^the\s+/i, "").split(/\s+/).filter(Boolean);
  let classNoun = -1;
  words.forEach((w, i) => {
    if (ORGANIZATION_CLASS_NOUNS.has(w)) classNoun = i;
  });
  const tail = words.slice(classNoun + 1);
  const named = classNoun >= 0 && tail.length > 0 && tail.every((w) => CAPITALISED.test(w) || /^[a-z]+-\p{Lu}/u.test(w)) ? tail : words;
  if (!named.some((w) => /\p{Lu}/u.test(w))) return { speakerDescription: phrase.trim() };
  // "the Associated Press’ analysis": a possessive mark is not part of the name.
  const name = named.join(" ").replace(/['\u2019]s?$/, "");
  return { speakerOrganization: ACRONYM.test(name) ? (spelledOut(name, body) ?? name) : name };
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Capitalised words with the lower-case connectives a name may hold: "Office of the Fire Marshal". */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'\u2019&-]*(?:\s+(?:(?:of|and|for|on|the|in|to|&)\s+)*\p{Lu}[\p{L}'\u2019&-]*)+/gu;
const CONNECTIVE = /^(?:of|and|for|on|the|in|to|&)$/;

/**
 * The name an acronym stands for where the article spells it out: the first run of capitalised words whose
 * initials are the acronym ("the WRC" → "Western Rail Council", "the Western Rail Council"; "The" before the
 * name is not one of the initials), else null.
 */
export function spelledOut(acronym: string, body: string): string | null {
  for (const m of body.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      if (CONNECTIVE.test(words[i]) || words[i] === "The") continue;
      let initials = "";
      for (let j = i; j < words.length && initials.length < acronym.length; j++) {
        if (CONNECTIVE.test(words[j])) continue;
        initials += words[j][0];
        if (initials === acronym && j > i) return words.slice(i, j + 1).join(" ");
        if (!acronym.startsWith(initials)) break;
      }
    }
  }
  return null;
}
