import { splitSentences } from "../../../src/ingest/parse/sentences";
import { deriveTitle } from "../../../src/ingest/parse/title";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it('splits a glued paragraph: "…Islamic unity.He said …"', () => {
    expect(texts("Islamic cooperation is Islamic unity.He said it twice.")).toEqual(["Islamic cooperation is Islamic unity.", "He said it twice."]);
  });

  it("keeps abbreviations, initials, decimals and host names inside the sentence", () => {
    const t = "Dr. Smith met J.K. Rowling in the U.S. on Friday. Growth was 3.5 per cent, says www.cbc.ca today.";
    expect(texts(t)).toEqual(["Dr. Smith met J.K. Rowling in the U.S. on Friday.", "Growth was 3.5 per cent, says www.cbc.ca today."]);
  });

  it("ends a sentence after an initialism when a new sentence clearly starts: 'in the U.S. The'", () => {
    expect(texts("He lives in the U.S. The rest stayed.")).toEqual(["He lives in the U.S.", "The rest stayed."]);
  });

  it('splits glued quotes by pairing them: `…in a Sept. 14 email."[Parks …`', () => {
    const t = '"It is all settled," said Okonkwo in a Sept. 14 email."[Parks Canada] may cover travel costs," she added.';
    expect(texts(t)).toEqual(['"It is all settled," said Okonkwo in a Sept. 14 email.', '"[Parks Canada] may cover travel costs," she added.']);
  });

  it('closes a quotation before a glued sentence: `…our enemies."Regarding …`', () => {
    expect(texts('He continued "We stand against our enemies."Regarding Iran, he said more.')).toEqual([
      'He continued "We stand against our enemies."',
      "Regarding Iran, he said more.",
    ]);
  });

  it('splits glued headings and timestamps: "4:17Kaminski said", "harmThe simple fact"', () => {
    expect(texts("The clip spread fast. 4:17Kaminski said yes.")).toEqual(["The clip spread fast.", "4:17", "Kaminski said yes."]);
    expect(texts("Pills that heal and harmThe simple fact is clear.")).toEqual(["Pills that heal and harm", "The simple fact is clear."]);
  });

  it("returns offsets into the text", () => {
    const t = "  One here.Two there.  ";
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("deriveTitle", () => {
  it("uses the first sentence without its final period", () => {
    expect(deriveTitle("The Raptors won.They celebrated.")).toBe("The Raptors won");
  });

  it("cuts a long first sentence at a word boundary with an ellipsis", () => {
    const title = deriveTitle(`${"word ".repeat(60)}end.`);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith("word\u2026")).toBe(true);
  });
});

describe("glued words that are names, not sentence joins", () => {
  it('camel-case names stay whole ("CityWire", "PixTube"); "healThe" and "TrudellTrudell" are still cut', () => {
    expect(splitSentences("Quill told CityWire Canada the rules favour owners.").map((s) => s.text)).toEqual(["Quill told CityWire Canada the rules favour owners."]);
    expect(splitSentences("Medicines that healThe plain fact is simple.").map((s) => s.text)).toEqual(["Medicines that heal", "The plain fact is simple."]);
    expect(splitSentences("Ana TrudellTrudell urged people to vote.").map((s) => s.text)).toEqual(["Ana Trudell", "Trudell urged people to vote."]);
  });

  it('a lone lower-case letter before a dot is a brand, not an end: "Schmidt, e.Volt\'s founder, said so."', () => {
    expect(splitSentences("Schmidt, e.Volt's founder, said so.").map((s) => s.text)).toEqual(["Schmidt, e.Volt's founder, said so."]);
  });
});

describe("a single-quoted heading glued after a sentence", () => {
  it("\"…to say.'Long road home'Ruiz is from …\" ends the sentence at the period", () => {
    expect(splitSentences("She said the police were helpful.'Long road home'Ruiz grew up on the coast.").map((s) => s.text)[0]).toBe("She said the police were helpful.");
  });
});

describe("a photo credit glued to the next paragraph", () => {
  it('"…/Stock ImagesLena Ruiz, a mayor, said …" is cut before the name', () => {
    expect(splitSentences("Photo by Jon Lee/Stock ImagesLena Ruiz, a mayor, said so.").map((s) => s.text)).toEqual(["Photo by Jon Lee/Stock Images", "Lena Ruiz, a mayor, said so."]);
  });
});

describe("a dotted initialism glued to the next paragraph", () => {
  it('"…in Port Ellis, N.S.Lund said …" is cut after the initialism; "Mr.Lee" and "U.S.-Canada" stay whole', () => {
    expect(splitSentences("He spoke in Port Ellis, N.S.Lund said the pier was open.").map((s) => s.text))
      .toEqual(["He spoke in Port Ellis, N.S.", "Lund said the pier was open."]);
    expect(splitSentences("She met Mr.Lee at the U.S.-Canada border.").map((s) => s.text)).toEqual(["She met Mr.Lee at the U.S.-Canada border."]);
  });
});
