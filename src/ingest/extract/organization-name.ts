import { ORGANIZATION_CLASS_NOUNS } from "./lexicon/class-nouns";

/** A speaker that is not a person, as the store keeps it. */
export type SourceSpeakerField = { speakerOrganization: string } | { speakerDescription: string };

const GLUED_TAIL = /(?:\s--\s|[a-z.'’](?=The\s))/g;
const CAPITALISED = /^[\p{Lu}\d]/u;

/**
 * Where a speaking organisation's phrase is stored. A name keeps only the organisation: a dateline or a
 * glued previous sentence before it is cut ("…ID'dThe aid group Gatsby"), a leading "the" goes, and a
 * class-noun appositive keeps the name after it ("media buying company GroupM" → "GroupM"). A phrase with
 * no capitalised word left ("the commission", "government") names no organisation: it is stored as the
 * description it is, as written.
 */
export function organizationSpeaker(phrase: string): SourceSpeakerField {
  const cut = phrase.split(GLUED_TAIL).at(-1)!.trim();
  const words = cut.replace(/^the\s+/i, "").split(/\s+/).filter(Boolean);
  let classNoun = -1;
  words.forEach((w, i) => {
    if (ORGANIZATION_CLASS_NOUNS.has(w)) classNoun = i;
  });
  const tail = words.slice(classNoun + 1);
  const named = classNoun >= 0 && tail.length > 0 && tail.every((w) => CAPITALISED.test(w) || /^[a-z]+-\p{Lu}/u.test(w)) ? tail : words;
  if (!named.some((w) => /\p{Lu}/u.test(w))) return { speakerDescription: phrase.trim() };
  return { speakerOrganization: named.join(" ") };
}
