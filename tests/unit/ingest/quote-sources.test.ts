import { extract } from "../../../src/ingest/extract";
import { classifySource } from "../../../src/ingest/extract/source-phrase";
import type { Extraction, SourceDocument } from "../../../src/ingest/types";

function run(body: string): Extraction {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2019-01-16", body, bodyOffset: 0 };
  const x = extract(doc);
  for (const q of x.quotes) {
    expect(body.slice(q.start, q.end)).toBe(q.text);
    // At most one of the three speakers is set, and a person speaker is one of the persons.
    expect([q.speaker, q.speakerOrganization, q.speakerDescription].filter((s) => s !== null).length).toBeLessThanOrEqual(1);
    if (q.speaker !== null) expect(x.persons.map((p) => p.name)).toContain(q.speaker);
  }
  return x;
}
/** [text, person ?? organisation ?? description] for each quote. */
const quotes = (body: string) => run(body).quotes.map((q) => [q.text, q.speaker ?? q.speakerOrganization ?? q.speakerDescription]);

describe("speaker phrases that name no person", () => {
  it("classifies organisations, documents and unnamed sources (data in lexicon/source-nouns.ts)", () => {
    expect(classifySource("Northwind Mining")).toEqual({ kind: "organization", named: true });
    expect(classifySource("the union")).toEqual({ kind: "organization", named: false });
    expect(classifySource("the lawsuit")).toEqual({ kind: "document", named: false });
    expect(classifySource("officials")).toEqual({ kind: "description", named: false });
    expect(classifySource("a source close to the talks")).toEqual({ kind: "description", named: false });
    expect(classifySource("people familiar with the plan")).toEqual({ kind: "description", named: false });
    expect(classifySource("the spokeswoman")).toBeNull();
  });

  it('"<Organisation> said <clause>": "Northwind Mining Corp. said it would close the smelter by spring."', () => {
    const x = run("Northwind Mining Corp. said it would close the smelter by spring.");
    expect(x.quotes.map((q) => [q.text, q.speaker, q.speakerOrganization])).toEqual([["it would close the smelter by spring", null, "Northwind Mining Corp."]]);
  });

  it('"<clause>, the <organisation noun> said" refers back to the organisation last quoted by name', () => {
    expect(
      quotes("Harbour Freight Group said its ships would skip the port this winter. Crews will be moved to other routes, the company said on Friday."),
    ).toEqual([
      ["its ships would skip the port this winter", "Harbour Freight Group"],
      ["Crews will be moved to other routes", "Harbour Freight Group"],
    ]);
  });

  it('plural unnamed sources: "<clause>, officials said Saturday." is a description, not the last person named', () => {
    const x = run("Mayor Dana Whitlock toured the flooded streets. The water should recede within two days, officials said Saturday.");
    expect(x.quotes.map((q) => [q.text, q.speaker, q.speakerDescription])).toEqual([["The water should recede within two days", null, "officials"]]);
  });

  it('an indefinite source with its complement: "A person familiar with the plan said the merger is off."', () => {
    expect(quotes("A person familiar with the plan said the merger is off.")).toEqual([["the merger is off", "A person familiar with the plan"]]);
  });

  it('"according to <unnamed source>": "The bridge was never inspected, according to local engineers."', () => {
    expect(quotes("The bridge was never inspected, according to local engineers.")).toEqual([["The bridge was never inspected", "local engineers"]]);
  });

  it('inverted tag with an unnamed source: "<clause>, said police."', () => {
    expect(quotes("Two men were arrested near the arena, said police.")).toEqual([["Two men were arrested near the arena", "police"]]);
  });

  it('"they" after a group spoke: `Residents said the road floods every year. "We are tired of waiting," they said.`', () => {
    const x = run('Ines Moreau runs the bakery. Residents said the road floods every year. "We are tired of waiting for the town," they said.');
    expect(x.quotes.map((q) => q.speakerDescription)).toEqual(["Residents", "Residents"]);
  });

  it('"it" takes the organisation last quoted: "Lakeside Power Corp said … It also told customers to …"', () => {
    const x = run("Lakeside Power Corp said the outage was caused by ice on the lines. It also said repairs would take until Monday.");
    expect(x.quotes.map((q) => q.speakerOrganization)).toEqual(["Lakeside Power Corp", "Lakeside Power Corp"]);
  });
});

describe("reported speech after an opening phrase", () => {
  it('"Despite <phrase>, X said <clause>": the quote is the clause after the verb', () => {
    expect(quotes("Tomas Brandt spoke on Monday. Despite the long delays, Brandt said the new terminal will open in May.")).toEqual([
      ["the new terminal will open in May", "Tomas Brandt"],
    ]);
  });

  it('"<clause>, X said on Tuesday." keeps the clause before the tag', () => {
    expect(quotes("Tomas Brandt spoke on Monday. The terminal will open in May, Brandt said on Tuesday.")).toEqual([
      ["The terminal will open in May", "Tomas Brandt"],
    ]);
  });

  it('a bare "added"/"wrote" with a plain object is not speech: "Kessler added two goals for the home side."', () => {
    expect(quotes("Lena Kessler scored early. Kessler added two goals and an assist for the home side.")).toEqual([]);
    expect(quotes("Ruth Alder co-wrote three cookbooks with her sister.")).toEqual([]);
  });

  it('a bare "added" with a clause is speech: "Kessler added the team was tired after the long trip."', () => {
    expect(quotes("Lena Kessler spoke after the game. Kessler added the team was tired after the long trip.")).toEqual([
      ["the team was tired after the long trip", "Lena Kessler"],
    ]);
  });
});
