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

describe("a subject with a relative clause or an appositive before the verb", () => {
  it("`Ana Ruiz, who backed the plan on Monday, said Tuesday she …`: the clause after the verb is the speech", () => {
    expect(quotes("The vote was close. Former party chair Ana Ruiz, who backed the ferry plan on Monday, said Tuesday she agrees with the mayor.")).toEqual([
      ["she agrees with the mayor", "Ana Ruiz"],
    ]);
  });

  it("`Dev Lund, the port's former director, said the pier …`: an appositive subject", () => {
    expect(quotes("The vote was close. Dev Lund, the port's former director of planning, said the pier must close for the winter.")).toEqual([
      ["the pier must close for the winter", "Dev Lund"],
    ]);
  });

  it("`The bridge will reopen in May, said Dev Lund, the mayor.`: a clause before an inverted tag is still the speech", () => {
    expect(quotes("The vote was close. The bridge will reopen in May, said Dev Lund, the mayor.")).toEqual([
      ["The bridge will reopen in May", "Dev Lund"],
    ]);
  });
});

describe("an adverb and a phrase after the verb are how it was said, not what", () => {
  it("`Ruiz said happily on the radio as results came in.`: no reported speech", () => {
    expect(quotes("The vote was close. Ana Ruiz said happily on the radio as results came in.")).toEqual([]);
  });

  it("`Ruiz said quietly that the pier …` and `said recently the pier …` still report speech", () => {
    for (const adverb of ["quietly that", "recently"]) {
      const got = quotes(`The vote was close. Ana Ruiz said ${adverb} the pier would close.`);
      expect(got).toHaveLength(1);
      expect(got[0][0]).toMatch(/the pier would close$/);
      expect(got[0][1]).toBe("Ana Ruiz");
    }
  });
});

describe("a prepositional or subordinate lead before a mid-sentence “according to X,”", () => {
  it("`Among the cases at risk, according to Ruiz, are …`: only the clause after the tag is the speech", () => {
    expect(quotes("The vote was close. Among the cases at risk, according to Ana Ruiz, are 16 disputes over harbour fees.")).toEqual([
      ["are 16 disputes over harbour fees", "Ana Ruiz"],
    ]);
    expect(quotes("The vote was close. While most of the files were sealed, according to a port official, two were left open.")).toEqual([
      ["two were left open", "a port official"],
    ]);
  });

  it("a lead that is a clause or a noun phrase stays: `The ferry will stop in May, according to Ruiz, and …`", () => {
    expect(quotes("The vote was close. The ferry will stop in May, according to Ana Ruiz, and the pier will close.")).toEqual([
      ["The ferry will stop in May", "Ana Ruiz"],
      ["and the pier will close", "Ana Ruiz"],
    ]);
    expect(quotes("The vote was close. The hard part, according to Ana Ruiz, is that the pier will close.").map(([t]) => t)).toContain("The hard part");
  });
});

describe("a lead opening with a preposition or an adverb before `X said, “…”`", () => {
  it("`In May, as the crowd left the pier, Ruiz said, “…”`: the lead sets the scene, only the quotation is speech", () => {
    expect(quotes("The vote was close. In May, as the crowd left the pier, Ana Ruiz said, “We will rebuild it before the winter comes.”")).toEqual([
      ["“We will rebuild it before the winter comes.”", "Ana Ruiz"],
    ]);
    expect(quotes("The vote was close. Quite suddenly, after the ferry sank, Ana Ruiz said, “We will rebuild it before the winter comes.”")).toEqual([
      ["“We will rebuild it before the winter comes.”", "Ana Ruiz"],
    ]);
  });

  it("a lead that is a clause of speech stays: `The pier is safe, Ruiz said, “and we will keep it open.”`", () => {
    expect(quotes("The vote was close. The pier is safe for now, Ana Ruiz said, “and we will keep it open all winter.”").map(([t]) => t))
      .toContain("The pier is safe for now");
  });
});

describe("the headline of a linked story after a link label", () => {
  it("`READ MORE: Port Ellis says …`, `Watch: Ruiz says …`: no reported speech", () => {
    expect(quotes("The pier closed. READ MORE: Port Ellis says ferry schedules are changing for the winter. Ana Ruiz said the pier will reopen in May.")).toEqual([
      ["the pier will reopen in May", "Ana Ruiz"],
    ]);
    expect(quotes("The pier closed. Watch: Ana Ruiz says the ferry is 'acting arbitrarily' with the schedule")).toEqual([]);
  });

  it("another label stays reporting: `UPDATE: Ruiz said the pier …`", () => {
    expect(quotes("The pier closed. UPDATE: Ana Ruiz said the pier will reopen in May.")).toEqual([["the pier will reopen in May", "Ana Ruiz"]]);
  });
});

describe("a thing made or done after “added”, “wrote”, “continued”", () => {
  it("`The visitors added two late unanswered goals`, `wrote a children's story`: objects, not speech", () => {
    expect(quotes("The game was rough. The visitors added two late unanswered goals in the final minutes of the game.")).toEqual([]);
    expect(quotes("The game was rough. Ana Ruiz left the bank and wrote a children's story about the harbour.")).toEqual([]);
  });

  it("a clause after them stays speech: `Ruiz added the team played well`, `wrote that the pier's …`", () => {
    expect(quotes("The game was rough. Ana Ruiz added the team played well in the second half.")).toEqual([
      ["the team played well in the second half", "Ana Ruiz"],
    ]);
    expect(quotes("The game was rough. Ana Ruiz wrote that the pier's future is uncertain.")).toEqual([
      ["the pier's future is uncertain", "Ana Ruiz"],
    ]);
  });
});
