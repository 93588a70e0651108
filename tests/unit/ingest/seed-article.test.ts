import { readFileSync } from "node:fs";
import path from "node:path";
import { extract } from "../../../src/ingest/extract";
import { parseSeedDocument } from "../../../src/ingest/parse/seed-format";
import type { Extraction, SourceDocument } from "../../../src/ingest/types";

const FILE = path.join(__dirname, "../../../documents/000_7cb6cc24b0490032.txt");

describe("the seed article (documents/000_7cb6cc24b0490032.txt)", () => {
  let doc: SourceDocument;
  let x: Extraction;
  beforeAll(() => {
    doc = parseSeedDocument(readFileSync(FILE, "utf8"), FILE);
    x = extract(doc);
  });

  it("parses the header", () => {
    expect(doc.source).toBe("Islam Times");
    expect(doc.date).toBe("2023-10-02");
    expect(doc.externalId).toBe("000_7cb6cc24b0490032");
    expect(doc.body.startsWith("Sheikh Naim Qassem noted")).toBe(true);
  });

  it("finds exactly the three people, with honorifics and roles", () => {
    expect(x.persons.map((p) => p.name).sort()).toEqual(["Ali Khamenei", "Khomeini", "Naim Qassem"]);
    const byName = new Map(x.persons.map((p) => [p.name, p]));
    expect(byName.get("Naim Qassem")).toMatchObject({
      honorifics: ["Sheikh"],
      roles: [{ title: "Deputy Secretary General", organization: "Hezbollah" }],
    });
    expect(byName.get("Naim Qassem")!.aliases).toContain("Qassem");
    expect(byName.get("Khomeini")!.honorifics).toEqual(["Imam"]);
    expect(byName.get("Ali Khamenei")).toMatchObject({
      honorifics: ["Ayatollah", "Seyyed"],
      roles: [{ title: "Leader of the Islamic Revolution", organization: null }],
    });
  });

  it("does not take organisations, places or adjectives for people", () => {
    const names = x.persons.map((p) => p.name);
    for (const notAPerson of ["Islam Times", "Hezbollah", "Zionist", "Palestine", "Iran", "United Nations", "Resistance"]) {
      expect(names).not.toContain(notAPerson);
    }
  });

  it("finds the conference, its acronym, edition and date (on Sunday → 2023-10-01)", () => {
    expect(x.events).toEqual([
      { name: "37th International Islamic Unity Conference", acronym: "IIUC", ordinal: 37, date: "2023-10-01", location: null },
    ]);
  });

  it("finds the five direct quotes, marks included, all by Naim Qassem", () => {
    const direct = x.quotes.filter((q) => q.kind === "DIRECT");
    const starts = [
      '"We should make efforts towards practical unity',
      '" we should try to achieve a unifying spirit',
      '"At the very least, our countries and organizations',
      '"We must consider the Palestinian issue as the main issue',
      '"We should be able to make more efforts in the field of military consolidation',
    ];
    expect(direct).toHaveLength(5);
    direct.forEach((q, i) => {
      expect(q.text.startsWith(starts[i])).toBe(true);
      expect(q.speaker).toBe("Naim Qassem");
    });
  });

  it("finds the reported speech with its cue verbs, attributed to Naim Qassem", () => {
    const indirect = x.quotes.filter((q) => q.kind === "INDIRECT");
    const noted = indirect.find((q) => q.text.startsWith("the Islamic nations should make more efforts in the field of military consolidation"));
    expect(noted).toMatchObject({ cue: "noted", speaker: "Naim Qassem" });
    const wentOn = indirect.find((q) => q.text.startsWith("Imam Khomeini (RA) always emphasized spreading unity"));
    expect(wentOn).toMatchObject({ cue: "went on to say", speaker: "Naim Qassem", speakerSurface: "He" });
    expect(indirect.every((q) => q.speaker === "Naim Qassem")).toBe(true);
  });

  it("keeps every quote's text equal to its body slice and every speaker among the persons", () => {
    const names = new Set(x.persons.map((p) => p.name));
    for (const q of x.quotes) {
      expect(doc.body.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker !== null) expect(names.has(q.speaker)).toBe(true);
    }
  });

  it("derives a title from the first sentence", () => {
    expect(x.title.startsWith("Sheikh Naim Qassem noted that the Islamic nations")).toBe(true);
    expect(x.title.length).toBeLessThanOrEqual(120);
  });
});
