/**
 * The data that flows through ingestion: parse → extract → store.
 * Parsing turns a file into SourceDocuments; extraction turns one SourceDocument into an Extraction.
 */

/** One article read from a file, before extraction. */
export interface SourceDocument {
  /** Stable id: the file name without extension for the seed format, the URL (or a hash) for JSON Lines. */
  externalId: string;
  /** The file the document came from, as given. */
  file: string;
  /** 1-based line number for JSON Lines input; undefined for one-document-per-file input. */
  line?: number;
  /** Publisher, e.g. "Islam Times". */
  source: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  date: string;
  /** Title when the input states one; extraction derives one otherwise. */
  title?: string;
  url?: string;
  /** The article text, exactly as in the input (paragraphs may be glued: "unity.He said"). */
  body: string;
  /** Offset of `body` within the file's text (0 for JSON Lines), so file offsets = bodyOffset + body offsets. */
  bodyOffset: number;
}

export interface ExtractedRole {
  /** e.g. "Deputy Secretary General" */
  title: string;
  /** e.g. "Hezbollah"; null when the text names no organisation. */
  organization: string | null;
}

export interface ExtractedPerson {
  /** Canonical name without honorifics: "Naim Qassem", or just "Khomeini" when no first name is given. */
  name: string;
  /** Other surface forms seen in the text ("Qassem", "Sheikh Naim Qassem"), without the canonical name. */
  aliases: string[];
  /** e.g. ["Ayatollah", "Seyyed"], in order of appearance. */
  honorifics: string[];
  roles: ExtractedRole[];
}

export interface ExtractedEvent {
  /** Full name including the edition: "37th International Islamic Unity Conference". */
  name: string;
  acronym: string | null;
  /** Edition number ("37th" → 37), null when not stated. */
  ordinal: number | null;
  /** ISO `YYYY-MM-DD`, resolved against the article date ("on Sunday"); null when not stated. */
  date: string | null;
  location: string | null;
}

export type QuoteKind = "DIRECT" | "INDIRECT";

export interface ExtractedQuote {
  /** The quoted text; body.slice(start, end) === text. */
  text: string;
  /** Offsets into SourceDocument.body. */
  start: number;
  end: number;
  kind: QuoteKind;
  /** Speech verb as written ("said", "noted", "went on to say"), null when there is none. */
  cue: string | null;
  /** Canonical name of the speaker, equal to one ExtractedPerson.name; null when unresolved. */
  speaker: string | null;
  /** How the text names the speaker at the attribution ("He", "Qassem"), null when unattributed. */
  speakerSurface: string | null;
  /**
   * When the speaker is an organisation rather than a person ("Facebook", "the RCMP"): its name as the
   * text gives it. Null when `speaker` is set or the speaker is not an organisation.
   */
  speakerOrganization: string | null;
  /**
   * When the speaker is unnamed ("officials", "a source familiar with the talks"): the description as
   * written. Null when `speaker` or `speakerOrganization` is set.
   */
  speakerDescription: string | null;
}

export interface Extraction {
  /** The document's title, or one derived from the first sentence. */
  title: string;
  persons: ExtractedPerson[];
  events: ExtractedEvent[];
  quotes: ExtractedQuote[];
}
