/** Weekday names, Sunday first (JavaScript's getUTCDay order), lower-case. */
export const WEEKDAYS: readonly string[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Month names and their abbreviations, lower-case without a period → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4],
  ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8], ["september", 9],
  ["sept", 9], ["sep", 9], ["october", 10], ["oct", 10], ["november", 11], ["nov", 11], ["december", 12], ["dec", 12],
]);

/** Words naming a day relative to the article date → offset in days. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([["today", 0], ["tonight", 0], ["yesterday", -1], ["tomorrow", 1]]);
