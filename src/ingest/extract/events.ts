import type { ExtractedEvent } from "../types";
import type { SentenceSpan } from "../parse/sentences";
import { findDates, resolveHoliday, type DateMention } from "./dates";
import { alternation } from "./lexicon/alternation";
import { FIXED_HOLIDAYS, MONTHS, WEEKDAYS } from "./lexicon/calendar";
import { CLAUSE_CONJUNCTIONS } from "./lexicon/clause-words";
import { EVENT_HEADS, VENUE_VERBS } from "./lexicon/events";
import { LEADING_FUNCTION_WORDS } from "./lexicon/stop-words";

const ORDINAL = "(\\d+)(?:st|nd|rd|th)";
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'\\-]*|of|the|on|for|and)";
const EVENT = new RegExp(
  `(?:[Tt]he\\s+)?(?:${ORDINAL}\\s+)?((?:\\p{Lu}[\\p{L}'\\-]*\\s+)(?:${NAME_WORD}\\s+){0,6}?(?:${EVENT_HEADS.join("|")}))\\b(?:\\s*\\(([A-Z][A-Za-z0-9]{1,9})\\))?`,
  "gu",
);

/**
 * Finds named events: capitalised names ending in an event noun ("Conference", "Summit", …), with an
 * optional edition ordinal before ("37th") and acronym after ("(IIUC)"). The event's date is the date
 * expression in the same clause (the first after the name, else the last before it), else in the same
 * sentence, resolved against the article date ("on Sunday"); a holiday's own name fixes it ("Boxing Day").
 * The location is the place the clause states: "… Summit in Lisbon", "…, held in Tehran", "at the Palais".
 */
export function findEvents(body: string, sentences: SentenceSpan[], articleDate: string): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  const datesBySentence = new Map<number, DateMention[]>();
  for (const m of body.matchAll(EVENT)) {
    const ordinal = m[1] ? Number(m[1]) : null;
    // "On Tuesday the Pine Valley Summit": function and calendar words before the name are not part of it.
    const lead = ordinal ? null : /^(?:(?:\p{L}+)\s+)*?(?:the|a|an)\s+(?=\p{Lu})/u.exec(m[2]);
    const leadOk = lead && lead[0].split(/\s+/).filter(Boolean).every((w) => LEADING_FUNCTION_WORDS.has(w) || /^(?:the|a|an)$/.test(w));
    const core = leadOk ? m[2].slice(lead[0].length) : m[2];
    const name = `${m[1] ? `${m[1]}${m[0].match(/\d+(st|nd|rd|th)/)![1]} ` : ""}${core.replace(/\s+/g, " ")}`;
    if (/^(The|A|An|This|That|Last|Next)\s/.test(core) && !ordinal) continue;
    if (core.split(/\s+/).length < 2) continue;
    const end = m.index + m[0].length;
    const begin = leadOk ? m.index + m[0].indexOf(core) : m.index;
    const sentence = sentences.find((s) => s.start <= begin && begin < s.end);
    let date: string | null = null;
    let location: string | null = null;
    // "Boxing Day": a holiday's own name fixes its date.
    const holiday = /(?:^|\s)((?:\S+\s+)?\S+)$/.exec(core)?.[1] ?? "";
    const ownName = [core, holiday, holiday.split(/\s+/).pop() ?? ""].find((h) => FIXED_HOLIDAYS.has(h.toLowerCase().replace(/\s+/g, " ")));
    if (ownName && core.endsWith(ownName))
      date = resolveHoliday(ownName, articleDate, body.slice(Math.max(0, end - ownName.length - 30), end - ownName.length));
    if (sentence) {
      let dates = datesBySentence.get(sentence.start);
      if (!dates) {
        dates = findDates(sentence.text, articleDate).map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }));
        datesBySentence.set(sentence.start, dates);
      }
      const clause = clauseAround(body, sentence, begin, end);
      date ??= nearestDate(dates, clause, begin, end) ?? nearestDate(dates, sentence, begin, end);
      location = locationAfter(body.slice(end, clause.end));
    }
    if (events.some((e) => e.name === name)) continue;
    events.push({ name, acronym: m[3] ?? null, ordinal, date, location });
  }
  return events;
}

/** Where a clause ends inside a sentence: a semicolon, colon, dash or bracket, or a comma before a conjunction. */
const CLAUSE_BREAK = new RegExp(String.raw`[;:\u2014\u2013()]|,\s+(?=(?:${alternation(CLAUSE_CONJUNCTIONS)})\b)`, "g");

/** The clause of `sentence` that holds the span [start, end). */
export function clauseAround(body: string, sentence: SentenceSpan, start: number, end: number): SentenceSpan {
  let from = sentence.start;
  let to = sentence.end;
  for (const b of body.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + b.index;
    // A break inside the event's own span (its acronym in brackets) does not count.
    if (at >= start && at < end) continue;
    if (at < start) from = at + b[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { start: from, end: to, text: body.slice(from, to) };
}

/** The date nearest the event inside `span`: the first one after the name, else the last one before it. */
function nearestDate(dates: readonly DateMention[], span: SentenceSpan, start: number, end: number): string | null {
  const after = dates.find((d) => d.start >= end && d.end <= span.end);
  const before = dates.filter((d) => d.start >= span.start && d.end <= start).pop();
  return after?.date ?? before?.date ?? null;
}

const PLACE = String.raw`(\p{Lu}[\p{L}'\u2019\-]+(?:,?\s+\p{Lu}[\p{L}'\u2019\-]+){0,3})`;
const LOCATION_AFTER = new RegExp(
  String.raw`^\s*(?:\([^)]{1,12}\)\s*)?(?:(?:on|last|this|next)\s+\p{Lu}\p{Ll}+\s+)?(?:,\s*)?(?:(?:which|that)\s+(?:was|is|will\s+be|were|are)\s+)?(?:(?:${VENUE_VERBS.map((v) => v.replace(/ /g, "\\s+")).join("|")})\s+)?(?:in|at)\s+(?:the\s+)?${PLACE}`,
  "u",
);
const VENUE_IN_CLAUSE = new RegExp(
  String.raw`\b(?:${VENUE_VERBS.map((v) => v.replace(/ /g, "\\s+")).join("|")})\s+(?:[\p{L}\d.,']+\s+){0,4}?(?:in|at)\s+(?:the\s+)?${PLACE}`,
  "u",
);

/**
 * The place stated right after an event's name ("… Summit in Lisbon", "… Forum, held in Tehran") or with a
 * venue verb later in its clause ("… took place at the Palais Royal"); null when none or when the words name
 * a time ("in December").
 */
export function locationAfter(rest: string): string | null {
  const m = LOCATION_AFTER.exec(rest) ?? VENUE_IN_CLAUSE.exec(rest);
  if (!m) return null;
  const place = m[1].replace(/\s+/g, " ").replace(/,$/, "");
  const first = place.split(/[ ,]+/)[0].toLowerCase();
  if (MONTHS.has(first) || WEEKDAYS.includes(first)) return null;
  return place;
}
