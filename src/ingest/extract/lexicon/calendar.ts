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
/**
 * Fixed-date holidays by name (lower-case, as written) → [month, day]. "Boxing Day" is December 26, never the
 * article date; the year is the occurrence nearest the article date unless the text says otherwise.
 */
export const FIXED_HOLIDAYS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["new year's day", [1, 1]], ["new year’s day", [1, 1]], ["new year's eve", [12, 31]], ["new year’s eve", [12, 31]],
  ["valentine's day", [2, 14]], ["valentine’s day", [2, 14]], ["st. patrick's day", [3, 17]], ["st. patrick’s day", [3, 17]],
  ["canada day", [7, 1]], ["independence day", [7, 4]], ["bastille day", [7, 14]], ["halloween", [10, 31]],
  ["remembrance day", [11, 11]], ["veterans day", [11, 11]], ["armistice day", [11, 11]],
  ["christmas eve", [12, 24]], ["christmas day", [12, 25]], ["christmas", [12, 25]], ["boxing day", [12, 26]],
] as Array<[string, readonly [number, number]]>);

/** Weekday names as written, Monday first: "said Monday", "on Friday". */
export const WEEKDAY_NAMES: readonly string[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Month names as written, in full: "in March", "during December 2019". */
export const MONTH_NAMES: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

/** Lower-case words for a stretch of time after "last"/"this"/"late" ("last week", "this morning"). */
export const TIME_PERIODS: readonly string[] = ["week", "month", "year", "morning", "afternoon", "evening", "night"];
