/** Items a list returns when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest `first` or `last` any list accepts. */
export const MAX_PAGE_SIZE = 100;
