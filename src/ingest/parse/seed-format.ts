import path from "node:path";
import type { SourceDocument } from "../types";
import { DocumentFormatError } from "./errors";
import { isIsoDate } from "./iso-date";

const HEADER = /^(\s*)date[ \t]+(\S+)[ \t]+/;
const SEPARATOR = " - ";

/** 1-based line number of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

/**
 * Parses one document in the seed format: optional leading white space, then
 * `date YYYY-MM-DD <Source> - <body>`. The source name ends at the first " - ".
 *
 * `externalId` is the file's base name without extension; `bodyOffset` is where the body starts in
 * `text`, so `text.slice(bodyOffset) === body`.
 *
 * @throws DocumentFormatError (naming `file:line`) when the header is missing, the date is not a real
 *   calendar date, there is no " - " after the source, or the body is empty.
 */
export function parseSeedDocument(text: string, file: string): SourceDocument {
  const header = HEADER.exec(text);
  if (!header) {
    const firstContent = text.search(/\S/);
    throw new DocumentFormatError(file, lineAt(text, Math.max(firstContent, 0)), 'expected a header "date YYYY-MM-DD <Source> - <text>"');
  }
  const headerStart = header[1].length;
  const line = lineAt(text, headerStart);
  const date = header[2];
  if (!isIsoDate(date)) throw new DocumentFormatError(file, line, `invalid date "${date}" (expected a real YYYY-MM-DD date)`);

  const sourceStart = header[0].length;
  const sep = text.indexOf(SEPARATOR, sourceStart);
  const newline = text.indexOf("\n", sourceStart);
  if (sep < 0 || (newline >= 0 && newline < sep)) {
    throw new DocumentFormatError(file, line, 'missing " - " between the source name and the text');
  }
  const source = text.slice(sourceStart, sep).trim();
  if (!source) throw new DocumentFormatError(file, line, "empty source name");

  const bodyOffset = sep + SEPARATOR.length;
  const body = text.slice(bodyOffset);
  if (!body.trim()) throw new DocumentFormatError(file, line, "empty document text");

  return {
    externalId: path.basename(file).replace(/\.[^.]*$/, ""),
    file,
    source,
    date,
    body,
    bodyOffset,
  };
}
