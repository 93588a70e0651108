import path from "node:path";
import { extract } from "../extract";
import { readDocuments } from "../parse/read";
import type { ExtractedQuote, SourceDocument } from "../types";

/** One output line of the extract command. Quote offsets index the file's text. */
export interface ExtractLine {
  file: string;
  article: { source: string; date: string; title: string };
  persons: { name: string; aliases: string[]; honorifics: string[]; roles: { title: string; organization: string | null }[] }[];
  events: { name: string; acronym: string | null; date: string | null; location: string | null }[];
  quotes: { text: string; start: number; end: number; kind: "direct" | "indirect"; cue: string | null;
    /** The speaker: a person's canonical name, else the speaking organisation, else the description. */
    speaker: { name: string; type: "person" | "organization" | "description" } | null;
  }[];
}

function speakerOf(q: ExtractedQuote): ExtractLine["quotes"][number]["speaker"] {
  if (q.speaker !== null) return { name: q.speaker, type: "person" };
  if (q.speakerOrganization !== null) return { name: q.speakerOrganization, type: "organization" };
  if (q.speakerDescription !== null) return { name: q.speakerDescription, type: "description" };
  return null;
}

/** The output line for one document: extraction results with quote offsets moved into the file's text. */
export function toExtractLine(doc: SourceDocument): ExtractLine {
  const x = extract(doc);
  return {
    file: doc.file,
    article: { source: doc.source, date: doc.date, title: x.title },
    persons: x.persons.map((p) => ({ name: p.name, aliases: p.aliases, honorifics: p.honorifics, roles: p.roles })),
    events: x.events.map((e) => ({ name: e.name, acronym: e.acronym, date: e.date, location: e.location })),
    quotes: x.quotes.map((q) => ({
      text: q.text,
      start: doc.bodyOffset + q.start,
      end: doc.bodyOffset + q.end,
      kind: q.kind === "DIRECT" ? "direct" : "indirect",
      cue: q.cue,
      speaker: speakerOf(q),
    })),
  };
}

/** Where the command writes: injectable for tests. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * Runs the extract command over files and directories (see readDocuments): one JSON line per document on
 * `out`, one message per malformed file or line on `err` (naming file:line). Touches no database.
 * @returns the exit code: 0 when every input parsed, 1 otherwise, 2 without arguments.
 */
export async function runExtract(paths: string[], io: Output): Promise<number> {
  if (!paths.length) {
    io.err(`usage: ${path.basename(process.argv[1] ?? "extract.js")} FILE|DIR...`);
    return 2;
  }
  let failed = false;
  for await (const result of readDocuments(paths)) {
    for (const error of result.errors) {
      io.err(error.message);
      failed = true;
    }
    for (const doc of result.documents) io.out(JSON.stringify(toExtractLine(doc)));
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  runExtract(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
