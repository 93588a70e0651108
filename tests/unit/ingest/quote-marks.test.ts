import { extract } from "../../../src/ingest/extract";
import { findQuotedSpans, maskQuotes } from "../../../src/ingest/extract/quote-marks";
import type { SourceDocument } from "../../../src/ingest/types";

const spans = (text: string) => findQuotedSpans(text).map((s) => text.slice(s.start, s.end));
function quotes(body: string): [string, string | null][] {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2019-01-16", body, bodyOffset: 0 };
  return extract(doc).quotes.map((q) => [q.text, q.speaker]);
}

describe("quotation marks", () => {
  it('straight quotes pair left to right: `"We won," she said. "Again."`', () => {
    expect(spans('"We won the cup," she said. "We will win it again."')).toEqual(['"We won the cup,"', '"We will win it again."']);
  });

  it("curly quotes pair by direction, and a new paragraph re-opens the same quotation: “First part.“Second part.”", () => {
    expect(spans("“The first part ends here.“The second part ends here.”")).toEqual(["“The first part ends here.", "“The second part ends here.”"]);
  });

  it('a ” typed where “ belongs opens a quotation: `appraisal of the rival (”This team keeps winning.”)`', () => {
    expect(spans("the coach's appraisal of the rival (”This team keeps winning.”) was short.")).toEqual(["”This team keeps winning.”"]);
  });

  it('a missing opening mark: `"My legs felt heavy," Lee said. The heat got to me. I kept going anyway."` closes an unopened quotation', () => {
    const text = '"My legs felt heavy," Lee said. The heat got to me. I kept going anyway."The crowd of 9,000 cheered as Kim, nicknamed "The Hammer," walked out.';
    expect(spans(text)).toEqual([
      '"My legs felt heavy,"',
      'The heat got to me. I kept going anyway."',
      '"The Hammer,"',
    ]);
  });

  it("a mark that can only open drops an earlier stray opener, so later quotations pair again", () => {
    const text = 'He left early."Nobody saw it coming. Fans call her "The Hammer." "I punch fast, and nobody is ready," Kim said.';
    expect(spans(text)).toContain('"I punch fast, and nobody is ready,"');
    expect(spans(text)).toContain('"The Hammer."');
  });

  it("masking keeps offsets and blanks the words inside", () => {
    const text = 'He said "We are ready now." Then he left.';
    const masked = maskQuotes(text, findQuotedSpans(text));
    expect(masked.length).toBe(text.length);
    expect(masked).not.toContain("ready");
    expect(masked.endsWith("Then he left.")).toBe(true);
  });

  it("the unopened quotation keeps the speaker of the quotation before it", () => {
    const q = quotes('Kim Lee won the final. "My legs felt heavy all week long," Lee said. The heat got to me early. I kept going anyway."The crowd cheered.');
    expect(q.map((x) => x[1])).toEqual(["Kim Lee", "Kim Lee"]);
  });
});

describe("tags after a quotation", () => {
  it('any past-tense verb after `," Name`: `"You look tired," Hale blurted out.`', () => {
    expect(quotes('Lena Ruiz met Tom Hale. "You look tired," Hale blurted out.')).toEqual([['"You look tired,"', "Tom Hale"]]);
  });

  it('a question ends the sentence but its tag follows: `“Is there a trophy?” Ruiz asked before her turn.`', () => {
    expect(quotes("Lena Ruiz played last. “Is there a trophy?” Ruiz asked before her turn.")).toEqual([["“Is there a trophy?”", "Lena Ruiz"]]);
  });

  it("past a question mark a new paragraph's appositive subject is not a tag", () => {
    const q = quotes("Lena Ruiz played last. “Is there a trophy?” Ruiz asked. “If I fall in, do I still get a trophy?”Tom Hale, a retired rower living nearby, suggested a longer oar.");
    expect(q.map((x) => x[1])).toEqual(["Lena Ruiz", "Lena Ruiz"]);
  });

  it('a short sentence right after a tagged quotation continues it: `“…,” she says. “I miss those days.”`', () => {
    expect(quotes("Lena Ruiz cooks. “The kitchen was small but we fed forty people a night,” she says. “I miss those days.”").map((x) => x[1])).toEqual([
      "Lena Ruiz",
      "Lena Ruiz",
    ]);
  });
});

describe("quotations inside reported speech", () => {
  it('a few quoted words inside reported speech are part of it: `Hale said the plan was "a real mess" and would fail.`', () => {
    expect(quotes('Tom Hale spoke on Monday. Hale said the plan was "a real mess" and would fail by spring.')).toEqual([
      ['the plan was "a real mess" and would fail by spring', "Tom Hale"],
    ]);
  });
});

describe("mixed quotations", () => {
  it('reported speech ending in a quotation is one quote: `Hale said the price paid was "more than fair for everyone involved."`', () => {
    expect(quotes('Tom Hale spoke on Monday. Hale said the price paid was "more than fair for everyone involved in the sale."')).toEqual([
      ['the price paid was "more than fair for everyone involved in the sale."', "Tom Hale"],
    ]);
  });

  it('a quotation right after the verb stays a direct quote: `He said "We will build the bridge next year."`', () => {
    expect(quotes('Tom Hale spoke on Monday. He said "We will build the new bridge next year."')).toEqual([['"We will build the new bridge next year."', "Tom Hale"]]);
  });
});

describe("quotation marks written as two apostrophes", () => {
  it("''…'' pairs like straight quotes and keeps both apostrophes in the quote text", () => {
    const body = "The hall was full. ''We will build the bridge next spring,'' said Ana Ruiz, the mayor. ''It is long overdue.''Dev Raman said the plan was sound.";
    expect(quotes(body)).toEqual([
      ["''We will build the bridge next spring,''", "Ana Ruiz"],
      ["''It is long overdue.''", "Ana Ruiz"],
      ["the plan was sound", "Dev Raman"],
    ]);
  });

  it("a glued paragraph opening with ''…: `she said.''People turn to …''`", () => {
    const body = "Ana Ruiz spoke first. The rally was calm, she said.''People turn up because they care about the park,'' she said.";
    expect(quotes(body).map(([t]) => t)).toContain("''People turn up because they care about the park,''");
  });
});

describe("reported speech holding a participle used as a noun", () => {
  it("`said the warning was late`: \"warning\" is a noun, the clause runs on", () => {
    expect(quotes("The storm came early. Dev Raman said the warning was issued far too late.")).toEqual([
      ["the warning was issued far too late", "Dev Raman"],
    ]);
  });
});

describe("two-apostrophe quotation marks around a single-quoted title", () => {
  it("`''… on 'Night Desk,''' said Ana Ruiz` closes both marks", () => {
    const body = "The show ran for years. ''I remember the first time it appeared on 'Night Desk,''' said Ana Ruiz, a former producer.";
    expect(quotes(body)).toEqual([["''I remember the first time it appeared on 'Night Desk,'''", "Ana Ruiz"]]);
  });
});

describe("two-apostrophe marks closing one paragraph and opening the next", () => {
  it("`…recruiter.''''It's nonsense,'' Dev Raman said on ''Night Desk.''`: two quotations, and a show's title is not a quote", () => {
    const body = "Ana Ruiz spoke first. She said he was ''the best recruiter they ever had.''''It's nonsense,'' Dev Raman said by telephone on Harbour TV's ''Night Desk.''";
    expect(quotes(body)).toEqual([
      ["he was ''the best recruiter they ever had.''", "Ana Ruiz"],
      ["''It's nonsense,''", "Dev Raman"],
    ]);
  });
});
