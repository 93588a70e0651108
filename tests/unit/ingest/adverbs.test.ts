import fc from "fast-check";
import { ADVERBS, stripTrailingAdverbs } from "../../../src/ingest/extract/quotes";

describe("stripTrailingAdverbs", () => {
  it('cuts the adverbs and spaces before a verb: "Okafor had also " → "Okafor"', () => {
    expect(stripTrailingAdverbs("Okafor had also ")).toBe("Okafor");
    expect(stripTrailingAdverbs("Brennick repeatedly")).toBe("Brennick");
    expect(stripTrailingAdverbs("the nationally")).toBe("the nationally");
    expect(stripTrailingAdverbs("also")).toBe("also");
  });

  it("is text.replace(ADVERBS, \"\") on any text (linear instead of a regex tried at every start)", () => {
    const unit = fc.constantFrom("also", "had", "then", "all", "only", "x", "Lee", " ", "  ", "\u200b", "\n", "\t", ",", "alsoo", "\u00a0");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const t = parts.join("");
        expect(stripTrailingAdverbs(t)).toBe(t.replace(ADVERBS, ""));
      }),
      { numRuns: 20000 },
    );
  });
});
