import { extract } from "../../../src/ingest/extract";
import type { SourceDocument } from "../../../src/ingest/types";

/** [quote text, speaker (person, else organisation, else description)] of every quote, in order. */
function quotes(body: string): [string, string | null][] {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2016-03-02", body, bodyOffset: 0 };
  const x = extract(doc);
  for (const q of x.quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
  return x.quotes.map((q) => [q.text, q.speaker ?? q.speakerOrganization ?? q.speakerDescription]);
}

describe("speakers introduced with a title, a party tag or an appositive", () => {
  it("`Senator Ana Ruiz, Republican of Ohio, said on Sunday that …`: the appositive subject speaks, nothing is an inverted tag", () => {
    expect(quotes("The vote was close. Senator Ana Ruiz, Republican of Ohio, said on Sunday that the bill had gone too far.")).toEqual([
      ["the bill had gone too far", "Ana Ruiz"],
    ]);
  });

  it("`Rep. Ana Ruiz (D-Ore.) said …`: a party tag between the name and the verb", () => {
    expect(quotes("The vote was close. Rep. Ana Ruiz (D-Ore.) said she would vote against the bill.")).toEqual([
      ["she would vote against the bill", "Ana Ruiz"],
    ]);
  });

  it("`Rep. Ana Ruiz (D-Ore.), who chairs the committee, said …`: a party tag and a relative clause", () => {
    expect(quotes("The vote was close. Rep. Ana Ruiz (D-Ore.), who chairs the committee, said the bill would pass easily.")).toEqual([
      ["the bill would pass easily", "Ana Ruiz"],
    ]);
  });

  it("`… was Dev Raman, who claimed …`: the relative pronoun's antecedent speaks", () => {
    expect(quotes("The vote was close. One critic was Dev Raman, who claimed the count was rushed.")).toEqual([
      ["the count was rushed", "Dev Raman"],
    ]);
  });
});

describe("a time or place phrase between the verb and its clause", () => {
  it("`insisted at a rally in Springfield, Ill., on Monday that …`", () => {
    expect(quotes("The rally was loud. Ana Ruiz insisted at a rally in Springfield, Ill., on Monday that the plan would pass.")).toEqual([
      ["the plan would pass", "Ana Ruiz"],
    ]);
  });

  it("`reported last quarter that …` by an organisation", () => {
    expect(quotes("Sales were flat. Larkspur reported last quarter that its users were spending more time online.")).toEqual([
      ["its users were spending more time online", "Larkspur"],
    ]);
  });

  it("`say that, even if …, …`: a comma right after that", () => {
    expect(quotes("The count ended. Ana Ruiz and Dev Raman say that, even if it were allowed, a recount could not be done.")[0][0])
      .toBe("even if it were allowed, a recount could not be done");
  });

  it("a relative \"that\" is not the clause: `said in the days that followed …` quotes nothing", () => {
    expect(quotes("The vote was close. Ana Ruiz said in the days that followed the vote she was tired.")).toEqual([]);
  });
});

describe("infinitive complements of speech verbs", () => {
  it("`vowed to …`, `promised on Tuesday not to …`", () => {
    expect(quotes("The mill closed. Ana Ruiz vowed to reopen the mill by the spring. Dev Raman promised on Tuesday not to raise taxes again.")).toEqual([
      ["to reopen the mill by the spring", "Ana Ruiz"],
      ["not to raise taxes again", "Dev Raman"],
    ]);
  });

  it("`his promise to …` is not speech", () => {
    expect(quotes("The mill closed. Dev Raman kept his promise to reopen it by the spring.")).toEqual([]);
  });
});
