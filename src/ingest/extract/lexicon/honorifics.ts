/**
 * Honorifics written before a person's name ("Sheikh Naim Qassem", "Dr. Lena Okafor"). They are kept
 * apart from the canonical name. Keys are lower-case without a trailing period; values are the written form
 * reported in ExtractedPerson.honorifics.
 */
export const HONORIFICS: ReadonlyMap<string, string> = new Map([
  ["mr", "Mr."], ["mrs", "Mrs."], ["ms", "Ms."], ["miss", "Miss"], ["mx", "Mx."], ["dr", "Dr."],
  ["prof", "Prof."], ["sir", "Sir"], ["dame", "Dame"], ["lord", "Lord"], ["lady", "Lady"],
  ["sheikh", "Sheikh"], ["shaykh", "Shaykh"], ["sheik", "Sheik"], ["imam", "Imam"], ["ayatollah", "Ayatollah"],
  ["grand ayatollah", "Grand Ayatollah"], ["seyyed", "Seyyed"], ["sayyed", "Sayyed"], ["sayyid", "Sayyid"],
  ["seyed", "Seyed"], ["syed", "Syed"], ["hojatoleslam", "Hojatoleslam"], ["mullah", "Mullah"],
  ["rev", "Rev."], ["reverend", "Reverend"], ["father", "Father"], ["rabbi", "Rabbi"], ["pastor", "Pastor"],
  ["bishop", "Bishop"], ["archbishop", "Archbishop"], ["cardinal", "Cardinal"], ["pope", "Pope"],
  ["hon", "Hon."], ["honourable", "Honourable"], ["honorable", "Honorable"],
]);

/**
 * Honorifics that need a following period when abbreviated ("Dr." but also "Dr Smith" in British style);
 * used to recognise "Mr." as one token.
 */
export const ABBREVIATED_HONORIFICS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "rev", "hon"]);

/** Phrases written after a name that belong to no name ("Imam Khomeini (RA)"). */
export const POST_NOMINALS: ReadonlySet<string> = new Set(["RA", "PBUH", "AS", "SAW", "Jr", "Sr", "II", "III"]);
