import type { PersonMention } from "./people";
import { COMPANY_NAME_ENDINGS, COMPANY_NOUNS, ORGANIZATION_NOUNS } from "./lexicon/source-nouns";

/** An organisation named in the text, with the common nouns that may later refer back to it. */
export interface OrganizationMention {
  start: number;
  end: number;
  /** The name as written, without a leading "the": "Larkspur Energy Corp.", "Coastal Health Agency". */
  name: string;
  /** Lower-case nouns that refer back to it: "agency" for "Coastal Health Agency", COMPANY_NOUNS for a company. */
  heads: ReadonlySet<string>;
}

/**
 * Capitalised names with the connectives a name may hold ("Office of the Fire Marshal", "Larkspur Energy Corp.",
 * "Harbour Workers Local 90"); a lower-case class noun may stand before it ("the union Harbour Workers Local 90").
 */
/** A capitalised word; a period inside a name only after an abbreviation or an initial ("Corp.", "U.S."). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'\u2019&-]*(?:(?<=\b(?:Corp|Inc|Ltd|Co|Bros|St|Mt|Ft)|(?<!\p{L})\p{Lu})\.(?:\p{Lu}\.)*)?`;
/** A sentence ending inside a run: "Larkspur Energy Corp. The agency …". */
const SENTENCE_INSIDE = /(?<=\.)\s+(?=(?:The|A|An|But|And|He|She|It|They|We|In|On|At|This|That|Its|His|Her|Their)\b)/;
const NAME_RUN = new RegExp(
  String.raw`(?:\b([a-z]+)\s+)?(?<![\p{L}\p{N}])(${NAME_WORD}(?:\s+(?:(?:of|and|for|on|the|&)\s+)*(?:${NAME_WORD}|\d+\b))*)`,
  "gu",
);
/** Capitalised function words opening a sentence before a name: "But the Harbour Board", "The Coastal Health Agency". */
const LEADING_FUNCTION_WORDS = /^(?:(?:But|And|So|Then|When|After|Before|While|If|As|In|On|At|For|From|With|By|Since|Under|The|A|An)\s+(?:the\s+)?)+/;
/** Abbreviations whose period belongs to the name: "Corp.", "Inc.", "U.S.". */
const KEPT_PERIOD = /(?:\b(?:Corp|Inc|Ltd|Co|Bros)|\b\p{Lu}\.\p{Lu})\.$/u;

/**
 * The organisations named in `text` (quote-masked), in order: a capitalised run that ends in an organisation noun
 * ("… Agency", "… Board", "Department of …" also when it opens with one) or a company ending ("… Corp.", "… Inc.",
 * "… Foods"), or that follows a lower-case organisation noun ("the union Harbour Workers Local 90", "security firm
 * Cisco Talos"). Runs overlapping a person's name are skipped. Linear in the text.
 */
export function findOrganizationMentions(text: string, persons: readonly PersonMention[]): OrganizationMention[] {
  const out: OrganizationMention[] = [];
  let p = 0;
  for (const m of text.matchAll(NAME_RUN)) {
    const classNoun = m[1]?.toLowerCase();
    const run = m[2].split(SENTENCE_INSIDE)[0];
    const lead = LEADING_FUNCTION_WORDS.exec(run)?.[0].length ?? 0;
    const name = KEPT_PERIOD.test(run) ? run.slice(lead) : run.slice(lead).replace(/\.$/, "");
    const start = m.index + m[0].length - m[2].length + lead;
    const end = start + name.length;
    while (p < persons.length && persons[p].end <= start) p++;
    if (p < persons.length && persons[p].start < end) continue;
    const words = name.split(/\s+/);
    if (words.length === 1 && !classNoun) continue;
    const last = words[words.length - 1].replace(/\.$/, "");
    const heads = new Set<string>();
    if (COMPANY_NAME_ENDINGS.has(last)) for (const n of COMPANY_NOUNS) heads.add(n);
    const lastNoun = last.toLowerCase();
    if (ORGANIZATION_NOUNS.has(lastNoun)) heads.add(lastNoun);
    // "Department of Justice", "Ministry of Health": an organisation noun opening the name before "of".
    const opener = words[0].toLowerCase();
    if (words.length > 2 && words[1] === "of" && ORGANIZATION_NOUNS.has(opener)) heads.add(opener);
    if (classNoun && (ORGANIZATION_NOUNS.has(classNoun) || COMPANY_NOUNS.has(classNoun))) {
      heads.add(classNoun);
      if (COMPANY_NOUNS.has(classNoun)) for (const n of COMPANY_NOUNS) heads.add(n);
    }
    // "Harbour Workers Local 90": a union local.
    if (/\bLocal\s+\d+$/.test(name)) heads.add("union");
    if (heads.size) out.push({ start, end, name, heads });
  }
  return out;
}
