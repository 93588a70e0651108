import { extract } from "../../../src/ingest/extract";
import { opensClause, verbOpensClause } from "../../../src/ingest/extract/clause-pos";
import type { SourceDocument } from "../../../src/ingest/types";

/** [quote text, speaker (person, else organisation, else description)] of every quote, in order. */
function quotes(body: string): [string, string | null][] {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2016-03-02", body, bodyOffset: 0 };
  const x = extract(doc);
  for (const q of x.quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
  return x.quotes.map((q) => [q.text, q.speaker ?? q.speakerOrganization ?? q.speakerDescription]);
}

describe("clause-pos: a subject and a finite verb read by the part-of-speech tagger", () => {
  it("reads a clause after a subject: a pronoun, a noun phrase, a share", () => {
    expect(opensClause("we had already paid the ferry fare")).toBe(true);
    expect(opensClause("the harbour board instead meet in May")).toBe(true);
    expect(opensClause("most of the grant money was spent on paint")).toBe(true);
  });

  it("reads no clause in an object, an infinitive, a gerund or a second predicate", () => {
    expect(opensClause("a plan to repaint the lighthouse")).toBe(false);
    expect(opensClause("sympathy among the ferry crews in winter")).toBe(false);
    expect(opensClause("closing the pier for the winter")).toBe(false);
    expect(opensClause("the fine and appealed the ruling")).toBe(false);
  });

  it("a noun that looks like a speech verb opens no clause: \"the weekly reports it files\"", () => {
    expect(verbOpensClause("the mayor reads the weekly reports", "it files with the port")).toBe(false);
    expect(verbOpensClause("The Harbour Times reported", "the mayor had resigned")).toBe(true);
  });
});

describe("zero-\"that\" complements of verbs that also take objects", () => {
  it("`declared the strike was over`: a clause with its own subject and verb is reported speech", () => {
    expect(quotes("The dock talks ended on Monday. Ana Ruiz declared the strike was over for good.")).toEqual([
      ["the strike was over for good", "Ana Ruiz"],
    ]);
  });

  it("`declared a state of emergency`, `reported higher sales`: an object is not", () => {
    expect(quotes("The storm hit on Monday. Mayor Ana Ruiz declared a state of emergency in the harbour district.")).toEqual([]);
    expect(quotes("Shares rose on Monday. The Harbour Ferry Company reported higher ticket sales for the summer.")).toEqual([]);
  });

  it("`denied the fine and appealed`: an object and a second predicate are not a clause", () => {
    expect(quotes("The case opened on Monday. Dev Lund denied the parking fine and appealed to the harbour court.")).toEqual([]);
  });
});

describe("reported questions: a form of \"ask\", then \"whether\" or \"if\" and a clause", () => {
  it("`Ana Ruiz asked the crew whether …`: the asker before the verb, the hearer skipped", () => {
    expect(quotes("The ferry sailed late. Ana Ruiz asked the deck crew whether the radar had been repaired.")).toEqual([
      ["whether the radar had been repaired", "Ana Ruiz"],
    ]);
  });

  it("`Asked if …, Lund said …`: a question opening the sentence ends at its comma and has no asker", () => {
    const got = quotes("The ferry sailed late. Asked if the radar had failed again, Dev Lund said it worked on the second try.");
    expect(got).toEqual([["if the radar had failed again", null], ["it worked on the second try", "Dev Lund"]]);
  });

  it("`… nodded when reporters asked if …`, `with Lee asking Park if …`: a question inside the narrative is not reported", () => {
    expect(quotes("The ferry sailed late. Ana Ruiz nodded when reporters asked if the radar would be replaced.")).toEqual([]);
    expect(quotes("The ferry sailed late, with Dev Lund asking Ana Ruiz if the radar was new.")).toEqual([]);
  });

  it("`asked for help if needed`, `Ask her if …`: no clause after \"if\", or an imperative, is no reported question", () => {
    expect(quotes("The ferry sailed late. The organizers asked for more help if needed.")).toEqual([]);
    expect(quotes("The ferry sailed late. Ask her if the radar was ever fixed.")).toEqual([]);
  });
});

describe("\"saying\" with no comma before it", () => {
  it("`The union issued a statement saying …`: a clause after \"saying\" is reported speech", () => {
    const got = quotes("The strike went on. The dock union issued a statement on Monday saying the port had refused to negotiate.");
    expect(got.map(([t]) => t)).toEqual(["the port had refused to negotiate"]);
  });

  it("`busy saying hello to the crew`: no clause after it, no speech", () => {
    expect(quotes("The strike went on. The mayor was busy saying hello to the ferry crew.")).toEqual([]);
  });
});

describe("a second speech verb or a new group speaker ends the first clause", () => {
  it("`says … but argues that …`: the second verb of the same subject opens a second quote", () => {
    expect(quotes("The talks resumed. Ana Ruiz says she likes the ferry schedule but argues that the fares are too high.")).toEqual([
      ["she likes the ferry schedule", "Ana Ruiz"],
      ["the fares are too high", "Ana Ruiz"],
    ]);
  });

  it("`…, and more than 3 in 10 said …`: a share with a speech verb of its own", () => {
    const got = quotes("The survey came out. Most riders said the ferry was too slow, and more than 3 in 10 said the fares should fall.");
    expect(got.map(([t]) => t)).toEqual(["the ferry was too slow", "the fares should fall"]);
  });
});

describe("infinitives of promising and relative clauses after an inverted tag", () => {
  it("`has pledged to keep the ferry running through that winter`: the infinitive, not a phrase before \"that\"", () => {
    expect(quotes("The vote goes on. Ana Ruiz has pledged to keep the ferry running through that winter.")).toEqual([
      ["to keep the ferry running through that winter", "Ana Ruiz"],
    ]);
  });

  it("`…, and Lund vowed to …`: a new named speaker with a verb of promising ends the first clause", () => {
    expect(quotes("The vote goes on. Ana Ruiz said she would run again, and Dev Lund vowed to fight her in every ward.")).toEqual([
      ["she would run again", "Ana Ruiz"],
      ["to fight her in every ward", "Dev Lund"],
    ]);
  });

  it("`…, said Ana Ruiz, a pilot from Ava, Mo., who said …`: the speaker's relative clause reports more speech", () => {
    expect(quotes("The vote is near. The pier is late, said Ana Ruiz, a pilot from Ava, Mo., who said the budget was fine.")).toEqual([
      ["The pier is late", "Ana Ruiz"],
      ["the budget was fine", "Ana Ruiz"],
    ]);
  });
});

describe("a quoted title inside the sentence, and verbs of judgment", () => {
  it("`On the show \"Harbour Talk,\" Ana Ruiz said the pier …`: the clause after the verb is still reported speech", () => {
    const got = quotes("The show aired on Monday. On the show \"Harbour Talk,\" Ana Ruiz said the pier would reopen in May.");
    expect(got).toContainEqual(["the pier would reopen in May", "Ana Ruiz"]);
  });

  it("`\"We are done,\" Ana Ruiz said aboard the ferry`: a quotation opening the sentence is what the verb tags", () => {
    expect(quotes("The show aired on Monday. \"We are done with this,\" Ana Ruiz said aboard the ferry.")).toEqual([
      ["\"We are done with this,\"", "Ana Ruiz"],
    ]);
  });

  it("`estimated that …`, `agreed that …`, `revealed that …`: a figure, an assent or evidence is no reported speech", () => {
    expect(quotes("The report came out. The harbour board estimated that 500 people would lose their jobs.")).toEqual([]);
    expect(quotes("The report came out. Ana Ruiz agreed that the ferry timetable was confusing.")).toEqual([]);
    expect(quotes("The report came out. The harbour records revealed that the board had known for months.")).toEqual([]);
  });
});

describe("verbs as likely to take an object as a clause", () => {
  it("`maintained their lead in the polls`: an object is no reported speech; `maintained the vote was fair` is", () => {
    expect(quotes("The race goes on. Ana Ruiz and Dev Lund maintained their lead in the polls of the harbour ward.")).toEqual([]);
    expect(quotes("The race goes on. Ana Ruiz maintained the vote was fair and open to all.")).toEqual([
      ["the vote was fair and open to all", "Ana Ruiz"],
    ]);
  });
});

describe("reporting participles with no comma of their own", () => {
  it("`the \"ferry queen,\" noting that …`: after a quotation that holds the comma", () => {
    const got = quotes('The debate went on. Ana Ruiz teased Dev Lund for calling himself the "ferry queen," noting that his fares had doubled.');
    expect(got).toContainEqual(["his fares had doubled", "Ana Ruiz"]);
  });

  it("`…, before arguing the fares …`: a participle after \"before\" ends the first clause and reports more", () => {
    expect(quotes("The debate went on. Dev Lund told reporters the ferry was safe, before arguing the fares should stay the same.")).toEqual([
      ["the ferry was safe", "Dev Lund"],
      ["the fares should stay the same", "Dev Lund"],
    ]);
  });
});

describe("hearers read with the tagger", () => {
  it("`urged parents to …`, `urged the rest of the council to …`: the infinitive after the hearer is what was asked", () => {
    expect(quotes("The vote is near. Ana Ruiz urged parents to sign up for the ferry pass.")).toEqual([
      ["to sign up for the ferry pass", "Ana Ruiz"],
    ]);
    expect(quotes("The vote is near. Ana Ruiz urged the rest of the council to back the harbour plan.")).toEqual([
      ["to back the harbour plan", "Ana Ruiz"],
    ]);
  });

  it("`told The Harbour Times of Ava this week the ferry …`: a named hearer with its place, then the clause", () => {
    expect(quotes("The vote is near. Ana Ruiz told The Harbour Times of Ava this week the ferry would keep its route.")).toEqual([
      ["the ferry would keep its route", "Ana Ruiz"],
    ]);
  });
});

describe("a phrase of place or time between the verb and its clause", () => {
  it("`says in Port Ellis the buses are …`, `said at 6 a.m., there were …`: the phrase opens the reported clause", () => {
    expect(quotes("The strike went on. The drivers union says in Port Ellis the buses are always full.")).toEqual([
      ["in Port Ellis the buses are always full", "The drivers union"],
    ]);
    expect(quotes("The strike went on. Ana Ruiz said at 6 a.m., there were no buses on the east route.").map(([t]) => t)).toEqual([
      "at 6 a.m., there were no buses on the east route",
    ]);
  });

  it("`said in a film that followed …`: a relative clause after the phrase is no reported speech", () => {
    expect(quotes("The strike went on. Ana Ruiz said in a film that followed the bus drivers.")).toEqual([]);
  });
});

describe("the subject of a coordinated speech verb", () => {
  it("`The city council met on Monday and said …`: the noun phrase before the first verb, an irregular past", () => {
    expect(quotes("The case went on. The city council met on Monday and said the budget would pass.")).toEqual([
      ["the budget would pass", "The city council"],
    ]);
  });
});

describe("a long organisation subject of \"… and said …\"", () => {
  it("`The Harbour Court of Appeal for the 2nd District overruled and said …`: up to ten words before the first verb", () => {
    const got = quotes("The case went on. But the Harbour Court of Appeal for the 2nd District overruled and said the ferry fee was lawful.");
    expect(got.map(([t]) => t)).toEqual(["the ferry fee was lawful"]);
  });
});

describe("a second speech verb after a quotation's tag", () => {
  it("`\"…,\" Ruiz said on Monday, but she said …`: the second verb reports more of the tag's subject's speech", () => {
    expect(quotes('The debate went on. "The pier can wait," Ana Ruiz said on Monday, but she said the ferry could not.')).toEqual([
      ['"The pier can wait,"', "Ana Ruiz"],
      ["the ferry could not", "Ana Ruiz"],
    ]);
  });
});

describe("a hearer holding a quoted title before \"that\"", () => {
  it("`told the show \"Harbour Talk\" that …`: the words up to \"that\" are the hearer", () => {
    expect(quotes('The debate went on. Ana Ruiz told the show "Harbour Talk" that the ferry fares would rise.')).toContainEqual([
      "the ferry fares would rise", "Ana Ruiz",
    ]);
  });
});

describe("\"according to\" after a connective", () => {
  it("`But, according to the survey, 40 percent …`: the clause after the source is reported", () => {
    expect(quotes("The race is close. But, according to the harbour survey, 40 percent of riders want a new ferry.")).toEqual([
      ["40 percent of riders want a new ferry", "the harbour survey"],
    ]);
  });
});
