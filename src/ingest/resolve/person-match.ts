import { firstNameGender } from "../extract/gender";
import { GENDERED_HONORIFICS, type Gender } from "../extract/lexicon/gender";
import { HONORIFICS } from "../extract/lexicon/honorifics";
import { isSingleWord, nameKey } from "./name-key";

/** What is known of a person when deciding whether two records are the same one. */
export interface PersonSketch {
  name: string;
  honorifics: readonly string[];
}

/**
 * Splits honorifics written inside a name from it: "Sheikh Naim Qassem" → name "Naim Qassem", honorifics
 * ["Sheikh"]; "Dr. Lena Okafor" → "Lena Okafor", ["Dr."]. A name that is only an honorific is kept whole.
 */
export function splitHonorifics(name: string): { name: string; honorifics: string[] } {
  const words = name.trim().split(/\s+/);
  const honorifics: string[] = [];
  let i = 0;
  while (i < words.length - 1) {
    const two = `${words[i]} ${words[i + 1]}`.toLowerCase().replace(/\./g, "");
    const one = words[i].toLowerCase().replace(/\.$/, "");
    if (i < words.length - 2 && HONORIFICS.has(two)) {
      honorifics.push(HONORIFICS.get(two)!);
      i += 2;
    } else if (HONORIFICS.has(one)) {
      honorifics.push(HONORIFICS.get(one)!);
      i++;
    } else break;
  }
  return { name: words.slice(i).join(" "), honorifics };
}

/** The matching key of a name once honorifics are dropped: "Sheikh Naim Qassem" → "naim qassem". */
export function personKey(name: string): string {
  return nameKey(splitHonorifics(name).name);
}

/** The last word of a person's key, their surname: "naim qassem" → "qassem". */
export function surnameKey(name: string): string {
  return personKey(name).split(" ").at(-1) ?? "";
}

/** The gender a person's honorifics or listed first name state, or null when nothing does. */
export function sketchGender(p: PersonSketch): Gender | null {
  for (const h of p.honorifics) {
    const g = GENDERED_HONORIFICS.get(h);
    if (g) return g;
  }
  const { name } = splitHonorifics(p.name);
  const words = name.split(/\s+/);
  return words.length >= 2 ? firstNameGender(words[0]) : null;
}

/**
 * True when something says two records with the same surname are different people: different first names
 * ("Jane Smith" / "John Smith"; an initial agrees with a name it starts: "J. Smith" / "Jane Smith") or
 * different genders (a "Mr." against a "Ms.", a "Mr." against a listed female first name).
 */
export function contradicts(a: PersonSketch, b: PersonSketch): boolean {
  const ka = personKey(a.name);
  const kb = personKey(b.name);
  if (!isSingleWord(ka) && !isSingleWord(kb)) {
    const fa = ka.split(" ")[0];
    const fb = kb.split(" ")[0];
    const initial = (x: string, y: string) => x.length === 1 && y.startsWith(x);
    if (fa !== fb && !initial(fa, fb) && !initial(fb, fa)) return true;
  }
  const ga = sketchGender(a);
  const gb = sketchGender(b);
  return ga !== null && gb !== null && ga !== gb;
}
