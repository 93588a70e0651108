import fc from "fast-check";
import { ADVERBS, stripTrailingAdverbs } from "../../../src/ingest/extract/quotes";

describe("stripTrailingAdverbs", () => {
  it('cuts the adverbs and spaces before a verb: "Okafor had also " → "Okafor"', () => {
    expect(stripTrailingAdverbs("Okafor had also ")).toBe("Okafor");
    expect(stripTrailingAdverbs("Brennick repeatedly")).toBe("Brennick");
    expect(stripTrailingAdverbs("the assembly")).toBe("the assembly");
    expect(stripTrailingAdverbs("also")).toBe("also");
  });

  it('cuts manner adverbs in "-ly" ("Ruiz defiantly", "Ruiz, exasperated, famously") but not nouns ("the family", "the weekly")', () => {
    expect(stripTrailingAdverbs("Ruiz defiantly ")).toBe("Ruiz");
    expect(stripTrailingAdverbs("Ruiz, exasperated, famously")).toBe("Ruiz, exasperated,");
    expect(stripTrailingAdverbs("Ruiz similarly also")).toBe("Ruiz");
    expect(stripTrailingAdverbs("Ruiz's family")).toBe("Ruiz's family");
    expect(stripTrailingAdverbs("the weekly")).toBe("the weekly");
    expect(stripTrailingAdverbs("the Italy")).toBe("the Italy");
  });

  it("is text.replace(ADVERBS, \"\") on any text (linear instead of a regex tried at every start)", () => {
    const unit = fc.constantFrom("also", "had", "then", "all", "only", "x", "Lee", " ", "  ", "\u200b", "\n", "\t", ",", "alsoo", "\u00a0",
      "angrily", "family", "ly", "familyly", "abcdefghijklmnopqrstly");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const t = parts.join("");
        expect(stripTrailingAdverbs(t)).toBe(t.replace(ADVERBS, ""));
      }),
      { numRuns: 20000 },
    );
  });
});
