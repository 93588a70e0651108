import fc from "fast-check";

/**
 * fast-check arbitraries for invented article bodies: random text, and "structured-random" text built from the
 * pieces extraction rules look for (names, titles, pronouns, sources, speech verbs, quotation marks, dates,
 * events, credits), glued or spaced in random ways. No text of any real article.
 */

const FIRST = ["Ana", "Ben", "Cora", "Dev", "Elin", "Farid", "Émile", "Greta", "Jean-Pierre", "Mira", "Nils", "Tomas", "Zoë"];
const LAST = ["Ruiz", "Ode", "Lund", "Raman", "Okafor", "Holt", "O'Brien", "McKellan", "van der Berg", "Žukauskas", "Whitfield"];
const HONORIFIC = ["", "", "", "Dr. ", "Mr. ", "Ms. ", "Sheikh ", "Rev. "];
const TITLE = ["", "", "Mayor ", "Councillor ", "Premier ", "spokesperson ", "Harbour Board chair ", "Deputy Secretary General "];
const PRONOUN = ["he", "she", "they", "He", "She", "They", "it", "It", "I", "we"];
const SOURCE = ["the company", "the union", "officials", "a spokesperson", "the official", "Larkspur Foods", "police", "the report",
  "a source familiar with the talks", "the ministry", "The Harbour Board", "his lawyer", "the WRC", "prosecutors"];
const VERB = ["said", "says", "told reporters", "added", "noted", "argued", "insisted", "explained", "warned", "stated", "went on to say",
  "asked", "wrote", "posted", "blurted out", "vowed"];
const CLAUSE = ["the bridge will reopen in May", "the plan was late", "nobody expected the storm", "prices rose 0.4 per cent",
  "it's too early to say", "the vote was close", "we should try harder", "the talks had stalled", "crews worked through the night"];
const TIME = ["", "", "on Sunday", "last Friday", "yesterday", "on Oct. 1, 2023", "in June", "two days ago", "at a rally in Springfield"];
const EVENT = ["the 37th Harbour Unity Conference (HUC)", "the Green Energy Forum, held in Oslo,", "Boxing Day", "the Winter Games"];
const GLUE = [" ", " ", " ", " ", "", "\n", "\n\n", "  ", "\u00a0"];
const NOISE = ["READ MORE: Ana Ruiz wins again", "Marta Kowalczyk, The Canadian Press", "(Jon Lee/Harbour Press)", "U.S.", "Ab.",
  "CityWire", "4:17", "—", "(", ")", "’s", "'s", "“", "”", "\"", "é", "😀", "\u200b", "…", "??", "!!", "Ph.D."];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

/** A person's name as written: honorific or title, first name and surname, or the surname alone. */
const personName = fc
  .tuple(pick(HONORIFIC), pick(TITLE), pick(FIRST), pick(LAST), fc.integer({ min: 0, max: 3 }))
  .map(([h, t, f, l, form]) => (form === 0 ? l : form === 1 ? `${t}${h}${f} ${l}` : `${h}${f} ${l}`));

const speaker = fc.oneof(personName, personName, pick(PRONOUN), pick(SOURCE));
const clause = pick(CLAUSE);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One sentence of the kinds extraction reads: reported speech, direct quotes before or after a tag, lists, events. */
const sentence = fc.oneof(
  fc.tuple(speaker, pick(VERB), pick(TIME), fc.boolean(), clause).map(([s, v, t, that, c]) => `${capital(s)} ${v} ${t} ${that ? "that " : ""}${c}.`),
  fc.tuple(clause, pick(["“", "\"", "”"]), pick(["”", "\"", "“", ""]), pick([",", ".", "?", ""]), speaker, pick(VERB))
    .map(([c, open, close, p, s, v]) => `${open}${capital(c)}${p}${close} ${s} ${v}.`),
  fc.tuple(speaker, pick(VERB), clause, pick(["“", "\""]), pick(["”", "\"", ""]))
    .map(([s, v, c, open, close]) => `${capital(s)} ${v}: ${open}${capital(c)}.${close}`),
  fc.tuple(clause, speaker, pick(VERB), clause).map(([a, s, v, b]) => `${capital(a)}, ${s} ${v}, adding that ${b}.`),
  fc.tuple(speaker, clause).map(([s, c]) => `According to ${s}, ${c}.`),
  fc.tuple(fc.array(personName, { minLength: 2, maxLength: 6 }), pick(VERB))
    .map(([names, v]) => `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]} all ${v} it.`),
  fc.tuple(personName, pick(["a lawyer for the family", "the chief executive of Acme Corp.", "Acme's chief economist"]), pick(VERB), clause)
    .map(([n, a, v, c]) => `${n}, ${a}, ${v} ${c}.`),
  fc.tuple(pick(EVENT), pick(TIME)).map(([e, t]) => `${capital(e)} opened ${t}.`),
  fc.tuple(pick(FIRST), pick(["Crusher", "Ace"]), pick(LAST)).map(([f, n, l]) => `${f} “${n}” ${l} waved.`),
  fc.tuple(pick(["His father", "Her sister"]), pick(FIRST), clause).map(([k, f, c]) => `${k}, ${f}, said ${c}.`),
  pick(NOISE),
);

/** A structured-random article body: invented sentences glued by spaces, nothing, new lines or odd white space. */
export const structuredBody: fc.Arbitrary<string> = fc
  .array(fc.tuple(sentence, pick(GLUE)), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.map(([s, g]) => s + g).join(""));

/** Random text: any unicode, or characters drawn from what the rules treat specially. */
export const randomBody: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(..."AaBbZz .,;:!?'\"“”‘’()[]—-\n\u00a0\u25A0é0123456789"), maxLength: 300 }),
  fc.array(fc.oneof(pick(NOISE), pick(FIRST), pick(LAST), pick(VERB), pick(PRONOUN), pick(GLUE)), { maxLength: 80 }).map((a) => a.join("")),
);
