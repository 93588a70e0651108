import type { ExtractedRole } from "../types";
import {
  DESCRIPTIVE_TITLES,
  CAPITALISED_ONLY_TITLES,
  LOWERCASE_ONLY_TITLES,
  ORGANIZATION_LEADING_WORDS,
  ORGANIZATION_REQUIRED_TITLES,
  PROFESSION_TITLES,
  RANK_MODIFIERS,
  ROLE_TITLES,
  TITLE_ABBREVIATIONS,
  TITLE_PREFIXES,
} from "./lexicon/role-titles";
import { LEADING_FUNCTION_WORDS } from "./lexicon/stop-words";
import { isPossessive, stripPossessive } from "./tokens";

const ROLE_SET = new Set(ROLE_TITLES);

/** A capitalised organisation word: "Acme", "Corp.", "U.S.", "AT&T", "Jean-Marc". */
const ORG_WORD = String.raw`\p{Lu}[\p{L}\p{N}&'\u2019.\-]*`;
/** One to four capitalised words ending right before a title: "Harbour Authority deputy leader". */
const ORG_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}'\u2019&.\-])((?:${ORG_WORD}\s){1,4})$`, "u");
/** A capitalised organisation name, with inner "of"/"and"/"the" ("Royal College of Arden"). */
const ORG_NAME = String.raw`${ORG_WORD}(?:\s+(?:(?:of|and|for|the|de|&)\s+)*${ORG_WORD})*`;

/** A lower-case word of a title phrase: not a preposition, conjunction or speech verb. */
const TITLE_WORD = String.raw`(?!(?:of|at|for|with|in|on|to|from|by|and|or|who|said|says|told)\b)[a-z][a-z\-]*`;

/** What may follow an organisation that ends an appositive: punctuation or the next clause ("…, said"). */
const ORG_END = String.raw`(?=[,;)]|\.(?:\s|$)|\s*[\u2014\u2013]|\s+(?:in|who|which|said|says|told|and|since|until)\b|$)`;

/**
 * "Jane Roe, the chief executive of Acme Corp., said", "Jane Roe, Acme's chief economist,", "Jane Roe, a
 * lawyer for the family,": groups are the possessive organisation, the lower-case title phrase and the
 * organisation after "of"/"at"/"for"/"with".
 */
const APPOSITIVE_AFTER = new RegExp(
  String.raw`^,\s+(?:\d{1,3},\s+)?(?:(?:the|a|an)\s+)?(?:(${ORG_WORD}(?:\s+${ORG_WORD}){0,3})['\u2019]s\s+)?` +
    String.raw`((?:${TITLE_WORD}\s+){0,3}${TITLE_WORD})` +
    String.raw`(?:(?=[,;)]|\.(?:\s|$)|\s*[\u2014\u2013]|\s+(?:who|said|says|told|in)\b)|\s+(?:of|at|for|with)\s+(?:(?:the\s+)?(${ORG_NAME})${ORG_END}|(?=\S)))`,
  "u",
);

/** The longest role title ending the lower-case phrase `words` ("a politics professor" → "professor"), or null. */
function titleSuffix(words: string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join(" ");
    // "associate chief judge" is not a chief judge: an unknown rank before the title makes it unsafe.
    if (ROLE_SET.has(tail)) return i > 0 && RANK_MODIFIERS.has(words[i - 1]) ? null : tail;
  }
  return null;
}

/** An organisation as written, with its trailing period kept only when it closes an abbreviation ("Acme Corp."). */
function cleanOrganization(org: string | undefined | null): string | null {
  if (!org) return null;
  let name = org.replace(/\s+/g, " ").trim();
  if (/\.$/.test(name) && !/(?:^|[\s.])(?:\p{Lu}|Corp|Inc|Ltd|Co|Bros)\.$/u.test(name)) name = name.slice(0, -1);
  // A lone initial is a fragment ("S" of a glued "U.S."), not an organisation.
  if (name.replace(/\./g, "").length < 2) return null;
  return name;
}

/**
 * A role as it should be stored, or null when it is not one: abbreviated title words are spelled out
 * ("Sen." → "Senator", keeping the case as written), descriptions ("veteran") and capitalised place-like
 * titles ("Centre Marsh") are dropped, and a title that needs an organisation ("Justice") is dropped
 * without one.
 */
export function normalizeRole(role: ExtractedRole | null): ExtractedRole | null {
  if (!role) return null;
  const title = role.title
    .split(/\s+/)
    .map((w) => {
      const full = TITLE_ABBREVIATIONS.get(w.replace(/\.$/, "").toLowerCase());
      if (!full) return w;
      return /^\p{Lu}/u.test(w) ? full.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()) : full;
    })
    .join(" ");
  const lower = title.toLowerCase();
  if (DESCRIPTIVE_TITLES.has(lower)) return null;
  if (LOWERCASE_ONLY_TITLES.has(lower) && /^\p{Lu}/u.test(title)) return null;
  if (CAPITALISED_ONLY_TITLES.has(lower) && !/^\p{Lu}/u.test(title)) return null;
  const organization = cleanOrganization(role.organization);
  if (ORGANIZATION_REQUIRED_TITLES.has(lower) && !organization) return null;
  return { title, organization };
}

/**
 * The organisation written right before a lower-case title that ends at `titleStart` ("Harbour Authority
 * deputy leader", "Telvan spokesperson"), or null. Trades take none ("Halifax lawyer"), and a single
 * capitalised word opening a sentence is not trusted ("Visiting director").
 */
function organizationBefore(text: string, titleStart: number, title: string): string | null {
  if (PROFESSION_TITLES.has(title) || DESCRIPTIVE_TITLES.has(title)) return null;
  const before = text.slice(Math.max(0, titleStart - 80), titleStart);
  const m = ORG_BEFORE_RE.exec(before);
  if (!m) return null;
  // A paragraph glued to the last one ("…closed early.Ferrix director …") starts a sentence mid-word.
  const glued = /^.*\.(?=\p{Lu}\p{Ll})/su.exec(m[1]);
  const run = glued ? m[1].slice(glued[0].length) : m[1];
  const words = run.trim().split(/\s+/);
  const functionWord = (w: string) => {
    const bare = stripPossessive(w).replace(/\.$/, "");
    return LEADING_FUNCTION_WORDS.has(bare) && !ORGANIZATION_LEADING_WORDS.has(bare);
  };
  while (words.length && functionWord(words[0])) words.shift();
  if (!words.length || words.some(functionWord)) return null;
  // "Orvel's U.K. managing director": the employer is the possessive, and which one is unclear.
  if (words.slice(0, -1).some(isPossessive)) return null;
  const at = m.index + m[0].length - m[1].length;
  const opensSentence = !!glued || (/(?:^|[.!?]["'\u2019\u201D]?\s*|\n\s*)$/u.test(before.slice(0, at)) &&
    words.length === run.trim().split(/\s+/).length);
  if (opensSentence && words.length < 2 && !/^\p{Lu}{2,}$/u.test(words[0])) return null;
  words[words.length - 1] = stripPossessive(words[words.length - 1]);
  return cleanOrganization(words.join(" "));
}

/**
 * Lower-case role title written right before `start` ("spokesperson Lucie Bergeron", "then-prime minister
 * Carl Osterberg"), with the organisation written before it when there is one ("Telvan spokesperson Ines Varga").
 */
export function lowercaseRoleBefore(text: string, start: number): ExtractedRole | null {
  const before = text.slice(Math.max(0, start - 60), start);
  // The pattern ends in a lower-case word and one space: test that cheaply first.
  if (before[before.length - 1] !== " " || !/[a-z-]/.test(before[before.length - 2] ?? "")) return null;
  const m = /(?<![\p{L}\p{N}'\u2019\-])((?:[a-z\-]+ ){1,5})$/u.exec(before);
  if (!m) return null;
  const words = m[1].trim().split(" ");
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && RANK_MODIFIERS.has(words[i - 1])) return null;
    const prefix = TITLE_PREFIXES.find((p) => words[i].startsWith(p)) ?? "";
    const tail = [words[i].slice(prefix.length), ...words.slice(i + 1)].join(" ");
    if (!ROLE_SET.has(tail)) continue;
    const titleStart = start - (before.length - m.index);
    const organization = i === 0 && !prefix ? organizationBefore(text, titleStart, tail) : null;
      return normalizeRole({ title: tail, organization });
  }
  return null;
}

/**
 * A role in an appositive right after a name ending at `end`: "Jane Roe, the chief executive of Acme Corp.,
 * said" → {chief executive, Acme Corp.}; "Jane Roe, Acme's chief economist," → {chief economist, Acme};
 * "Jane Roe, a lawyer for the family," → {lawyer, null}. Null when the phrase does not end in a known title.
 */
export function appositiveRoleAfter(text: string, end: number): ExtractedRole | null {
  const m = APPOSITIVE_AFTER.exec(text.slice(end, end + 160));
  if (!m) return null;
  const title = titleSuffix(m[2].split(/\s+/));
  if (!title || DESCRIPTIVE_TITLES.has(title)) return null;
  const organization = cleanOrganization(m[1] ? stripPossessive(m[1]) : m[3]);
  return normalizeRole({ title, organization });
}
