import { createHash } from "node:crypto";
import path from "node:path";
import type { SourceDocument } from "../types";
import { DocumentFormatError } from "./errors";
import { isIsoDate } from "./iso-date";

/** Documents and per-line problems from one input. */
export interface ParseResult {
  documents: SourceDocument[];
  errors: DocumentFormatError[];
}

function requiredString(obj: Record<string, unknown>, key: string): string {
  const value = obj[key];
  if (typeof value !== "string" || !value.trim()) throw new Error(`missing or empty "${key}"`);
  return value;
}

function optionalString(obj: Record<string, unknown>, key: string): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new Error(`"${key}" must be a string`);
  return value.trim() ? value : undefined;
}

/**
 * Parses JSON Lines: one `{"date","source","title"?,"url"?,"text"}` object per line, blank lines skipped.
 * A bad line (not JSON, not an object, missing or invalid field) becomes a DocumentFormatError naming
 * `file:line`; the other lines still parse.
 *
 * `externalId` is the URL when present, else `<file stem>-<first 16 hex of sha256(source|date|text)>`;
 * `bodyOffset` is 0 and `line` is the 1-based line number.
 */
export function parseJsonLines(text: string, file: string): ParseResult {
  const documents: SourceDocument[] = [];
  const errors: DocumentFormatError[] = [];
  const stem = path.basename(file).replace(/\.[^.]*$/, "");
  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      errors.push(new DocumentFormatError(file, line, `not valid JSON (${(e as Error).message})`));
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      errors.push(new DocumentFormatError(file, line, "expected a JSON object"));
      return;
    }
    const obj = value as Record<string, unknown>;
    try {
      const date = requiredString(obj, "date");
      if (!isIsoDate(date)) throw new Error(`invalid "date" "${date}" (expected a real YYYY-MM-DD date)`);
      const source = requiredString(obj, "source").trim();
      const body = requiredString(obj, "text");
      const title = optionalString(obj, "title");
      const url = optionalString(obj, "url");
      const hash = createHash("sha256").update(`${source}|${date}|${body}`).digest("hex").slice(0, 16);
      const doc: SourceDocument = {
        externalId: url ?? `${stem}-${hash}`,
        file,
        line,
        source,
        date,
        body,
        bodyOffset: 0,
      };
      if (title !== undefined) doc.title = title.trim();
      if (url !== undefined) doc.url = url;
      documents.push(doc);
    } catch (e) {
      errors.push(new DocumentFormatError(file, line, (e as Error).message));
    }
  });
  return { documents, errors };
}
