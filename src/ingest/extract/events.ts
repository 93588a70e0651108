import type { ExtractedEvent } from "../types";
import type { SentenceSpan } from "../parse/sentences";
import { findDates, resolveHoliday, type DateMention } from "./dates";
import { alternation } from "./lexicon/alternation";
import { FIXED_HOLIDAYS, MONTHS, WEEKDAYS } from "./lexicon/calendar";
import { CLAUSE_CONJUNCTIONS } from "./lexicon/clause-words";
import { EVENT_HEADS, VENUE_VERBS } from "./lexicon/events";
import { LEADING_FUNCTION_WORDS } from "./lexicon/stop-words";
import { lowerBound, spanAt } from "./positions";

const ORDINAL = "(\\d+)(?:st|nd|rd|th)";
/**
 * A capitalised word of an event name, at most 64 characters: bounding it keeps the search linear on a run of
 * letters without spaces (each start inside the run would otherwise read to its end and back).
 */
const CAPITALISED_WORD = "\\p{Lu}[\\p{L}'\\-]{0,63}";
const NAME_WORD = `(?:${CAPITALISED_WORD}|of|the|on|for|and)`;
const EVENT = new RegExp(
  `(?:[Tt]he\\s+)?(?:${ORDINAL}\\s+)?((?:${CAPITALISED_WORD}\\s+)(?:${NAME_WORD}\\s+){0,6}?(?:${EVENT_HEADS.join("|")}))\\b(?:\\s*\\(([A-Z][A-Za-z0-9]{1,9})\\))?`,
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
  const names = new Set<string>();
  const datesBySentence = new Map<number, DateMention[]>();
  const breaksBySentence = new Map<number, ClauseBreak[]>();
  const venues = new VenueSearch(body);
  for (const m of body.matchAll(EVENT)) {
    const ordinal = m[1] ? Number(m[1]) : null;
    // "On Tuesday the Pine Valley Summit": function and calendar words before the name are not part of it.
    const lead = ordinal ? null : /^(?:(?:\p{L}+)\s+)*?(?:the|a|an)\s+(?=\p{Lu})/u.exec(m[2]);
    const leadOk = lead && lead[0].split(/\s+/).filter(Boolean).every((w) => LEADING_FUNCTION_WORDS.has(w) || /^(?:the|a|an)$/.test(w));
    const core = leadOk ? m[2].slice(lead[0].length) : m[2];
    const name = `${m[1] ? `${m[1]}${m[0].match(/\d+(st|nd|rd|th)/)![1]} ` : ""}${core.replace(/\s+/g, " ")}`;
    if (/^(The|A|An|This|That|Last|Next)\s/.test(core) && !ordinal) continue;
    if (core.split(/\s+/).length < 2) continue;
    // An event named again keeps what its first mention said.
    if (names.has(name)) continue;
    const end = m.index + m[0].length;
    const begin = leadOk ? m.index + m[0].indexOf(core) : m.index;
    const sentence = spanAt(sentences, begin);
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
      let breaks = breaksBySentence.get(sentence.start);
      if (!breaks) {
        breaks = clauseBreaks(body, sentence);
        breaksBySentence.set(sentence.start, breaks);
      }
      const clause = clauseAround(body, sentence, begin, end, breaks);
      date ??= nearestDate(dates, clause, begin, end) ?? nearestDate(dates, sentence, begin, end);
      location = placeOf(LOCATION_AFTER.exec(body.slice(end, clause.end)) ?? venues.after(end, clause.end));
    }
    names.add(name);
    events.push({ name, acronym: m[3] ?? null, ordinal, date, location });
  }
  return events;
}

/** Where a clause ends inside a sentence: a semicolon, colon, dash or bracket, or a comma before a conjunction. */
const CLAUSE_BREAK = new RegExp(String.raw`[;:\u2014\u2013()]|,\s+(?=(?:${alternation(CLAUSE_CONJUNCTIONS)})\b)`, "g");

/** A clause break inside a sentence: where it is in the body and how long it is. */
interface ClauseBreak {
  at: number;
  length: number;
}

/** The clause breaks of `sentence`, in text order. */
function clauseBreaks(body: string, sentence: SentenceSpan): ClauseBreak[] {
  return [...body.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)].map((b) => ({ at: sentence.start + b.index, length: b[0].length }));
}

/**
 * The clause of `sentence` that holds the span [start, end): from the last break before the span to the first
 * break after it (a break inside the span, such as the brackets of the event's own acronym, does not count).
 * `breaks` are the sentence's clause breaks when already known.
 */
export function clauseAround(
  body: string, sentence: SentenceSpan, start: number, end: number, breaks: readonly ClauseBreak[] = clauseBreaks(body, sentence),
): SentenceSpan {
  const before = lowerBound(breaks, start, (b) => b.at) - 1;
  const after = lowerBound(breaks, end, (b) => b.at);
  const from = before >= 0 ? breaks[before].at + breaks[before].length : sentence.start;
  const to = after < breaks.length ? breaks[after].at : sentence.end;
  return { start: from, end: to, text: body.slice(from, to) };
}

/**
 * The date nearest the event inside `span`: the first one after the name, else the last one before it. `dates`
 * are in text order (by start).
 */
function nearestDate(dates: readonly DateMention[], span: SentenceSpan, start: number, end: number): string | null {
  for (let i = lowerBound(dates, end, (d) => d.start); i < dates.length && dates[i].start < span.end; i++)
    if (dates[i].end <= span.end) return dates[i].date;
  for (let i = lowerBound(dates, start, (d) => d.start) - 1; i >= 0 && dates[i].start >= span.start; i--)
    if (dates[i].end <= start) return dates[i].date;
  return null;
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
  return placeOf(LOCATION_AFTER.exec(rest) ?? VENUE_IN_CLAUSE.exec(rest));
}

/** The place a LOCATION_AFTER or VENUE_IN_CLAUSE match names, or null when none or when it names a time. */
function placeOf(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const place = m[1].replace(/\s+/g, " ").replace(/,$/, "");
  const first = place.split(/[ ,]+/)[0].toLowerCase();
  if (MONTHS.has(first) || WEEKDAYS.includes(first)) return null;
  return place;
}

/** VENUE_IN_CLAUSE without its leading word boundary, anchored: a match starting at a venue verb. */
const VENUE_AT = new RegExp(`^${VENUE_IN_CLAUSE.source.slice(2)}`, "u");
/** Every position where a venue verb starts (a superset of where VENUE_IN_CLAUSE can match). */
const VENUE_START = new RegExp(`(?=${VENUE_VERBS.map((v) => v.replace(/ /g, "\\s+")).join("|")})`, "g");

/**
 * `VENUE_IN_CLAUSE.exec(body.slice(from, to))` for events in text order, without reading a clause again for every
 * event in it: the venue verbs of the body are found once, and the result at each is kept per clause end.
 */
class VenueSearch {
  private starts: number[] | null = null;
  /** Per clause end: the first venue verb not yet passed and, once tried, the first one from there that matches. */
  private readonly cursors = new Map<number, { next: number; hit: number; match: RegExpExecArray | null }>();

  constructor(private readonly body: string) {}

  /** The leftmost VENUE_IN_CLAUSE match in body[from, to); `from` never decreases for the same `to`. */
  after(from: number, to: number): RegExpExecArray | null {
    this.starts ??= [...this.body.matchAll(VENUE_START)].map((m) => m.index);
    const starts = this.starts;
    let cursor = this.cursors.get(to);
    if (!cursor) {
      cursor = { next: lowerBound(starts, from, (x) => x), hit: -1, match: null };
      this.cursors.set(to, cursor);
    }
    while (cursor.next < starts.length && starts[cursor.next] < from) cursor.next++;
    if (cursor.hit >= cursor.next) return cursor.match;
    for (let i = cursor.next; i < starts.length && starts[i] < to; i++) {
      const p = starts[i];
      // The word boundary before the verb (VENUE_IN_CLAUSE's \b): the verbs start with a letter.
      if (p > from && /\w/.test(this.body[p - 1])) continue;
      const m = VENUE_AT.exec(this.body.slice(p, to));
      if (m) {
        cursor.hit = i;
        cursor.match = m;
        return m;
      }
    }
    cursor.hit = starts.length;
    cursor.match = null;
    return null;
  }
}
