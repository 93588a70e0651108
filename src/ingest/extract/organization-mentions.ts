import type { PersonMention } from "./people";
import { COMPANY_NAME_ENDINGS, COMPANY_NOUNS, ORGANIZATION_NOUNS } from "./lexicon/source-nouns";

/** An organisation named in the text, with the common nouns that may later refer back to it. */
export interface OrganizationMention {
  start: number;
  end: number;
  /** The name as written, without a leading "the": "Larkspur Energy Corp.", "Coastal Health Agency". */
  name: string;
  /** Lower-case nouns that refer back to it: "agency" for "Coastal Health Agency", "union" for "… Local 90". */
  nouns: readonly string[];
  /** True for a company ("… Corp.", "the firm Norvik Labs"): any of COMPANY_NOUNS refers back to it. */
  company: boolean;
}

/**
 * Capitalised names with the connectives a name may hold ("Office of the Fire Marshal", "Larkspur Energy Corp.",
 * "Harbour Workers Local 90"). Periods are sorted out after the match (see namePart).
 */
const NAME_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'\u2019&.-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)*(?:\p{Lu}[\p{L}'\u2019&.-]*|\d+\b))*/gu;
/** A lower-case class noun right before a name: "the union Harbour Workers Local 90", "security firm Cisco Talos". */
const CLASS_NOUN_BEFORE = /\b([a-z]+)\s+$/;
/** Abbreviations whose period belongs to the name: "Corp.", "Inc.", "U.S.". */
const KEPT_PERIOD_WORD = /^(?:Corp|Inc|Ltd|Co|Bros|St|Mt|Ft)\.$|^(?:\p{Lu}\.)+$/u;

/** Capitalised words that open a sentence after an abbreviation's period: "… Corp. The agency …". */
const SENTENCE_OPENER = /^(?:The|A|An|But|And|He|She|It|They|We|In|On|At|This|That|Its|His|Her|Their)$/;

/**
 * The names in a capitalised run, as [offset, text] within it: the run is cut where a sentence ends ("in June.
 * The Coastal Health Agency" → "June", "The Coastal Health Agency"; "the Harbour Board.The" → "… Board", "The"),
 * keeping the periods of abbreviations and initials ("Larkspur Energy Corp.", "U.S. Department of Labor").
 */
function nameParts(run: string): [number, string][] {
  const parts: [number, string][] = [];
  let start = 0;
  let end = 0;
  const close = (at: number, next: number) => {
    if (at > start) parts.push([start, run.slice(start, at)]);
    start = next;
    end = next;
  };
  for (const m of run.matchAll(/\S+/g)) {
    const word = m[0];
    const dot = word.indexOf(".");
    if (m.index > end && start === end) start = m.index;
    if (dot < 0) {
      end = m.index + word.length;
    } else if (KEPT_PERIOD_WORD.test(word)) {
      end = m.index + word.length;
      const next = run.slice(end).trim().split(/\s+/)[0] ?? "";
      if (SENTENCE_OPENER.test(next)) close(end, end);
    } else {
      // "Board." ends a sentence; "Board.The" is a glued join whose right part starts the next name.
      close(m.index + dot, m.index + dot + 1);
      const rest = word.slice(dot + 1);
      if (/^\p{Lu}/u.test(rest)) {
        start = m.index + dot + 1;
        end = m.index + word.length;
      }
    }
  }
  if (end > start) parts.push([start, run.slice(start, end)]);
  return parts;
}

/** Capitalised function words opening a sentence before a name: "But the Harbour Board", "The Coastal Health Agency". */
const LEADING_FUNCTION_WORDS = /^(?:(?:But|And|So|Then|When|After|Before|While|If|As|In|On|At|For|From|With|By|Since|Under|The|A|An)\s+(?:the\s+)?)+/;

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
    // Most runs are one word or a person's name: only a run that may name an organisation is looked at closely.
    if (!/\s/.test(m[0]) && !/[a-z]\s+$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    for (const [offset, run] of nameParts(m[0])) {
      const at = m.index + offset;
      const lead = LEADING_FUNCTION_WORDS.exec(run)?.[0].length ?? 0;
      const name = run.slice(lead).replace(/\s+$/, "");
      if (!name) continue;
      const start = at + lead;
      const end = start + name.length;
      while (p < persons.length && persons[p].end <= start) p++;
      if (p < persons.length && persons[p].start < end) continue;
      const words = name.split(/\s+/);
      const classNoun = CLASS_NOUN_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
      const byClass = classNoun && (ORGANIZATION_NOUNS.has(classNoun) || COMPANY_NOUNS.has(classNoun)) ? classNoun : null;
      if (words.length === 1 && !byClass) continue;
      const last = words[words.length - 1].replace(/\.$/, "");
      const nouns: string[] = [];
      const lastNoun = last.toLowerCase();
      if (ORGANIZATION_NOUNS.has(lastNoun)) nouns.push(lastNoun);
      // "Department of Justice", "Ministry of Health": an organisation noun opening the name before "of".
      const opener = words[0].toLowerCase();
      if (words.length > 2 && words[1] === "of" && ORGANIZATION_NOUNS.has(opener)) nouns.push(opener);
      if (byClass) nouns.push(byClass);
      // "Harbour Workers Local 90": a union local.
      if (/\bLocal\s+\d+$/.test(name)) nouns.push("union");
      const company = COMPANY_NAME_ENDINGS.has(last) || (byClass !== null && COMPANY_NOUNS.has(byClass));
      if (nouns.length || company) out.push({ start, end, name, nouns, company });
    }
  }
  return out;
}

/** True when the common noun ("the agency", "the company") can refer back to the organisation. */
export function refersTo(o: OrganizationMention, noun: string): boolean {
  return o.nouns.includes(noun) || (o.company && COMPANY_NOUNS.has(noun));
}
