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
    expect(quotes("Sales were flat. Larkspur reported last quarter that its ferries were carrying fewer cars.")).toEqual([
      ["its ferries were carrying fewer cars", "Larkspur"],
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

describe("tags around direct quotes", () => {
  it('`"…," but not of ideas, says Ana Ruiz, a consultant`: a few words, then an inverted tag', () => {
    expect(quotes('The race tightened. "Campaigns are short of money," but not of ideas, says Ana Ruiz, a consultant in Ohio.')[0])
      .toEqual(['"Campaigns are short of money,"', "Ana Ruiz"]);
  });

  it('`Said Dev Raman, "…"`: a capitalised verb opens the sentence', () => {
    expect(quotes('The race tightened. Said Dev Raman, "The race is far from over and we know it."')).toEqual([
      ['"The race is far from over and we know it."', "Dev Raman"],
    ]);
  });

  it('`When Lee asked about it, Mia Chen fired back: "…"`: the subject of the clause before the colon', () => {
    expect(quotes('The race tightened. When Lee asked about the plan, Mia Chen fired back: "It will be ready in May, as we promised."')).toEqual([
      ['"It will be ready in May, as we promised."', "Mia Chen"],
    ]);
  });

  it("`said Rep. Ana Ruiz` and `added Sen. Dev Raman`: an abbreviated title before the name", () => {
    expect(quotes('The race tightened. "We will not back down on this one," said Rep. Ana Ruiz. "Nor will we," added Sen. Dev Raman.'))
      .toEqual([['"We will not back down on this one,"', "Ana Ruiz"], ['"Nor will we,"', "Dev Raman"]]);
  });

  it("`\"…,\" Ruiz's remarks began`: a possessor is not a speaker", () => {
    expect(quotes('The race tightened. "That was a very bad idea for all of us," Ruiz\'s remarks began.')[0][1]).toBeNull();
  });
});

describe("sources after according to", () => {
  it("a long unnamed source is kept as written", () => {
    expect(quotes("The count went on. Ferry traffic rose sharply, according to first tallies of harbour counts made for the port by a survey firm."))
      .toEqual([["Ferry traffic rose sharply", "first tallies of harbour counts made for the port by a survey firm"]]);
  });

  it("an organisation with initials: `according to figures of the U.S. Department of Transportation.`", () => {
    expect(quotes("Fares rose. About 42 million riders paid more for their passes, according to figures of the U.S. Department of Transportation."))
      .toEqual([["About 42 million riders paid more for their passes", "U.S. Department of Transportation"]]);
  });

  it("a capitalised document noun ends an organisation's name: `The Coastal Geological Survey said …`", () => {
    expect(quotes("The ground shook. The Coastal Geological Survey said its sensors recorded a faint tremor near the town."))
      .toEqual([["its sensors recorded a faint tremor near the town", "Coastal Geological Survey"]]);
  });
});

describe("organisation coreference: a common noun takes the organisation named before, under its full name", () => {
  it('"the company" → "Larkspur Energy Corp." (named, not quoted, before)', () => {
    expect(quotes("The plant closed in May. Larkspur Energy Corp. cut 200 jobs last year. The company said the plant would not reopen."))
      .toEqual([["the plant would not reopen", "Larkspur Energy Corp."]]);
  });

  it('"the agency" → "Coastal Health Agency"', () => {
    expect(quotes("The review began in June. The Coastal Health Agency opened an inquiry. The agency said the inquiry would take a year."))
      .toEqual([["the inquiry would take a year", "Coastal Health Agency"]]);
  });

  it('"the department" → "Department of Coastal Affairs"; "the union" → a union local', () => {
    expect(quotes("The pier closed. The Department of Coastal Affairs ordered an inspection. The department said the pier was unsafe."))
      .toEqual([["the pier was unsafe", "Department of Coastal Affairs"]]);
    expect(quotes("Talks broke off. Harbour Workers Local 90 represents the dock crews. The union said its members would strike."))
      .toEqual([["its members would strike", "Harbour Workers Local 90"]]);
  });

  it('"the board" does not take a company: it needs a name holding "board"', () => {
    expect(quotes("The plant closed. Larkspur Energy Corp. cut jobs. The Harbour Board met on Monday. The board said the pier would stay open."))
      .toEqual([["the pier would stay open", "Harbour Board"]]);
  });

  it('"the report" → the organisation that issued it ("a report by the Harbour Board")', () => {
    expect(quotes("The money ran out. A report by the Harbour Board found the pier unsafe. The report said repairs would cost $4 million."))
      .toEqual([["repairs would cost $4 million", "Harbour Board"]]);
  });

  it('a class noun before a name: "the security firm Norvik Labs … the firm said"', () => {
    expect(quotes("The breach was found in June by the security firm Norvik Labs. The firm said the attack came from abroad."))
      .toEqual([["the attack came from abroad", "Norvik Labs"]]);
  });
});

describe("speakers that are several people or speak for someone", () => {
  it("plural and group speakers stay descriptions", () => {
    expect(quotes("The trial resumed. Prosecutors said the man had planned the theft for months.")).toEqual([
      ["the man had planned the theft for months", "Prosecutors"],
    ]);
    expect(quotes("The trial resumed. His lawyers said the man would appeal the verdict.")).toEqual([
      ["the man would appeal the verdict", "His lawyers"],
    ]);
    expect(quotes("The season ended. Members of the team said the coach had lost the dressing room.")).toEqual([
      ["the coach had lost the dressing room", "Members of the team"],
    ]);
  });

  it("a coordinated subject speaks through the person it names: `Ana Ruiz and her allies say that …`", () => {
    expect(quotes("The season ended. Ana Ruiz and her allies say that the coach lost the dressing room.")).toEqual([
      ["the coach lost the dressing room", "Ana Ruiz"],
    ]);
  });

  it("a spokesperson for a person is not that person: `A spokeswoman for Ana Ruiz said …`", () => {
    expect(quotes("The vote neared. A spokeswoman for Ana Ruiz said the senator would attend.")).toEqual([
      ["the senator would attend", "A spokeswoman for Ana Ruiz"],
    ]);
  });

  it("a spokesperson named in an appositive speaks: `A spokeswoman for Larkspur Energy, Ana Ruiz, said …`", () => {
    expect(quotes("The plant closed in May. A spokeswoman for Larkspur Energy, Ana Ruiz, said the plant would not reopen.")).toEqual([
      ["the plant would not reopen", "Ana Ruiz"],
    ]);
  });

  it("`X told <outlet> that …` and `X said in a statement that …`", () => {
    expect(quotes("The season ended. Ana Ruiz told Harbour News that the coach had lost the dressing room.")).toEqual([
      ["the coach had lost the dressing room", "Ana Ruiz"],
    ]);
    expect(quotes("The season ended. Ana Ruiz said in a statement that the coach had lost the dressing room.")).toEqual([
      ["the coach had lost the dressing room", "Ana Ruiz"],
    ]);
  });
});

describe("testimonials and transcripts", () => {
  it("`“…” ― Name` signs each testimonial", () => {
    expect(quotes("Readers wrote in. “The best book I have read all year, and I read a lot.” ― Ana Ruiz, Toronto “A moving story from start to finish.” — Dev Raman"))
      .toEqual([
        ["“The best book I have read all year, and I read a lot.”", "Ana Ruiz"],
        ["“A moving story from start to finish.”", "Dev Raman"],
      ]);
  });

  it("`NAME: …` turns of an interview are quotes of the person named; an unnamed host's are not", () => {
    expect(quotes("We spoke to the mayor, Ana Ruiz. RUIZ: We will build the bridge next spring, whatever it costs. HOST: And the budget? RUIZ: The budget is set and the council agreed."))
      .toEqual([
        ["We will build the bridge next spring, whatever it costs", "Ana Ruiz"],
        ["The budget is set and the council agreed", "Ana Ruiz"],
      ]);
  });

  it("page furniture is not a turn: `READ MORE: …`", () => {
    expect(quotes("Ana Ruiz spoke. READ MORE: Bridge plan wins council approval. WATCH: Ruiz unveils the plan.")).toEqual([]);
  });
});

describe("pull quotes signed by a name of their own", () => {
  it("a first-person sentence right before a line holding only a full name is that person's quote", () => {
    expect(quotes("Ana Ruiz moved here in 2015. I did not want to leave the coast, but I am glad of what the move taught me. Ana Ruiz, Port Ellis. She turned down a number of offers."))
      .toEqual([["I did not want to leave the coast, but I am glad of what the move taught me", "Ana Ruiz"]]);
  });

  it("a sentence that goes on after the name with a verb of speech signs nothing: `… Ana Ruiz, Dev Raman and Cara Lind all said it.`", () => {
    const got = quotes("The crew met. We should try harder at the regatta next year. Ana Ruiz, Dev Raman and Cara Lind all said it.");
    expect(got.map(([text]) => text)).not.toContain("We should try harder at the regatta next year");
  });

  it("a list of names and titles is not a pull quote", () => {
    expect(quotes("The nominees were announced. Best Actor went to a newcomer from the coast this year. Dev Raman, The Harbour. Ana Ruiz, Night Desk.")).toEqual([]);
  });
});

describe("after the tag of a quotation", () => {
  it('`"…," he said aboard the plane …`: where it was said is not reported speech', () => {
    expect(quotes('Dev Raman sailed west. "I am going to win this regatta," he said aboard his racing yacht on Monday as he rounded the cape.'))
      .toEqual([['"I am going to win this regatta,"', "Dev Raman"]]);
  });

  it('`"…," Dev Raman said, adding that …`: the participle goes on for the same speaker', () => {
    expect(quotes('The storm passed. "We are safe now," Dev Raman said, adding that crews pumped water from the pier.')).toEqual([
      ['"We are safe now,"', "Dev Raman"],
      ["crews pumped water from the pier", "Dev Raman"],
    ]);
  });
});

describe("a share of a group as the speaker", () => {
  it("`Six in 10 voters said …`, `A third of fishers, 34%, say …`, `Nearly half of residents say …`", () => {
    expect(quotes("The poll closed. Six in 10 coastal voters said the ferry fare is too high.")).toEqual([
      ["the ferry fare is too high", "Six in 10 coastal voters"],
    ]);
    expect(quotes("The poll closed. A third of fishers, 34%, say they would sell the boats this year.")[0][0]).toBe("they would sell the boats this year");
    expect(quotes("The poll closed. Nearly half of residents say the ferry should run at night.")).toEqual([
      ["the ferry should run at night", "Nearly half of residents"],
    ]);
  });
});

describe("noun forms of speech verbs and bound prepositions", () => {
  it("`fishers in five towns heading to the docks say …`: \"towns\" is a noun after a number", () => {
    expect(quotes("The docks opened. Majorities of fishers in five towns heading to the docks Tuesday say they would back either plan.")[0][0])
      .toBe("they would back either plan");
  });

  it("`a person close to the talks` keeps its preposition", () => {
    expect(quotes('The talks went on. "The talks went well," said a person close to the negotiators.')).toEqual([
      ['"The talks went well,"', "a person close to the negotiators"],
    ]);
  });
});

describe("a quotation after the sentence's own verb and a comma", () => {
  it('`Ana Ruiz, Republican of Ohio, called over her shoulder, "…"`', () => {
    expect(quotes('The vote neared. Ana Ruiz, Republican of Ohio, called over her shoulder, "His comments are not helping anyone at all."'))
      .toEqual([['"His comments are not helping anyone at all."', "Ana Ruiz"]]);
  });
});

describe("a capitalised modifier before a title and a full name", () => {
  it('`said Liberal strategist Oren Vantel`: the full name speaks', () => {
    const x = quotes('The numbers were bad. "Nobody can defend these ferry fares," said Liberal strategist Oren Vantel.');
    expect(x).toEqual([['"Nobody can defend these ferry fares,"', "Oren Vantel"]]);
  });
});

describe("days are not speakers; descriptions of people that insist", () => {
  it("`Ana Ruiz, a Republican, said Tuesday that …`: two appositives, and Tuesday is when", () => {
    expect(quotes("The vote came. Ohio's governor, Ana Ruiz, a Republican, said Tuesday that she had voted for the plan.")).toEqual([
      ["she had voted for the plan", "Ana Ruiz"],
    ]);
  });

  it("`the shipowner has insisted that …` is reported speech; a description of no person is not a speaker", () => {
    expect(quotes("The talks stalled. Instead, the shipowner has insisted that his fleet will sail in June.")[0][0])
      .toBe("his fleet will sail in June");
    expect(quotes("The talks stalled. The big red balloon insisted that the position will be strongest.")).toEqual([]);
  });
});

describe("speech in a relative clause, then the main verb", () => {
  it("`Tom Barkley, who said he votes early, said …`: two quotes of the same speaker", () => {
    expect(quotes("The talk ended. Tom Barkley, who said he usually fishes at dawn, said one boat he likes is the old schooner.")).toEqual([
      ["he usually fishes at dawn", "Tom Barkley"],
      ["one boat he likes is the old schooner", "Tom Barkley"],
    ]);
  });
});

describe("a coordinated clause with a speaker of its own", () => {
  it("`The agency contends that …, and Dev Raman, the adviser, said …`: two quotes, two speakers", () => {
    expect(quotes("The targets slipped. The Coastal Health Agency contends that its clinics will open soon, and Dev Raman, the climate adviser, said his staff were preparing plans."))
      .toEqual([
        ["its clinics will open soon", "Coastal Health Agency"],
        ["his staff were preparing plans", "Dev Raman"],
      ]);
  });
});

describe("thoughts are not reported speech", () => {
  it("`Ana Ruiz believes that …`, `Dev Raman thinks …`, `… hopes …`: no quote; a speech verb in the same text still is one", () => {
    const body = "The vote was close. Ana Ruiz believes that the bill will pass next week. Dev Raman thinks the count was rushed. " +
      "Lee Park hopes the council will listen. Ana Ruiz said the vote would be held on Monday.";
    expect(quotes(body)).toEqual([["the vote would be held on Monday", "Ana Ruiz"]]);
  });
});

describe("appositive subjects holding a place or an organisation, and generational suffixes", () => {
  it("`Ana Ruiz, a baker from Ava, Mo., who sits on the guild board, said …`: the name opening the sentence speaks, not the place", () => {
    expect(quotes("The vote was close. Ana Ruiz, a baker from Ava, Mo., who sits on the guild board, said she was paid overtime.")).toEqual([
      ["she was paid overtime", "Ana Ruiz"],
    ]);
  });

  it("`\"…,\" Dev Raman Jr., the director of the agency, said …` and `Dev Raman Jr. said …`: the suffix does not hide the name", () => {
    expect(quotes("The vote was close. “The count was rushed from the start,” Dev Raman Jr., the director of the agency, said on Monday.")).toEqual([
      ["“The count was rushed from the start,”", "Dev Raman"],
    ]);
    expect(quotes("The vote was close. Dev Raman Jr. said the count was rushed.")).toEqual([["the count was rushed", "Dev Raman"]]);
  });
});

describe("a quotation inside a sentence whose subject is named at its start", () => {
  it("`Dev Lund blamed the loss on “…”` after Ana Ruiz spoke: Dev Lund's, not the previous speaker's", () => {
    expect(quotes("The panel met. Ana Ruiz said the vote was late. Dev Lund blamed the loss on “a slow retreat dressed up as a bold new start.”")).toEqual([
      ["the vote was late", "Ana Ruiz"],
      ["“a slow retreat dressed up as a bold new start.”", "Dev Lund"],
    ]);
  });

  it("`Dev Lund's team blamed it on “…”`: a possessor is not the subject, the previous speaker continues", () => {
    const got = quotes("The panel met. Ana Ruiz said the vote was late. Dev Lund's team blamed the loss on “a slow retreat dressed up as a bold new start.”");
    expect(got[1][1]).not.toBe("Dev Lund");
  });

  it("`Dev Lund called the budget “…”`: the label given by a naming verb is no quote", () => {
    expect(quotes("The panel met. Ana Ruiz said the vote was late. Dev Lund called the budget “a slow retreat dressed up as a bold new start.”")).toEqual([
      ["the vote was late", "Ana Ruiz"],
    ]);
  });
});

describe("participles and appositives that keep the sentence's subject", () => {
  it("`Sen. Ana Ruiz (R-Pa.) refused to discuss the race, saying that …` after Dev Lund spoke: Ana Ruiz's", () => {
    const got = quotes("The vote was close. “We will win,” Dev Lund said. Sen. Ana Ruiz (R-Pa.) refused to discuss the race, saying that she was not going to talk about her campaign.");
    expect(got[got.length - 1]).toEqual(["she was not going to talk about her campaign", "Ana Ruiz"]);
  });

  it("`Ana Ruiz, a delegate from Lima, Dev Lund, said …`: the name opening the sentence and its appositive speaks, not the last name", () => {
    expect(quotes("The vote was close. Dev Lund spoke first. Ana Ruiz, a delegate from Lima, Dev Lund, said the turmoil was part of the circus.")[0][1]).toBe("Ana Ruiz");
  });
});

describe("more speech verbs and participles", () => {
  it("`denied that …` is speech, `denied the charges` is not; `…, responding that …` continues the subject", () => {
    expect(quotes("The vote was close. Ana Ruiz denied that the count had been rushed.")).toEqual([["the count had been rushed", "Ana Ruiz"]]);
    expect(quotes("The vote was close. Ana Ruiz denied the charges on Monday.")).toEqual([]);
    expect(quotes("The vote was close. Ana Ruiz refused to discuss the race, responding that she would not talk about her campaign.")).toEqual([
      ["she would not talk about her campaign", "Ana Ruiz"],
    ]);
  });
});

describe("connectives and times between the subject and the verb", () => {
  it("`Dev Lund however said …`, `Dev Lund earlier Thursday said …`, `Dev Lund on Friday announced that …`", () => {
    expect(quotes("The vote was close. Ana Ruiz spoke first. Dev Lund however said the count was rushed.")).toEqual([["the count was rushed", "Dev Lund"]]);
    expect(quotes("The vote was close. Ana Ruiz spoke first. Dev Lund earlier Thursday said the count was rushed.")).toEqual([["the count was rushed", "Dev Lund"]]);
    expect(quotes("The vote was close. Ana Ruiz spoke first. Dev Lund on Friday announced that the count would be redone.")).toEqual([
      ["the count would be redone", "Dev Lund"],
    ]);
  });

  it("`Dev Lund would not say whether …`: a refusal to speak is no reported speech", () => {
    expect(quotes("The vote was close. Dev Lund would not say whether the count would be redone.")).toEqual([]);
  });
});

describe("the subject after a short opening phrase", () => {
  it("`Hours later, Dev Lund returned the compliment, telling reporters, “…”` after Ana Ruiz spoke: Dev Lund's", () => {
    const got = quotes("The vote was close. “It was very nice,” Ana Ruiz said. Hours later, Dev Lund returned the compliment, telling reporters, “She and I have sailed together since school.”");
    expect(got[got.length - 1]).toEqual(["“She and I have sailed together since school.”", "Dev Lund"]);
  });

  it("`Dev Lund waved to the crowd, then stepped forward and shouted: “…”`: a colon may introduce the quotation", () => {
    const got = quotes("The vote was close. “It was very nice,” Ana Ruiz said. Dev Lund waved to the crowd, then stepped forward and shouted: “Let us win in November.”");
    expect(got[got.length - 1]).toEqual(["“Let us win in November.”", "Dev Lund"]);
  });
});

describe("a speech verb coordinated with another verb by \"but\"", () => {
  it("`Dev Lund voted against the bill but said …`: the sentence's subject speaks", () => {
    expect(quotes("The vote was close. Dev Lund voted against the bill but said the vote was rigged from the start.")).toEqual([
      ["the vote was rigged from the start", "Dev Lund"],
    ]);
  });
});
