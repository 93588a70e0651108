import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DocumentFormatError } from "../../../src/ingest/parse/errors";
import { parseJsonLines } from "../../../src/ingest/parse/jsonl";
import { readDocuments, type FileResult } from "../../../src/ingest/parse/read";
import { parseSeedDocument } from "../../../src/ingest/parse/seed-format";

describe("parseSeedDocument", () => {
  it("reads the header, the source up to the first ' - ', and the body offset", () => {
    const text = "  date 2019-03-14 CBC News - Toronto - The Raptors won.";
    const doc = parseSeedDocument(text, "docs/abc.txt");
    expect(doc).toMatchObject({ externalId: "abc", file: "docs/abc.txt", source: "CBC News", date: "2019-03-14" });
    expect(doc.body).toBe("Toronto - The Raptors won.");
    expect(text.slice(doc.bodyOffset)).toBe(doc.body);
  });

  it.each([
    ["no date header", "CBC News - text", /x\.txt:1: expected a header/],
    ["an impossible date (2023-02-30)", "date 2023-02-30 CBC - text", /x\.txt:1: invalid date "2023-02-30"/],
    ["no ' - ' separator", "date 2023-02-03 CBC text", /x\.txt:1: missing " - "/],
    ["an empty body", "date 2023-02-03 CBC -  \n ", /x\.txt:1: empty document text/],
    ["a header on line 3", "\n\ndate 2023-13-01 CBC - text", /x\.txt:3: invalid date/],
  ])("rejects %s with file:line in the message", (_what, text, message) => {
    expect(() => parseSeedDocument(text, "x.txt")).toThrow(message);
    try {
      parseSeedDocument(text, "x.txt");
    } catch (e) {
      expect(e).toBeInstanceOf(DocumentFormatError);
      expect((e as DocumentFormatError).file).toBe("x.txt");
    }
  });
});

describe("parseJsonLines", () => {
  const good = JSON.stringify({ date: "2019-01-02", source: "CTV", text: "He said so.", url: "http://x/1", title: "T" });
  const noUrl = JSON.stringify({ date: "2019-01-03", source: "CTV", text: "She said so." });

  it("parses good lines, skips blank ones and keeps the 1-based line", () => {
    const { documents, errors } = parseJsonLines(`${good}\n\n${noUrl}\n`, "feed.jsonl");
    expect(errors).toEqual([]);
    expect(documents).toHaveLength(2);
    expect(documents[0]).toMatchObject({ externalId: "http://x/1", line: 1, title: "T", bodyOffset: 0, body: "He said so." });
    expect(documents[1].line).toBe(3);
    expect(documents[1].externalId).toMatch(/^feed-[0-9a-f]{16}$/);
  });

  it("gives a stable hash id: same source, date and text → same id", () => {
    const a = parseJsonLines(noUrl, "feed.jsonl").documents[0].externalId;
    const b = parseJsonLines(`\n${noUrl}`, "feed.jsonl").documents[0].externalId;
    expect(a).toBe(b);
  });

  it("turns bad lines into errors naming file:line and still parses the others", () => {
    const text = [good, "{not json", JSON.stringify({ source: "CTV", text: "x" }), JSON.stringify({ date: "2019-02-30", source: "A", text: "x" }), "[1]", noUrl].join("\n");
    const { documents, errors } = parseJsonLines(text, "feed.jsonl");
    expect(documents.map((d) => d.line)).toEqual([1, 6]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^feed\.jsonl:2: not valid JSON/),
      'feed.jsonl:3: missing or empty "date"',
      expect.stringMatching(/^feed\.jsonl:4: invalid "date" "2019-02-30"/),
      "feed.jsonl:5: expected a JSON object",
    ]);
  });
});

describe("readDocuments", () => {
  async function collect(paths: string[]): Promise<FileResult[]> {
    const out: FileResult[] = [];
    for await (const r of readDocuments(paths)) out.push(r);
    return out;
  }

  it("expands directories (sorted, .txt and .jsonl only) and reports missing paths and bad files", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ingest-"));
    mkdirSync(path.join(dir, "sub"));
    writeFileSync(path.join(dir, "b.txt"), "date 2019-01-01 CBC - B text.");
    writeFileSync(path.join(dir, "a.txt"), "date 2019-01-01 CBC - A text.");
    writeFileSync(path.join(dir, "c.jsonl"), `${JSON.stringify({ date: "2019-01-01", source: "S", text: "C" })}\nnope\n`);
    writeFileSync(path.join(dir, "d.txt"), "no header here");
    writeFileSync(path.join(dir, "notes.md"), "ignored");
    const missing = path.join(dir, "missing.txt");
    const results = await collect([dir, missing]);
    expect(results.map((r) => path.basename(r.file))).toEqual(["a.txt", "b.txt", "c.jsonl", "d.txt", "missing.txt"]);
    expect(results[0].documents[0].externalId).toBe("a");
    expect(results[2].documents).toHaveLength(1);
    expect(results[2].errors[0].message).toMatch(/c\.jsonl:2: not valid JSON/);
    expect(results[3].errors[0].message).toMatch(/d\.txt:1: expected a header/);
    expect(results[4].errors[0].message).toContain(`${missing}`);
    expect(results[4].errors[0].message).toMatch(/no such file or directory/);
  });
});
