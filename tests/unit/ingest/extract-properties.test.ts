import fc from "fast-check";
import { extract } from "../../../src/ingest/extract";
import type { Extraction, SourceDocument } from "../../../src/ingest/types";
import { randomBody, structuredBody } from "./article-arbitraries";

function doc(body: string, date = "2023-10-02"): SourceDocument {
  return { externalId: "p", file: "p.txt", source: "Property", date, body, bodyOffset: 0 };
}

/** Every promise extraction makes about its output, checked on one body; throws (failing the property) when one breaks. */
function checkInvariants(body: string, x: Extraction): void {
  expect(typeof x.title).toBe("string");
  const names = new Set(x.persons.map((p) => p.name));
  expect(names.size).toBe(x.persons.length);
  for (const p of x.persons) {
    expect(p.name.trim()).not.toBe("");
    expect(p.aliases).not.toContain(p.name);
  }
  for (const q of x.quotes) {
    expect(Number.isInteger(q.start) && Number.isInteger(q.end)).toBe(true);
    expect(0 <= q.start && q.start < q.end && q.end <= body.length).toBe(true);
    expect(body.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker !== null) expect(names.has(q.speaker)).toBe(true);
    // At most one of speaker, organisation, description.
    expect([q.speaker, q.speakerOrganization, q.speakerDescription].filter((v) => v !== null).length).toBeLessThanOrEqual(1);
    // A direct quote is in quotation marks, except the untagged ones read from the page's layout: interview
    // transcript turns ("RUIZ: …") and pull quotes signed by a name.
    if (q.kind === "DIRECT" && q.cue !== null) expect(/^["\u201C\u201D]/.test(q.text) || /["\u201C\u201D]$/.test(q.text)).toBe(true);
  }
  for (const e of x.events) {
    expect(e.name.trim()).not.toBe("");
    if (e.date !== null) expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

// Extraction takes untrusted text on the ingest path: whatever the body, it returns, and its offsets hold.
describe("extraction on any input", () => {
  it("never throws, and every quote offset lies inside the body on random text (any unicode, odd punctuation)", () => {
    fc.assert(
      fc.property(randomBody, fc.constantFrom("2023-10-02", "2020-02-29", "1999-12-31"), (body, date) => {
        checkInvariants(body, extract(doc(body, date)));
      }),
      { numRuns: 400 },
    );
  });

  it("never throws, and quotes, speakers and offsets hold on structured-random articles (names, quotes, speech verbs, glued paragraphs)", () => {
    let quotes = 0;
    let speakers = 0;
    fc.assert(
      fc.property(structuredBody, (body) => {
        const x = extract(doc(body));
        quotes += x.quotes.length;
        speakers += x.quotes.filter((q) => q.speaker !== null).length;
        checkInvariants(body, x);
      }),
      { numRuns: 400 },
    );
    // The generator does reach the rules: the property was checked on real quotes and speakers, not on empty output.
    expect(quotes).toBeGreaterThan(400);
    expect(speakers).toBeGreaterThan(200);
  });

  it("holds for a body made of an article glued to itself many times (repeated names, quotes and offsets far from 0)", () => {
    fc.assert(
      fc.property(structuredBody, fc.integer({ min: 2, max: 12 }), fc.constantFrom("", " ", "\n"), (body, n, glue) => {
        const long = Array.from({ length: n }, () => body).join(glue);
        checkInvariants(long, extract(doc(long)));
      }),
      { numRuns: 60 },
    );
  });
});
