import fc from "fast-check";
import { trailingWords } from "../../../src/ingest/extract/speaker-phrase";

describe("trailingWords", () => {
  it('the last words of a phrase: "… said Dr. Ana Ruiz" → up to six words, none across punctuation', () => {
    expect(trailingWords("Then, the former deputy minister Ana Ruiz", 6)?.[1]).toBe("the former deputy minister Ana Ruiz");
    expect(trailingWords("one two three four five six seven", 6)?.[1]).toBe("two three four five six seven");
    expect(trailingWords("a (b", 6)?.[1]).toBe("b");
    expect(trailingWords("ends in space ", 6)).toBeNull();
  });

  it("is the match of /((?:W+\\s+){0,max-1}W+)$/u on any text (read from the end instead of tried at every start)", () => {
    const re = (max: number) => new RegExp(`((?:[\\p{L}\\p{N}'\\u2019.&\\-]+\\s+){0,${max - 1}}[\\p{L}\\p{N}'\\u2019.&\\-]+)$`, "u");
    const unit = fc.constantFrom("a", "Bc", " ", "  ", "\n", ",", ".", "-", "\u2019", "é", "\u{1D400}", "\u00a0", "x y", '"', "(", "1", "\ud835");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.constantFrom(6, 10), (parts, max) => {
        const t = parts.join("");
        expect(trailingWords(t, max)?.[1] ?? null).toBe(re(max).exec(t)?.[1] ?? null);
      }),
      { numRuns: 20000 },
    );
  });
});
