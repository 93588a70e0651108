/**
 * Person.honorifics is stored as a JSON array of strings (SQLite has no list columns). These two are the
 * only places that know it.
 */

/** The stored honorifics as a list; anything that is not a JSON array reads as none. */
export function readHonorifics(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

/** The column value for a list of honorifics. */
export function writeHonorifics(honorifics: readonly string[]): string {
  return JSON.stringify(honorifics);
}
