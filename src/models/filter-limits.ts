/** The most values a list-valued filter field ("any of these") takes. */
export const MAX_FILTER_VALUES = 100;
/** The longest text a name or source filter value may be, in characters. */
export const MAX_FILTER_TEXT = 200;
