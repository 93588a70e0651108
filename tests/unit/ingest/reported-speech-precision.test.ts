import { extract } from "../../../src/ingest/extract";
import type { SourceDocument } from "../../../src/ingest/types";

/** [quote text, speaker (person, else organisation, else description)] of every quote, in order. */
function quotes(body: string): [string, string | null][] {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2016-03-02", body, bodyOffset: 0 };
  const x = extract(doc);
  for (const q of x.quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
  return x.quotes.map((q) => [q.text, q.speaker ?? q.speakerOrganization ?? q.speakerDescription]);
}

describe("a quotation that is a label, not speech", () => {
  it("`called the plan “…”`: the object of a naming verb is no quote", () => {
    const got = quotes("Senator Ana Ruiz toured the plant on Monday. Mayor Dev Lund called the harbour plan “a gift to the developers of this city,” Ruiz said.");
    expect(got.map(([t]) => t)).not.toContain("“a gift to the developers of this city,”");
  });

  it("`described the schedule as “…”`: the complement after “as” is no quote", () => {
    const got = quotes("Ana Ruiz spoke on Monday. She described the new ferry schedule as “a puzzle that only a sailor could solve.”");
    expect(got).toEqual([]);
  });

  it("`accused the board of “…”`, `mocked her rival for “…”`: what someone is judged for is no quote", () => {
    expect(quotes("Ana Ruiz spoke on Monday. Dev Lund accused the harbour board of “hiding the audit from every ferry rider in town.”")).toEqual([]);
    expect(quotes("Ana Ruiz spoke on Monday. Dev Lund mocked his rival for “sinking the budget before the ferries even sailed.”")).toEqual([]);
  });

  it("`such as “…”` is not a complement: the tagged quotation stays", () => {
    const got = quotes("Ana Ruiz spoke on Monday. Many things could change the race, such as “a sudden storm or a long strike at the port,” Ruiz said.");
    // The sentence's words and the quotation ending it are one reported clause (see reported-speech-recall.test.ts).
    expect(got).toEqual([["Many things could change the race, such as “a sudden storm or a long strike at the port,”", "Ana Ruiz"]]);
  });

  it("a quotation after a dropped label stays a quote", () => {
    const got = quotes("The board met on Monday. What the harbour board described as a “fresh set of dock rules” were meant “to keep the night crews safe on the wet piers,” the board said.");
    expect(got.map(([t]) => t)).toEqual(["“to keep the night crews safe on the wet piers,”"]);
  });
});

describe("a quotation that is a title, not speech", () => {
  it("`said on Channel Nine's “Morning Harbour Report.”`: the show's name is no quote", () => {
    const got = quotes("“The pier will reopen in the spring and the ferries will run again,” Ana Ruiz said on Channel Nine's “Morning Harbour Report.”");
    expect(got).toEqual([["“The pier will reopen in the spring and the ferries will run again,”", "Ana Ruiz"]]);
  });

  it("`Ruiz told “The Evening Show,”` and `the network's “Evening Show,”`: a show's name after \"told\" or any possessive is no quote", () => {
    const got = quotes("“The pier will reopen in the spring and the ferries will run again,” Ana Ruiz told “The Evening Show,” reminding the hosts of the vote.");
    expect(got.map(([t]) => t)).not.toContain("“The Evening Show,”");
    const other = quotes("Speaking on the network's “Harbour Morning Desk,” Ana Ruiz said the pier would reopen in the spring.");
    expect(other.map(([t]) => t)).toEqual(["the pier would reopen in the spring"]);
  });

  it("`in an interview with “The Evening Show,”`: a title after a preposition is no quote", () => {
    const got = quotes("In an interview with “The Evening Show,” Ana Ruiz said the pier would reopen in the spring.");
    expect(got.map(([t]) => t)).toEqual(["the pier would reopen in the spring"]);
  });

  it("`wrote in her memoir, “…”`: a longer title right after the name of a kind of work is no quote", () => {
    const got = quotes("“We sailed at dawn and never looked back,” Ana Ruiz wrote in her memoir, “Harbour Lights: A Life on the Northern Ferries and the Towns They Kept Alive.”");
    expect(got).toEqual([["“We sailed at dawn and never looked back,”", "Ana Ruiz"]]);
  });

  it("a capitalised sentence after a preposition that is not title-cased stays a quote", () => {
    const got = quotes("Ana Ruiz spoke on Monday. She turned to the crowd and said to them: “We will rebuild this pier before the winter comes.”");
    expect(got.map(([t]) => t)).toEqual(["“We will rebuild this pier before the winter comes.”"]);
  });
});

describe("a stance shown, an assurance or an accusation is no reported speech", () => {
  it("`made clear that …`, `assured residents that …`, `charged that …` report no statement", () => {
    expect(quotes("The talks went on. Dev Lund made clear on Monday that he would not step down before the vote.")).toEqual([]);
    expect(quotes("The talks went on. Dev Lund assured residents that the pier would reopen in the spring.")).toEqual([]);
    expect(quotes("The talks went on. Dev Lund charged that the board had hidden the audit from the public.")).toEqual([]);
  });

  it("as the tag of a quotation they still attribute it", () => {
    const got = quotes("The talks went on. “The pier will reopen in the spring, whatever the board decides,” Dev Lund assured.");
    expect(got).toEqual([["“The pier will reopen in the spring, whatever the board decides,”", "Dev Lund"]]);
  });
});

describe("a prepositional lead before an inverted tag", () => {
  it("`In the two winters since the storm, Ruiz says, <clause>`: the lead is no quote of its own, the clause is", () => {
    const got = quotes("Ana Ruiz runs the ferry line. In the two winters since the great harbour storm, Ruiz says, far too many crossings have been cancelled.");
    expect(got).toEqual([["far too many crossings have been cancelled", "Ana Ruiz"]]);
  });

  it("a lead holding a clause stays: `In May the crews left the pier, Ruiz said, and …`", () => {
    const got = quotes("Ana Ruiz runs the ferry line. In May the crews left the pier for good, Ruiz said, and the town has waited since.");
    expect(got.map(([t]) => t)).toContain("In May the crews left the pier for good");
  });
});

describe("an untagged quotation set off by a dash", () => {
  it("`… his usual pitch — “…”`: a slogan after a dash with no speech verb is no quote", () => {
    const got = quotes("Ana Ruiz toured the pier on Monday. Then came the mayor's usual pitch — “Every ferry will run on time by the spring!”");
    expect(got).toEqual([]);
  });

  it("a tagged quotation after a dash stays: `— “…,” Ruiz said.`", () => {
    const got = quotes("Ana Ruiz toured the pier on Monday. Then came the usual pitch — “Every ferry will run on time by the spring,” Ruiz said.");
    expect(got).toEqual([["“Every ferry will run on time by the spring,”", "Ana Ruiz"]]);
  });
});
