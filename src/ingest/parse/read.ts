import fs, { promises as fsp } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import type { SourceDocument } from "../types";
import { DocumentFormatError } from "./errors";
import { parseJsonLines, type ParseResult } from "./jsonl";
import { parseSeedDocument } from "./seed-format";

/** What one input file produced: its documents and the problems found in it. */
export interface FileResult extends ParseResult {
  file: string;
}

/** One item of a document stream: a document, or a problem naming its file (and line). */
export type StreamItem = { document: SourceDocument; error?: undefined } | { error: DocumentFormatError; document?: undefined };

export interface ReadOptions {
  /** Largest document accepted, in bytes: a `.txt` file, or one line of a `.jsonl` file (default 2 MB). */
  maxDocumentBytes?: number;
}

/** Default MAX_DOCUMENT_BYTES. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 2_000_000;

/** File extensions read. */
const EXTENSIONS = new Set([".txt", ".jsonl"]);

/** The encodings a document may be in, told apart by their byte-order mark (UTF-8 also without one). */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/**
 * The encoding of a file from its first bytes, and how many bytes of byte-order mark to skip. UTF-8 with or
 * without a BOM, UTF-16 LE/BE with a BOM. Throws (a reason, no location) for UTF-32 and for what looks like
 * UTF-16 without a BOM, which cannot be read reliably.
 */
export function detectEncoding(head: Buffer): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bom: 3 };
  if ((head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) || (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff)) {
    throw new Error("is UTF-32, which is not supported: save it as UTF-8");
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bom: 2 };
  const sample = head.subarray(0, 64);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  if (sample.length >= 4 && zeros >= sample.length / 4) {
    throw new Error("looks like UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM)");
  }
  return { encoding: "utf-8", bom: 0 };
}

/** A decoder that refuses bytes that are not valid in `encoding`. */
function decoderFor(encoding: Encoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
}

function notText(encoding: Encoding): string {
  return `is not valid ${encoding.toUpperCase()} text (detected from its first bytes): save it as UTF-8`;
}

async function expand(p: string): Promise<string[]> {
  const stat = await fsp.stat(p);
  if (!stat.isDirectory()) return [p];
  const names = (await fsp.readdir(p)).sort();
  return names.filter((n) => EXTENSIONS.has(path.extname(n).toLowerCase())).map((n) => path.join(p, n));
}

function describeFileError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return (e as Error).message;
}

/** A `.txt` document: the whole file, size-checked before it is read, decoded by its BOM. */
async function readSeedFile(file: string, maxBytes: number): Promise<StreamItem> {
  const size = (await fsp.stat(file)).size;
  if (size > maxBytes) {
    return { error: new DocumentFormatError(file, 0, `is ${size} bytes, larger than MAX_DOCUMENT_BYTES (${maxBytes})`) };
  }
  const bytes = await fsp.readFile(file);
  let encoding: Encoding;
  let bom: number;
  try {
    ({ encoding, bom } = detectEncoding(bytes));
  } catch (e) {
    return { error: new DocumentFormatError(file, 0, (e as Error).message) };
  }
  let text: string;
  try {
    text = decoderFor(encoding).decode(bytes.subarray(bom));
  } catch {
    return { error: new DocumentFormatError(file, 0, notText(encoding)) };
  }
  try {
    return { document: parseSeedDocument(text, file) };
  } catch (e) {
    return { error: e instanceof DocumentFormatError ? e : new DocumentFormatError(file, 0, (e as Error).message) };
  }
}

/**
 * The lines of a file as they arrive (never the whole file in memory), decoded by its BOM. A line longer
 * than `maxBytes` (measured as UTF-8) is skipped while it streams and reported as `{ tooLong }`.
 */
async function* streamLines(file: string, maxBytes: number): AsyncGenerator<{ line: number; text?: string; tooLong?: number }> {
  const stream = fs.createReadStream(file, { highWaterMark: 64 * 1024 });
  let decoder: TextDecoder | undefined;
  let encoding: Encoding = "utf-8";
  let pending = "";
  let pendingBytes = 0;
  let skipping = false;
  let line = 1;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let bytes = chunk;
      if (!decoder) {
        const detected = detectEncoding(chunk);
        encoding = detected.encoding;
        decoder = decoderFor(encoding);
        bytes = chunk.subarray(detected.bom);
      }
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        throw new Error(notText(encoding));
      }
      let start = 0;
      for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
        const piece = text.slice(start, nl);
        if (skipping) {
          yield { line, tooLong: pendingBytes + Buffer.byteLength(piece) };
        } else {
          const full = pending + piece;
          const size = Buffer.byteLength(full);
          if (size > maxBytes) yield { line, tooLong: size };
          else yield { line, text: full.replace(/\r$/, "") };
        }
        pending = "";
        pendingBytes = 0;
        skipping = false;
        line++;
        start = nl + 1;
      }
      const rest = text.slice(start);
      if (skipping) {
        pendingBytes += Buffer.byteLength(rest);
      } else {
        pending += rest;
        const size = Buffer.byteLength(pending);
        if (size > maxBytes) {
          skipping = true;
          pendingBytes = size;
          pending = "";
        }
      }
    }
    if (decoder) {
      let tail: string;
      try {
        tail = decoder.decode();
      } catch {
        throw new Error(notText(encoding));
      }
      if (skipping) yield { line, tooLong: pendingBytes + Buffer.byteLength(tail) };
      else if (pending + tail) yield { line, text: (pending + tail).replace(/\r$/, "") };
    }
  } finally {
    stream.destroy();
  }
}

/** The documents of a `.jsonl` file, one line at a time. */
async function* streamJsonLines(file: string, maxBytes: number): AsyncGenerator<StreamItem> {
  try {
    for await (const { line, text, tooLong } of streamLines(file, maxBytes)) {
      if (tooLong !== undefined) {
        yield { error: new DocumentFormatError(file, line, `document is ${tooLong} bytes, larger than MAX_DOCUMENT_BYTES (${maxBytes})`) };
        continue;
      }
      if (!text?.trim()) continue;
      const parsed = parseJsonLines(text, file);
      for (const doc of parsed.documents) yield { document: { ...doc, line } };
      for (const error of parsed.errors) yield { error: new DocumentFormatError(file, line, error.reason) };
    }
  } catch (e) {
    yield { error: new DocumentFormatError(file, 0, e instanceof Error ? e.message : String(e)) };
  }
}

/**
 * Streams documents from files and directories, in order, one at a time: a directory contributes its
 * `.txt` (seed format, one document per file) and `.jsonl` (JSON Lines, one per line) files, sorted by name,
 * not recursively; other extensions in a directory are ignored (a file named directly is read as `.txt`
 * unless it ends in `.jsonl`). Files are decoded as UTF-8 (with or without BOM) or UTF-16 LE/BE (by BOM);
 * anything else is refused by name. A document larger than `maxDocumentBytes` is refused naming its file
 * (and line). Never throws for bad input: every problem is an item whose error names the path (and line).
 */
export async function* streamDocuments(paths: string[], options: ReadOptions = {}): AsyncGenerator<StreamItem & { file: string }> {
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  for (const p of paths) {
    let files: string[];
    try {
      files = await expand(p);
    } catch (e) {
      yield { file: p, error: new DocumentFormatError(p, 0, describeFileError(e)) };
      continue;
    }
    for (const file of files) {
      try {
        if (path.extname(file).toLowerCase() === ".jsonl") {
          for await (const item of streamJsonLines(file, maxBytes)) yield { file, ...item };
        } else {
          yield { file, ...(await readSeedFile(file, maxBytes)) };
        }
      } catch (e) {
        yield { file, error: new DocumentFormatError(file, 0, describeFileError(e)) };
      }
    }
  }
}

/** The files `paths` stand for (directories expanded as streamDocuments does); unreadable paths count as one. */
export async function countInputFiles(paths: string[]): Promise<number> {
  let count = 0;
  for (const p of paths) {
    try {
      count += (await expand(p)).length;
    } catch {
      count++;
    }
  }
  return count;
}

/**
 * Reads documents from files and directories, in order, grouped by file (see streamDocuments for what is
 * read and how). Never throws for bad input: a missing path or a malformed file yields a result whose
 * `errors` name the path (and line). Holds one file's documents at a time; the seed streams instead.
 */
export async function* readDocuments(paths: string[], options: ReadOptions = {}): AsyncGenerator<FileResult> {
  let current: FileResult | undefined;
  for await (const item of streamDocuments(paths, options)) {
    if (current && current.file !== item.file) {
      yield current;
      current = undefined;
    }
    current ??= { file: item.file, documents: [], errors: [] };
    if (item.document) current.documents.push(item.document);
    else current.errors.push(item.error);
  }
  if (current) yield current;
}
