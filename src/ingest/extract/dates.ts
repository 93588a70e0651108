import * as chrono from "chrono-node";
import { isIsoDate } from "../parse/iso-date";
import { FIXED_HOLIDAYS, MONTHS, RELATIVE_DAYS, WEEKDAYS } from "./lexicon/calendar";

/** A date expression found in text and the calendar date it stands for. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
}

const DAY_MS = 86_400_000;

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  return toIso(new Date(toUtc(iso).getTime() + days * DAY_MS));
}

/**
 * The date a weekday name refers to in an article published on `articleDate`: the most recent such day on
 * or before the article date ("on Sunday" in a Monday 2023-10-02 article → 2023-10-01; the article's own
 * weekday → the article date). With `strictlyBefore` ("last Sunday") the article's own weekday goes back a week.
 */
export function resolveWeekday(weekday: string, articleDate: string, strictlyBefore = false): string {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  if (target < 0) throw new Error(`not a weekday: ${weekday}`);
  const today = toUtc(articleDate).getUTCDay();
  let back = (today - target + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(articleDate, -back);
}

const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");
const EXPLICIT = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, "gi");
const WEEKDAY = new RegExp(`\\b(last\\s+|this\\s+|on\\s+|next\\s+)?(${WEEKDAYS.join("|")})\\b`, "gi");
const RELATIVE = new RegExp(`\\b(${[...RELATIVE_DAYS.keys()].join("|")})\\b`, "gi");

/**
 * Finds date expressions in `text` and resolves them against the article date: weekdays ("on Sunday",
 * "last Sunday", "next Friday"), "yesterday"/"today"/"tomorrow", and explicit dates ("October 1",
 * "Oct. 1, 2023"; without a year, the article's year, or the year before when that would put the date more
 * than six months after the article), fixed holidays ("Boxing Day" → December 26 nearest the article date) and,
 * through chrono-node with the article date as reference, any other expression that fixes a day ("two days
 * ago", "the 5th of March"). Results are in text order.
 */
export function findDates(text: string, articleDate: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(EXPLICIT)) {
    const month = MONTHS.get(m[1].toLowerCase())!;
    // "May" alone is too often the verb; require a capital M.
    if (m[1].toLowerCase() === "may" && m[1][0] !== "M") continue;
    const day = Number(m[2]);
    let year = m[3] ? Number(m[3]) : Number(articleDate.slice(0, 4));
    let iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (!m[3] && isIsoDate(iso) && toUtc(iso).getTime() - toUtc(articleDate).getTime() > 183 * DAY_MS) {
      year -= 1;
      iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    }
    if (isIsoDate(iso)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: iso });
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const modifier = (m[1] ?? "").trim().toLowerCase();
    let date: string;
    if (modifier === "next") date = addDays(resolveWeekday(m[2], articleDate, false), 7);
    else date = resolveWeekday(m[2], articleDate, modifier === "last");
    // "Sunday, Oct. 1" is covered by the explicit date.
    if (found.some((f) => f.start >= m.index && f.start <= m.index + m[0].length + 3)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], date });
  }
  for (const m of text.matchAll(RELATIVE)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0],
      date: addDays(articleDate, RELATIVE_DAYS.get(m[1].toLowerCase())!) });
  }
  for (const m of text.matchAll(HOLIDAY)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0],
      date: resolveHoliday(m[0], articleDate, text.slice(Math.max(0, m.index - 30), m.index)) });
  }
  const overlaps = (s: number, e: number) => found.some((f) => f.start < e && s < f.end);
  // chrono-node is asked only when the text holds a form the patterns above miss ("two days ago", "the 5th of
  // March", "3/14/2019", "2019-03-14"); it is the slowest step of extraction.
  const chronoResults = CHRONO_FORMS.test(text) ? chrono.en.parse(text, { instant: toUtcNoon(articleDate), timezone: 0 }) : [];
  for (const r of chronoResults) {
    const s = r.index;
    const e = r.index + r.text.length;
    if (overlaps(s, e) || !r.start.isCertain("day") || VAGUE.test(r.text)) continue;
    // "may 5 times": a month name written in lower case is a word.
    if (r.text.split(/[^a-z]+/).some((w) => MONTHS.has(w))) continue;
    const iso = `${r.start.get("year")}-${String(r.start.get("month")).padStart(2, "0")}-${String(r.start.get("day")).padStart(2, "0")}`;
    if (isIsoDate(iso)) found.push({ start: s, end: e, text: r.text, date: iso });
  }
  return found.sort((a, b) => a.start - b.start);
}

const CHRONO_FORMS = /\bago\b|\d(?:st|nd|rd|th)?\s+of\s+\p{Lu}|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/iu;
const HOLIDAY = new RegExp(
  `\\b(?:${[...FIXED_HOLIDAYS.keys()].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.]/g, "\\.")).join("|")})\\b`,
  "gi",
);
/** Spans chrono reads as a day but that name a period, not a date ("last week", "this month"). */
const VAGUE = /^(?:last|this|next|past)\s+(?:week|weekend|month|year)$/i;

function toUtcNoon(iso: string): Date {
  return new Date(toUtc(iso).getTime() + DAY_MS / 2);
}

/**
 * The date of a fixed holiday ("Boxing Day" → December 26) for an article published on `articleDate`: the
 * occurrence nearest the article date, or `N` years earlier when `before` ends with "N years after/since".
 */
export function resolveHoliday(name: string, articleDate: string, before = ""): string {
  const [month, day] = FIXED_HOLIDAYS.get(name.toLowerCase().replace(/\s+/g, " "))!;
  const year = Number(articleDate.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  const distance = (iso: string) => Math.abs(toUtc(iso).getTime() - toUtc(articleDate).getTime());
  const nearest = candidates.sort((a, b) => distance(a) - distance(b))[0];
  const ago = /\b(\d{1,3})\s+years?\s+(?:after|since)\s+(?:the\s+)?$/i.exec(before);
  return ago ? `${Number(nearest.slice(0, 4)) - Number(ago[1])}${nearest.slice(4)}` : nearest;
}
