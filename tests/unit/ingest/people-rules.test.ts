import { extract } from "../../../src/ingest/extract";
import { glueCuts, nameTokens, tokenize } from "../../../src/ingest/extract/tokens";
import { NAME_PARTICLES } from "../../../src/ingest/extract/lexicon/stop-words";
import type { SourceDocument } from "../../../src/ingest/types";

/** The names of the persons extracted from `body` (invented sentences only). */
function names(body: string): string[] {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2019-02-08", body, bodyOffset: 0 };
  return extract(doc).persons.map((p) => p.name);
}

describe("name tokens", () => {
  it("keep the capitalised words and particles of tokenize, one null for each run of other words", () => {
    const text = "On 4 May, Ben van der Rooij told Éloïse d’Arcy-Lund and taxRaman: 'we’re 3.5 points up' in Zürich.";
    const expected: Array<string | null> = [];
    for (const t of tokenize(text)) {
      const keep = /^\p{Lu}/u.test(t.text) || NAME_PARTICLES.has(t.text);
      if (keep) expected.push(`${t.text}@${t.start}-${t.end}`);
      else if (expected[expected.length - 1] !== null) expected.push(null);
    }
    const got = nameTokens(text, NAME_PARTICLES).map((t) => (t ? `${t.text}@${t.start}-${t.end}` : null));
    expect(got).toEqual(expected);
    expect(got).toContain("Raman@59-64");
    expect(got.filter((t) => t === null).length).toBeGreaterThan(3);
  });
});

describe("glued list items", () => {
  it('a title glued to a first name is cut: "Best Picture – Night TrainMaria Olsen, Dune"', () => {
    expect(tokenize("TrainMaria").map((t) => t.text)).toEqual(["Train", "Maria"]);
    expect(names("Best Picture – Night TrainMaria Olsen, Dune Sea was named the winner.")).toContain("Maria Olsen");
  });

  it('two lower-case letters end a word before a first name or function word: "BoyAdam", "WarBest"', () => {
    expect(glueCuts("BoyAdam")).toEqual([3]);
    expect(glueCuts("WarBest")).toEqual([3]);
  });

  it('surname prefixes and brands stay whole: "MacArthur", "FitzGerald", "VanDusen", "YouTube"', () => {
    for (const w of ["MacArthur", "FitzGerald", "VanDusen", "YouTube", "HuffPost"]) expect(glueCuts(w)).toEqual([]);
  });
});

describe("teasers and journalists", () => {
  it('people in a teaser headline belong to another story: "READ MORE: Oren Vasko wins the relay…"', () => {
    const body = "Lena Marsh said the pool would reopen.READ MORE: Oren Vasko wins the relay at nationalsThe city agreed.";
    expect(names(body)).toEqual(["Lena Marsh"]);
  });

  it('a title-case teaser label counts too, a longer upper-case word does not: "Watch: …", "OUTLOOK: …"', () => {
    expect(names("Tom Brenner said it was late.Watch: Pia Lund talks about her comebackThe team left.")).toEqual(["Tom Brenner"]);
    expect(names("OUTLOOK: Pia Lund said rates would fall.")).toEqual(["Pia Lund"]);
  });

  it('a teaser may use a bar: "WATCH | Pia Lund on her comeback"', () => {
    expect(names("Tom Brenner said it was late.WATCH | Pia Lund talks about her comebackThe team left.")).toEqual(["Tom Brenner"]);
  });

  it('a broadcaster\'s initialism makes a journalist, a party\'s does not: "The BBC\'s Tom Hale", "The NDP\'s Lena Ruiz"', () => {
    expect(names("The NDP's Lena Ruiz said no. The BBC's Tom Hale reported it.")).toEqual(["Lena Ruiz"]);
  });

  it('a name after an outlet possessive is its journalist: "the Daily Ledger\'s Ana Ruiz"', () => {
    expect(names("Oskar Feld spoke with the Daily Ledger's Ana Ruiz about the strike.")).toEqual(["Oskar Feld"]);
  });
});

describe("organisations, places and works are not people", () => {
  it('a list after a plural class noun: "companies including Arden Loft, Belco Tarn and Orrin Vale"', () => {
    const body = "The tower houses firms including Arden Loft, Belco Tarn and Orrin Vale, said Ida Brook.";
    expect(names(body)).toEqual(["Ida Brook"]);
  });

  it('a name after a singular class noun: "the aid group Hope Harbour", "a campaign called Code Amber"', () => {
    expect(names("The aid group Hope Harbour said its director was safe.")).toEqual([]);
    expect(names("The union started a campaign called Code Amber last year.")).toEqual([]);
  });

  it('a name opening with a participle is a thing: "members of the Rolling Meadow Trust"', () => {
    expect(names("Dues rose for members of the Rolling Meadow Trust, Elsa Grund said.")).toEqual(["Elsa Grund"]);
  });

  it('number words are not names: "Sixteen Dalvians were hurt"', () => {
    expect(names("Sixteen Dalvians were hurt in the crash.")).toEqual([]);
  });
});

describe("first names", () => {
  it('a listed first name that is also a stop word opens a name: "Christian Vollmer", "Bill Ostrander"', () => {
    expect(names("Christian Vollmer and Bill Ostrander voted against it.")).toEqual(["Christian Vollmer", "Bill Ostrander"]);
  });

  it('a list of three or more short names with two first names makes each a person: "Tova, Julia, Greta K and Laura"', () => {
    const got = names("The group date went to Tova, Julia, Greta K and Laura on the beach.");
    expect(got).toEqual(expect.arrayContaining(["Tova", "Julia", "Greta K", "Laura"]));
  });

  it('a plural title before a list gives every name the singular title: "Councillors Lund, Oyelaran and Pratt"', () => {
    const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2019-02-08", body: "Councillors Lund, Oyelaran and Pratt voted no.", bodyOffset: 0 };
    expect(extract(doc).persons.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Lund", ["Councillor"]],
      ["Oyelaran", ["Councillor"]],
      ["Pratt", ["Councillor"]],
    ]);
  });

  it('a plural title before a list of full names gives each the singular title: "Councillors Ana Ruiz, Ben Ode and Cy Lam"', () => {
    const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2019-02-08", body: "Councillors Ana Ruiz, Ben Ode and Cy Lam voted no.", bodyOffset: 0 };
    expect(extract(doc).persons.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Ana Ruiz", ["Councillor"]],
      ["Ben Ode", ["Councillor"]],
      ["Cy Lam", ["Councillor"]],
    ]);
  });

  it('a list of surnames that speaks is split into people: "Lund, Oyelaran and Pratt all said"', () => {
    expect(names("Lund, Oyelaran and Pratt all said the deal was dead.")).toEqual(["Lund", "Oyelaran", "Pratt"]);
  });

  it('titles glued to names in a list stay on each person: "Mayor Ida Brook, Premier Alain Roy and Chief Tom Ashby"', () => {
    const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2019-02-08", body: "It was backed by Mayor Ida Brook, Premier Alain Roy and Chief Tom Ashby on Monday.", bodyOffset: 0 };
    expect(extract(doc).persons.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ["Ida Brook", ["Mayor"]],
      ["Alain Roy", ["Premier"]],
      ["Tom Ashby", ["Chief"]],
    ]);
  });

  it('a name used in the plural is the person it names: "Edna Marlow … do we want more Edna Marlows?"', () => {
    expect(names("Edna Marlow fought the rule. “Do we want more Edna Marlows?” asked Lou Tran.")).toEqual(["Edna Marlow", "Lou Tran"]);
  });

  it('a full name wins over its surface forms in an article: "Osric Okwe … Okwe said" is one person', () => {
    expect(names("Osric Okwe spoke first. Later, Okwe said the plan was weak.")).toEqual(["Osric Okwe"]);
  });

  it('a list holding a stop word is not promoted, even with first names: "Victoria, Regina and Charlotte"', () => {
    expect(names("Flights to Victoria, Regina and Charlotte were cancelled.")).toEqual([]);
  });

  it('a list of places is not promoted: "Kendar, Palvu and Makosi"', () => {
    expect(names("Flights to Kendar, Palvu and Makosi were cancelled.")).toEqual([]);
  });
});

describe("structural cues for things", () => {
  it('a name ending in a place, business or product noun is a thing: "Harbour Point Beach", "Arden Brewery"', () => {
    expect(names("Crowds filled Harbour Point Beach while Arden Brewery sold out, Noor Hakim said.")).toEqual(["Noor Hakim"]);
  });

  it('a word surname after a listed first name still makes a person: "Ida Brook"', () => {
    expect(names("Ida Brook said the vote was close.")).toEqual(["Ida Brook"]);
  });

  it('a name opening with a common word needs evidence: "Crimson Line" alone is not a person', () => {
    expect(names("Tickets for Crimson Line went on sale as Ravi Datta watched.")).toEqual(["Ravi Datta"]);
  });

  it('a weak name counts when its last word is used alone elsewhere: "Golden Tamsin … Tamsin said"', () => {
    expect(names("Golden Tamsin won the race. Tamsin said it was hard.")).toEqual(["Golden Tamsin"]);
  });

  it('a lone word used as a thing only joins a full name: "a hard Wexit, … said Wexit"', () => {
    expect(names("Traders fear a hard Wexit, as the market said Wexit would hurt.")).toEqual([]);
  });

  it('a lone word that modifies a thing after "the" is no person: "the Dorset Gulls … for Dorset."', () => {
    expect(names("The Dorset Gulls won again. Two goals came for Dorset. Dorset added one more.")).toEqual([]);
  });

  it('a multi-word name written after "the" is a thing everywhere: "the Marlow General … Marlow General runs"', () => {
    expect(names("She pointed to the Marlow General as a model. “Marlow General runs it well,” Una Pell said.")).toEqual(["Una Pell"]);
  });

  it('a lone role title is no name: "Vice-president says the toll will rise"', () => {
    expect(names("Vice-president says the toll will rise.")).toEqual([]);
  });

  it('one word after "<Institution> of" is a place: "a lecturer with the University of Dorset, said"', () => {
    expect(names("Omid Razavi, a lecturer with the University of Dorset, said it was rare.")).toEqual(["Omid Razavi"]);
  });

  it('only real abbreviations join across a period: "Add salt. Stir. Serve warm."', () => {
    expect(names("Add salt. Stir. Serve warm.")).toEqual([]);
  });

  it('a capitalised particle at a sentence start matches the full name: "Adam van Roon … Van Roon said"', () => {
    expect(names("The party picked Adam van Roon.Van Roon said he was ready.")).toEqual(["Adam van Roon"]);
  });

  it('a lone word owning business possessions is a company: "Norvik\'s stock price … said Norvik"', () => {
    expect(names("Norvik's stock price fell. Analysts said Norvik would recover.")).toEqual([]);
  });

  it('a business head noun after a title-like word is no surname: "when Arden Motors confirmed"', () => {
    expect(names("Workers gathered when Arden Motors confirmed the closure.")).toEqual([]);
  });

  it('a name right before a lower-case title is that title\'s organisation: "Harbour Desk host Ana Ruiz"', () => {
    expect(names("He told Harbour Desk host Ana Ruiz that talks had stalled.")).toEqual(["Ana Ruiz"]);
  });
});

describe("more name shapes", () => {
  it('a nickname in quotation marks stays out of the name: "Tomas “Crusher” Okafor"', () => {
    expect(names("The champion beat Tomas “Crusher” Okafor in the first round.")).toEqual(["Tomas Okafor"]);
  });

  it('several particles inside a name: "Ben van der Rooij, a geologist, said"', () => {
    expect(names("Ben van der Rooij, a geologist, said the slope failed.")).toEqual(["Ben van der Rooij"]);
  });

  it('a lone name after a kin noun is a person, even a stop word: "his father, Bill," and "Ruiz\'s sister Lena"', () => {
    expect(names("Tomas Ruiz said his father, Bill, ran the farm.")).toEqual(["Tomas Ruiz", "Bill"]);
    expect(names("Tomas Ruiz's sister Greta ran the farm.")).toEqual(["Tomas Ruiz", "Greta"]);
  });

  it('a hyphenated title after a name is no byline: "Ana Ruiz, editor-in-chief of the Ledger, said"', () => {
    expect(names("The bid is led by Ana Ruiz, editor-in-chief of the Ledger.")).toEqual(["Ana Ruiz"]);
  });

  it('a title keeps a person after a class noun or a participle: "party MP Tom Ashby", "Acting Mayor Ida Brook"', () => {
    expect(names("The party MP Tom Ashby said no.")).toEqual(["Tom Ashby"]);
    expect(names("Acting Mayor Ida Brook said yes.")).toEqual(["Ida Brook"]);
  });

  it('a surname after an article and a describing word is still a person: "the embattled Okwe, who said"', () => {
    expect(names("Lawmakers grilled the embattled Okwe, who said little. Okwe said he would stay.")).toEqual(["Okwe"]);
  });

  it('a name that moves by per cent or points is a market index: "Dorset\'s Vale Kent, after a holiday, gave up 0.3 per cent"', () => {
    expect(names("Dorset's Vale Kent, after a long holiday, gave up 0.3 per cent to 1,204.5.")).toEqual([]);
    expect(names("In early trading, Arden Miller rose 12 points.")).toEqual([]);
  });

  it('a multi-word name owning a business unit is a company: "Arden System\'s threat research unit said"', () => {
    expect(names("Arden System's threat research unit said the scam was new.")).toEqual([]);
  });
});

describe("relatives named by first name", () => {
  it("a first name after \"<Surname>'s father,\" is a new person, not another person with that first name: \"Berg's father, Amos, says\"", () => {
    const body = "Amos Tarrant, the harbour chief, said the pier was closed. Berg's father, Amos, says his son loved the sea.";
    const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2019-02-08", body, bodyOffset: 0 };
    const out = extract(doc);
    expect(out.persons.map((p) => p.name)).toEqual(expect.arrayContaining(["Amos Tarrant", "Amos"]));
    expect(out.quotes.find((q) => q.text.startsWith("his son"))?.speaker).toBe("Amos");
  });

  it("a first name after \"his wife,\" may still be a person named in full before: \"Lena Ruiz ... his wife, Lena, said\"", () => {
    const body = "Lena Ruiz runs the bakery. Tom Ruiz opened it in 1990 and his wife, Lena, said the ovens are old.";
    expect(names(body)).not.toContain("Lena");
  });
});
