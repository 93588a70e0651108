import { promises as fs } from "node:fs";
import path from "node:path";
import { DocumentFormatError } from "./errors";
import { parseJsonLines, type ParseResult } from "./jsonl";
import { parseSeedDocument } from "./seed-format";

/** What one input file produced: its documents and the problems found in it. */
export interface FileResult extends ParseResult {
  file: string;
}

/** File extensions read, and the parser each uses. */
const READERS: Record<string, (text: string, file: string) => ParseResult> = {
  ".txt": (text, file) => ({ documents: [parseSeedDocument(text, file)], errors: [] }),
  ".jsonl": parseJsonLines,
};

async function expand(p: string): Promise<string[]> {
  const stat = await fs.stat(p);
  if (!stat.isDirectory()) return [p];
  const names = (await fs.readdir(p)).sort();
  return names.filter((n) => path.extname(n).toLowerCase() in READERS).map((n) => path.join(p, n));
}

/**
 * Reads documents from files and directories, in order. A directory contributes its `.txt` (seed format)
 * and `.jsonl` (JSON Lines) files, sorted by name, not recursively; other extensions are ignored.
 * Never throws for bad input: a missing path or a malformed file yields a result whose `errors` name the
 * path (and line).
 */
export async function* readDocuments(paths: string[]): AsyncGenerator<FileResult> {
  for (const p of paths) {
    let files: string[];
    try {
      files = await expand(p);
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : (e as Error).message;
      yield { file: p, documents: [], errors: [new DocumentFormatError(p, 0, reason)] };
      continue;
    }
    for (const file of files) {
      const reader = READERS[path.extname(file).toLowerCase()] ?? READERS[".txt"];
      try {
        const text = await fs.readFile(file, "utf8");
        yield { file, ...reader(text, file) };
      } catch (e) {
        const error = e instanceof DocumentFormatError ? e : new DocumentFormatError(file, 0, (e as Error).message);
        yield { file, documents: [], errors: [error] };
      }
    }
  }
}
