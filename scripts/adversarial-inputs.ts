import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Input shapes that have made extraction superlinear, or could: each builds a body of exactly `size`
 * characters, deterministically (the same size always gives the same text). All text is invented; "seed" repeats
 * the repository's own seed document.
 */
export type AdversarialShape =
  | "abbreviations"
  | "abbreviations-glued"
  | "capitals"
  | "capitals-mixed"
  | "lowercase"
  | "names"
  | "names-distinct"
  | "surnames"
  | "news"
  | "seed"
  | "run-on"
  | "quotes"
  | "speakers"
  | "punctuation"
  | "unicode";

/** A small deterministic pseudo-random generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Invented first names and surnames for generated text (none is meant to name a real person). */
export const FIRST_NAMES = ["Ana", "Ben", "Cora", "Dev", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Luca",
  "Mira", "Nils", "Oona", "Pavel", "Rosa", "Tomas", "Ula", "Wren"];
export const SURNAMES = ["Ruiz", "Ode", "Lund", "Raman", "Okafor", "Holt", "Berg", "Amar", "Varga", "Kerr", "Osei", "Lam",
  "Pratt", "Ries", "Marchetti", "Whitfield", "Oyelaran", "Kowalski", "Dunmore", "Haldane"];
const PLACES = ["Port Ellis", "Arden", "Larkspur", "Tarn Valley", "Kendrick"];
const ORGANIZATIONS = ["the Harbour Board", "Larkspur Foods", "the Arden Rail Council", "Telvan Mining", "the ministry"];
const VERBS = ["said", "says", "told reporters", "noted", "added", "argued", "insisted", "explained"];
const TITLES = ["Mayor", "Councillor", "Dr.", "Premier", "chief executive", "spokesperson"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const CLAUSES = [
  "the bridge will reopen in the spring", "the budget was never meant to cover the repairs",
  "the crews worked through the night", "nobody expected the storm to last this long",
  "the company had warned of delays", "ferries resumed service late on Sunday", "the vote was too close to call",
  "prices rose 0.6 per cent to 1,873.25", "the plan is late and over budget",
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function name(rnd: () => number): string {
  return `${pick(rnd, FIRST_NAMES)} ${pick(rnd, SURNAMES)}`;
}

/** One invented news sentence of a few kinds: reported speech, a direct quote, a titled name, an event, a date. */
function newsSentence(rnd: () => number): string {
  const who = name(rnd);
  switch (Math.floor(rnd() * 9)) {
    case 0: return `${who} ${pick(rnd, VERBS)} that ${pick(rnd, CLAUSES)}.`;
    case 1: return `“${capitalise(pick(rnd, CLAUSES))}, and we knew it,” ${who.split(" ")[1]} ${pick(rnd, VERBS)}.`;
    case 2: return `${pick(rnd, TITLES)} ${who} of ${pick(rnd, PLACES)} said on ${pick(rnd, WEEKDAYS)} "${pick(rnd, CLAUSES)}."`;
    case 3: return `According to ${pick(rnd, ORGANIZATIONS)}, ${pick(rnd, CLAUSES)}.`;
    case 4: return `The 12th ${pick(rnd, PLACES)} Harbour Summit (PEHS) was held in ${pick(rnd, PLACES)} on October 3, 2023.`;
    case 5: return `He said ${pick(rnd, CLAUSES)}, adding that ${pick(rnd, CLAUSES)}.`;
    case 6: return `${who}, a lawyer for ${pick(rnd, ORGANIZATIONS)}, ${pick(rnd, VERBS)} ${pick(rnd, CLAUSES)}.`;
    case 7: return `${capitalise(pick(rnd, ORGANIZATIONS))} said in a statement that ${pick(rnd, CLAUSES)}.`;
    default: return `“${capitalise(pick(rnd, CLAUSES))}.” She paused. “${capitalise(pick(rnd, CLAUSES))},” she said.`;
  }
}

function capitalise(s: string): string {
  return s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** Repeats pieces from `next` until `size` characters, cut to exactly `size`. */
function fill(size: number, next: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const p = next();
    parts.push(p);
    n += p.length;
  }
  return parts.join("").slice(0, size);
}

let seedBody: string | null = null;

/** The seed document's body (documents/ in the repository). */
function seed(): string {
  if (seedBody === null) {
    const dir = path.join(__dirname, "..", __dirname.includes(`${path.sep}dist${path.sep}`) ? ".." : "", "documents");
    const file = readFileSync(path.join(dir, "000_7cb6cc24b0490032.txt"), "utf8");
    seedBody = file.slice(file.indexOf(" - ") + 3);
  }
  return seedBody;
}

const UNICODE_PIECES = ["é", "Ž", "ß", "\u0301", "\u200b", "\u00a0", "—", "–", "’", "‘", "“", "”", "«", "»", "😀", "\ud83d", "中文",
  "Ωμέγα", "Łódź", "İ", "ﬁ", " ", ".", ",", "\n", "Ana", "said"];

const SYLLABLES = ["ba", "ke", "lu", "mo", "sa", "di", "ra", "no", "te", "vi", "zo", "pe"];

/** A distinct capitalised invented word for each `n`: "Bake", "Lumosa", …. */
function syllables(n: number): string {
  let word = "";
  let k = n + 12;
  while (k > 0) {
    word += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A capitalised invented word of two syllables, distinct for each `n` below 144 ("Bake", "Lumo"), longer above. */
function pair(n: number): string {
  const word = SYLLABLES[n % 12] + SYLLABLES[Math.floor(n / 12) % 12] + (n >= 144 ? syllables(Math.floor(n / 144)).toLowerCase() : "");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Builds the body of `shape` with exactly `size` characters. */
export function adversarialInput(shape: AdversarialShape, size: number): string {
  const rnd = seededRandom(size ^ shape.length * 7919);
  switch (shape) {
    case "abbreviations": return fill(size, () => "Ab. ");
    case "abbreviations-glued": return fill(size, () => "Ab.");
    case "capitals": return "A".repeat(size);
    case "capitals-mixed": return fill(size, () => String.fromCharCode(65 + Math.floor(rnd() * 26)));
    case "lowercase": return fill(size, () => String.fromCharCode(97 + Math.floor(rnd() * 26)));
    case "names": {
      // "Ana Ruiz, Ben Ode, …, Cora Lund and Dev Raman said …": one list of thousands of names.
      const body = fill(size - 40, () => `${name(rnd)}, `);
      return (body + "and Mira Holt said the vote was too close.").slice(0, size).padEnd(size, " ");
    }
    case "names-distinct": {
      // "Bake Lumo, Dira Mosa, …": thousands of different invented names (about 9,300 per 100 KB), no "and" at the end.
      let i = 0;
      return fill(size, () => {
        const n = i++;
        return `${pair(n % 144)} ${pair(Math.floor(n / 144))}, `;
      });
    }
    // One person named in full, then the surname alone thousands of times.
    case "surnames": return ("Ana Ruiz said it. " + "Ruiz. Ruiz said so. ".repeat(Math.ceil(size / 20))).slice(0, size);
    case "news": return fill(size, () => `${newsSentence(rnd)}${rnd() < 0.2 ? "\n\n" : rnd() < 0.3 ? "" : " "}`);
    case "seed": return fill(size, () => `${seed()}\n\n`);
    // Sentences joined by commas and "and": one sentence of the whole size.
    case "run-on": return fill(size, () => `${newsSentence(rnd).replace(/[.!?]+(?=\s|$|[”"])/g, ",")} and `);
    case "quotes": return fill(size, () => pick(rnd, ['"', "“", "”", ' "', '" ', "said \"", "He said: “", "," , "We ", "?\""]));
    case "speakers": return fill(size, () => `${name(rnd)} said. He said. `);
    case "punctuation": return fill(size, () => pick(rnd, [".", ",", ";", ":", "!", "?", "(", ")", "-", "'", "’", " ", "\n", "—"]));
    case "unicode": return fill(size, () => pick(rnd, UNICODE_PIECES));
  }
}

/** Every shape, in the order the benchmark prints them. */
export const ADVERSARIAL_SHAPES: readonly AdversarialShape[] = [
  "abbreviations", "abbreviations-glued", "capitals", "capitals-mixed", "lowercase", "names", "names-distinct", "surnames", "news", "seed", "run-on", "quotes",
  "speakers", "punctuation", "unicode",
];
