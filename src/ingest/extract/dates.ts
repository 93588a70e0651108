import { isIsoDate } from "../parse/iso-date";
import { MONTHS, RELATIVE_DAYS, WEEKDAYS } from "./lexicon/calendar";

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
 * than six months after the article). Results are in text order.
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
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: addDays(articleDate, RELATIVE_DAYS.get(m[1].toLowerCase())!) });
  }
  return found.sort((a, b) => a.start - b.start);
}
