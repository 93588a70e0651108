import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runExtract } from "../../../src/ingest/cli/extract";

describe("extract CLI", () => {
  it("prints one JSON line per document with file offsets, reports bad files by file:line and exits 1", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cli-"));
    const text = 'date 2019-03-14 CBC News - "We are ready for this game tonight," coach Nick Nurse said.';
    writeFileSync(path.join(dir, "a.txt"), text);
    writeFileSync(path.join(dir, "b.txt"), "date 2019-02-31 CBC - nope");
    const out: string[] = [];
    const err: string[] = [];
    const code = await runExtract([dir], { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err).toEqual([expect.stringMatching(/b\.txt:1: invalid date/)]);
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0]);
    expect(line.article).toEqual({ source: "CBC News", date: "2019-03-14", title: '"We are ready for this game tonight," coach Nick Nurse said' });
    expect(line.persons.map((p: { name: string }) => p.name)).toEqual(["Nick Nurse"]);
    const q = line.quotes[0];
    expect(q).toMatchObject({ kind: "direct", cue: "said", speaker: { name: "Nick Nurse" } });
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it("exits 0 when every input parses and 2 without arguments", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cli-"));
    writeFileSync(path.join(dir, "a.txt"), "date 2019-03-14 CBC News - Nothing was said.");
    const sink = { out: () => undefined, err: () => undefined };
    expect(await runExtract([dir], sink)).toBe(0);
    expect(await runExtract([], sink)).toBe(2);
  });
});
