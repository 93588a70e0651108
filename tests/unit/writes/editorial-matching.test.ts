import { locateSpan, matchQuote } from "../../../src/ingest/store/editorial";

// How an editorial decision finds its quote among re-extracted ones: by span, never by quote id.

describe("matchQuote", () => {
  const quotes = [
    { id: 1, start: 10, end: 30 },
    { id: 2, start: 40, end: 80 },
    { id: 3, start: 100, end: 104 },
  ];

  it("takes the quote with exactly the span", () => {
    expect(matchQuote(quotes, { start: 40, end: 80 })?.id).toBe(2);
  });

  it("takes the quote overlapping most when an improved extractor moved a boundary", () => {
    expect(matchQuote(quotes, { start: 38, end: 78 })?.id).toBe(2); // two characters earlier
    expect(matchQuote(quotes, { start: 10, end: 34 })?.id).toBe(1); // the closing mark now included
  });

  it("takes nothing when the overlap covers less than half of either span", () => {
    expect(matchQuote(quotes, { start: 22, end: 48 })).toBeNull(); // overlaps both, less than half of each
    expect(matchQuote(quotes, { start: 95, end: 120 })).toBeNull(); // the short quote is inside, but far from half of the span
    expect(matchQuote(quotes, { start: 31, end: 39 })).toBeNull(); // between quotes
  });
});

describe("locateSpan", () => {
  const decision = { matchStart: 4, matchEnd: 9, matchText: "quick" };

  it("keeps the span when the text there is unchanged", () => {
    expect(locateSpan("The quick fox", decision)).toEqual({ start: 4, end: 9 });
  });

  it("follows the text when the body moved it, to the occurrence nearest the old place", () => {
    expect(locateSpan("Note. The quick fox", decision)).toEqual({ start: 10, end: 15 });
    expect(locateSpan("A very quick, quick fox", decision)).toEqual({ start: 7, end: 12 });
  });

  it("finds nothing when the text is gone", () => {
    expect(locateSpan("The slow fox", decision)).toBeNull();
  });
});
