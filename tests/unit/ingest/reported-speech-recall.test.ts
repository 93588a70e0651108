import { extract } from "../../../src/ingest/extract";
import type { SourceDocument } from "../../../src/ingest/types";

/** [quote text, speaker (person, else organisation, else description)] of every quote, in order. */
function quotes(body: string): [string, string | null][] {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2016-03-02", body, bodyOffset: 0 };
  const x = extract(doc);
  for (const q of x.quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
  return x.quotes.map((q) => [q.text, q.speaker ?? q.speakerOrganization ?? q.speakerDescription]);
}

describe("a participle of speech after a clause whose subject is no name", () => {
  it("`The senator hit back, saying …`: a role opening the sentence speaks", () => {
    const got = quotes("Senator Ana Ruiz toured the plant on Monday. The senator hit back, saying the audit was rushed and badly sourced.");
    expect(got).toEqual([["the audit was rushed and badly sourced", "Ana Ruiz"]]);
  });

  it("`Several farm advocates filed a brief, arguing …`: an unnamed group speaks", () => {
    const got = quotes("The hearing opened on Monday. Several farm advocates filed a brief, arguing that the new rule would harm small farms.");
    expect(got).toEqual([["the new rule would harm small farms", "Several farm advocates"]]);
  });

  it("`…done.\"Ruiz hit back, saying …`: a quotation glued before the sentence does not hide its subject", () => {
    const got = quotes("Ana Ruiz and Dev Lund met on Monday. “He has done nothing for this town in years,” Lund said.\"We are done.\"Ruiz hit back, saying the mayor had ignored the flooding for a decade.");
    expect(got[got.length - 1]).toEqual(["the mayor had ignored the flooding for a decade", "Ana Ruiz"]);
  });
});

describe("a subject set off by a relative clause before \", said\"", () => {
  it("`A city official, who asked not to be named to discuss the talks, said the mayor has …`: the clause after the verb is the quote", () => {
    const got = quotes("The talks went on. A city official, who asked not to be named to discuss the talks, said the mayor has already signed the deal.");
    expect(got).toEqual([["the mayor has already signed the deal", "A city official"]]);
  });

  it("an inverted tag still ends a quote: `The plan is late, said the official, who …`", () => {
    const got = quotes("The talks went on. The plan is late and over budget, said the official, who spoke on Monday.");
    expect(got.map(([t]) => t)).toEqual(["The plan is late and over budget"]);
  });
});

describe("group and unnamed plural subjects of a speech verb", () => {
  it("`Rural conservatives say …`: a plural group with no recognised head noun", () => {
    expect(quotes("The vote was close. Rural conservatives say the nominee has abandoned them.")).toEqual([
      ["the nominee has abandoned them", null],
    ]);
  });

  it("`Farmers — and some ranchers — say that …`: an aside between dashes after the subject", () => {
    expect(quotes("The vote was close. Farmers — and some ranchers — say that the new rule will cost them dearly.")).toEqual([
      ["the new rule will cost them dearly", "Farmers"],
    ]);
  });

  it("`Local tenant groups that have endorsed him say …`: a relative clause ending in an object pronoun", () => {
    expect(quotes("The vote was close. Local tenant groups that have endorsed him say the campaign is stronger than ever.")).toEqual([
      ["the campaign is stronger than ever", "Local tenant groups"],
    ]);
  });

  it("`But economists note that …`: a base form that is also a noun speaks with \"that\"", () => {
    expect(quotes("The vote was close. But economists note that the plan leaves the deficit untouched.")).toEqual([
      ["the plan leaves the deficit untouched", "economists"],
    ]);
  });

  it("the noun \"claim\" and a refusal to say report nothing", () => {
    expect(quotes("The vote was close. The mayor's claim that the count was rushed drew jeers.")).toEqual([]);
    expect(quotes("The vote was close. The council members wouldn't say Tuesday how the count would be redone.")).toEqual([]);
    expect(quotes("The vote was close. Tenants want a larger say than they have had so far in the plan.")).toEqual([]);
  });
});

describe("participles of speech after another verb", () => {
  it("`Ana Ruiz responded by saying …`", () => {
    expect(quotes("The vote was close. Ana Ruiz responded by saying the count had been rushed by the clerk.")).toEqual([
      ["the count had been rushed by the clerk", "Ana Ruiz"],
    ]);
  });

  it("`…, eventually saying …`: an adverb before the participle", () => {
    expect(quotes("The vote was close. Ana Ruiz stayed quiet for a week, eventually saying the count had been rushed.")).toEqual([
      ["the count had been rushed", "Ana Ruiz"],
    ]);
  });
});

describe("a subject with a long appositive before the verb", () => {
  it("`But Ana Ruiz, director of Dock Watch, which wrote the petition, said …`: the name opening the sentence speaks", () => {
    const got = quotes("The vote was close. But Ana Ruiz, director of Dock Watch, which wrote the petition, said the ferry plan was weakened by the delay.");
    expect(got).toEqual([["the ferry plan was weakened by the delay", "Ana Ruiz"]]);
  });

  it("`Sen. Dev Lund, facing a challenge in Ohio, a swing state, said …`: a place in the appositive does not speak", () => {
    const got = quotes("The vote was close. Sen. Dev Lund, facing a spirited challenge in Ohio, a farming state, said the harbour tax would fall.");
    expect(got).toEqual([["the harbour tax would fall", "Dev Lund"]]);
  });

  it("`Another pollster, Dev Lund of Harbour University, said …`: an appositive name with its affiliation", () => {
    const got = quotes("The vote was close. Another pollster, Dev Lund of Harbour University, said his survey showed support holding steady.");
    expect(got).toEqual([["his survey showed support holding steady", "Dev Lund"]]);
  });

  it("`Several candidates, including Dev Lund, said …`: the group speaks, not the example", () => {
    const got = quotes("The vote was close. Dev Lund spoke first. Several candidates, including Dev Lund, said the city should refuse the new tax.");
    expect(got).toEqual([["the city should refuse the new tax", null]]);
  });
});

describe("\"tell\" with its hearer before the clause", () => {
  it("`Ana Ruiz lashed out online, telling the mayor that …`: a participle after a clause with no speech verb", () => {
    expect(quotes("The vote was close. Ana Ruiz lashed out online, telling the mayor that words have the power to hurt people.")).toEqual([
      ["words have the power to hurt people", "Ana Ruiz"],
    ]);
  });

  it("`Dev Lund did tell the Harbour Times that …`: the base form after an auxiliary", () => {
    expect(quotes("The vote was close. Dev Lund did tell the Harbour Times that he had received an apology.")).toEqual([
      ["he had received an apology", "Dev Lund"],
    ]);
  });

  it("`The aides, led by Dev Lund, told the group that …`: after \"told\" the phrase is the hearer, not an inverted speaker", () => {
    const got = quotes("The vote was close. The aides, led by fleet manager Dev Lund, told the volunteers that the ferry count had stalled.");
    expect(got.map(([t]) => t)).toEqual(["the ferry count had stalled"]);
  });

  it("a refusal to tell reports nothing: `Dev Lund wouldn't tell reporters whether …`", () => {
    expect(quotes("The vote was close. Dev Lund wouldn't tell reporters that the count had been rushed.")).toEqual([]);
  });
});

describe("what opens a sentence before its speaker is no quote when a clause follows the verb", () => {
  it("`Days before the vote, the company said on Friday that …, …`: the clause after \"that\" is the quote", () => {
    const got = quotes("Larkspur Foods opened a plant. Just days before the vote, the firm stated on Friday that it had closed 1,200 stalls, the first time it has done so.");
    expect(got.map(([t]) => t)).toEqual(["it had closed 1,200 stalls, the first time it has done so"]);
  });

  it("`However, Ana Ruiz, counsel for the board, said in a short note in April that …`", () => {
    const got = quotes("The vote was close. However, Ana Ruiz, counsel for the Harbour Board, said in a short note in April that the claims had no substance.");
    expect(got).toEqual([["the claims had no substance", "Ana Ruiz"]]);
  });

  it("`Taking it in, Dev Lund said, “…”`: a participial opening before a quotation sets the scene", () => {
    const got = quotes("The crowd cheered. Taking it in, Dev Lund said, “As your mayor, I can tell you the pier will be ready by May.”");
    expect(got).toEqual([["“As your mayor, I can tell you the pier will be ready by May.”", "Dev Lund"]]);
  });

  it("`In both cases, Dev Lund said, the donations paid for …`: a short phrase with no verb is not reported speech", () => {
    const got = quotes("The vote was close. In both cases, Dev Lund said, the grants paid for repairs at the old boathouse.");
    expect(got).toEqual([["the grants paid for repairs at the old boathouse", "Dev Lund"]]);
  });

  it("a lead with its own verb before a mid-sentence tag is still reported speech: `Each charge carries …, Dev Lund said, …`", () => {
    const got = quotes("The trial opened. Each of the charges carries a possible penalty of life in prison, Dev Lund said, the trial itself could last a month.");
    expect(got.map(([t]) => t)).toEqual(["Each of the charges carries a possible penalty of life in prison", "the trial itself could last a month"]);
  });
});

describe("\"As X noted, <clause>\"", () => {
  it("`But as Ana Ruiz pointed out, …`: the clause after the comma is hers", () => {
    expect(quotes("The vote was close. But as Ana Ruiz pointed out, the new rules have a real impact on tenants.")).toEqual([
      ["the new rules have a real impact on tenants", "Ana Ruiz"],
    ]);
  });

  it("`As the Harbour Times reported, …`: an outlet", () => {
    expect(quotes("The vote was close. As the Harbour Times reported, the council was also accused of breaking its own rules.")).toEqual([
      ["the council was also accused of breaking its own rules", "Harbour Times"],
    ]);
  });
});

describe("what follows \"…, according to X,\"", () => {
  it("a relative clause about the source is not more of the speech", () => {
    const got = quotes("The vote was close. Attacks rose sharply last year, according to the Harbour Monitoring Group, which tracks extremist posts.");
    expect(got.map(([t]) => t)).toEqual(["Attacks rose sharply last year"]);
  });

  it("an appositive of the source with a verb of its own is not more of the speech", () => {
    const got = quotes("The vote was close. The mayor is less popular than ever, according to Dev Lund, a pollster who conducted the survey for the council.");
    expect(got.map(([t]) => t)).toEqual(["The mayor is less popular than ever"]);
  });

  it("a new clause after the source still is: `…, according to the agency, but she had proved them wrong`", () => {
    const got = quotes("The vote was close. Ana Ruiz was not expected to win, according to the agency, but she had proved them wrong.");
    expect(got.map(([t]) => t)).toEqual(["Ana Ruiz was not expected to win", "but she had proved them wrong"]);
  });
});

describe("\"states\" as a noun", () => {
  it("`Southern states that will vote …`, `swing states whose …`: no speech verb", () => {
    expect(quotes("The vote was close. Most Southern states that will vote next week have large rural populations.")).toEqual([]);
    expect(quotes("The vote was close. Turnout rose in the swing states whose votes count the most.")).toEqual([]);
  });

  it("`The filing states that …`, `He states, however, that …`: still a verb", () => {
    expect(quotes("The vote was close. The filing states that the count was rushed.")).toEqual([["the count was rushed", "The filing"]]);
    expect(quotes("The vote was close. Dev Lund spoke. He states however, that the count was rushed.")).toEqual([["the count was rushed", "Dev Lund"]]);
  });
});

describe("a restrictive relative clause of speech: \"X who said …\"", () => {
  it("`… with the tenants who said …`: the antecedent group speaks", () => {
    expect(quotes("The vote was close. Ana Ruiz did best with the tenants who said the rent was too high.")).toEqual([
      ["the rent was too high", "the tenants"],
    ]);
  });

  it("`…, said Ana Ruiz, a consultant and a lifelong Republican who said …`: the description is her appositive", () => {
    const got = quotes("The vote was close. “We will see,” said Ana Ruiz, a media consultant and a lifelong Republican who said she would not vote for Dev Lund.");
    expect(got[got.length - 1]).toEqual(["she would not vote for Dev Lund", "Ana Ruiz"]);
  });

  it("a phrase with a verb of its own is no antecedent: `Dev Lund sharply rebuked critics who say …`", () => {
    // The clause is the neighbours' speech, reported with no speaker (see unreadRelativeSubject), never Dev Lund's.
    expect(quotes("The vote was close. Dev Lund sharply answered neighbours who say he should move the pier.")).toEqual([
      ["he should move the pier", null],
    ]);
  });
});

describe("clauses opening with a quantity, subjects with a long aside in brackets", () => {
  it("`Aides said more than 3 million sailors gave …`, `The office said about half of …`", () => {
    expect(quotes("The vote was close. Aides said more than 3 million sailors gave to the harbour fund.")).toEqual([
      ["more than 3 million sailors gave to the harbour fund", "Aides"],
    ]);
    expect(quotes("The vote was close. The ferry office said about half of the delay came from the storm.")).toEqual([
      ["about half of the delay came from the storm", "The ferry office"],
    ]);
  });

  it("a quantity that is the object is no clause: `Dev Lund said about a dozen words to the press.`", () => {
    expect(quotes("The vote was close. Dev Lund said about a dozen words to the press.")).toEqual([]);
  });

  it("`Sen. Dev Lund (a Democrat so young he is mistaken for a staffer) says …`", () => {
    expect(quotes("The vote was close. Sen. Dev Lund (a Democrat so young he is often mistaken for a staffer) says he was adrift.")).toEqual([
      ["he was adrift", "Dev Lund"],
    ]);
  });
});

describe("more participles after a clause", () => {
  it("`…, saying that otherwise …`, `…, saying that as mayor, …`: \"that\" opens the clause whatever word follows it", () => {
    expect(quotes("The vote was close. Dev Lund urged a firm reply, saying that otherwise the port board would ignore the fishers.")).toEqual([
      ["otherwise the port board would ignore the fishers", "Dev Lund"],
    ]);
  });

  it("`…, pointing to his record and saying that …`", () => {
    expect(quotes("The vote was close. Dev Lund ducked the question, pointing to his record and saying that senators are overrated.")).toEqual([
      ["senators are overrated", "Dev Lund"],
    ]);
  });

  it("`…, announcing on Wednesday she would …`; not a plan: `…, announcing plans for a park`", () => {
    expect(quotes("The vote was close. Ana Ruiz joined the debate, announcing on Wednesday she would meet the union.")).toEqual([
      ["she would meet the union", "Ana Ruiz"],
    ]);
    expect(quotes("The vote was close. Ana Ruiz joined the debate, announcing plans for a new park.")).toEqual([]);
  });
});

describe("a sentence's words running into a tagged quotation: one reported clause", () => {
  it("`The plan is \"a real mess,\" Ruiz said.`: the clause holds the quotation, which is not kept alone", () => {
    const got = quotes("Ana Ruiz spoke on Monday. The ferry plan is \"a real mess for the islands,\" Ruiz said.");
    expect(got).toEqual([["The ferry plan is \"a real mess for the islands,\"", "Ana Ruiz"]]);
  });

  it("an inverted tag with an appositive: `… are \"deeply reckless,\" said Dev Lund, an economist.`", () => {
    const got = quotes("The budget came out on Monday. The tax plans are \"deeply reckless,\" said Dev Lund, an economist at the Harbour Institute.");
    expect(got).toEqual([["The tax plans are \"deeply reckless,\"", "Dev Lund"]]);
  });

  it("a participle after the tag still reports the same speaker's speech", () => {
    const got = quotes("Ana Ruiz spoke on Monday. The mayor will play the \"harbour card,\" Ruiz said, adding that the plan would fail.");
    expect(got).toEqual([
      ["The mayor will play the \"harbour card,\"", "Ana Ruiz"],
      ["the plan would fail", "Ana Ruiz"],
    ]);
  });

  it("not after a label, nor when the tag's verb takes a clause of its own, nor after a colon", () => {
    expect(quotes("Dev Lund spoke. She called the plan \"a total disaster,\" Lund said.").map(([t]) => t)).not.toContain("She called the plan \"a total disaster,\"");
    expect(quotes("Ana Ruiz spoke. Asked about the ferry timetable \"plan,\" Ruiz said it was late.").map(([t]) => t))
      .toEqual(["\"plan,\"", "it was late"]);
    expect(quotes("Ana Ruiz spoke. Her answer was short: \"We will not sell the pier to anyone,\" Ruiz said.").map(([t]) => t))
      .toEqual(["\"We will not sell the pier to anyone,\""]);
  });
});

describe("a progressive of a speech participle is a finite verb of speech", () => {
  it("`Ana Ruiz is insisting that …`, `critics have been arguing …`: the clause after it is reported", () => {
    expect(quotes("The vote ended on Monday. Ana Ruiz is insisting that she has expanded the harbour party.")).toEqual([
      ["she has expanded the harbour party", "Ana Ruiz"],
    ]);
    expect(quotes("The pier shut in May. Critics have been arguing that the pier is unsafe for the night crews.").map(([t]) => t))
      .toEqual(["the pier is unsafe for the night crews"]);
  });

  it("`is telling reporters (that) …`, `after telling his aides …`: the hearer first, then the clause", () => {
    expect(quotes("The vote ended on Monday. Ana Ruiz is telling reporters in Ava that she will win the harbour seat.")).toEqual([
      ["she will win the harbour seat", "Ana Ruiz"],
    ]);
    expect(quotes("The vote ended on Monday. Dev Lund made gaffes after telling his aides he would adopt a calmer tone.").map(([t]) => t))
      .toEqual(["he would adopt a calmer tone"]);
  });

  it("not a noun after a possessive (`his warning that …`), nor a participle taking an object (`is claiming victory`)", () => {
    expect(quotes("The deal drew fire. Dev Lund spoke, and his warning that the pier would close was heard.")).toEqual([]);
    expect(quotes("The vote ended on Monday. Dev Lund is already claiming victory in the harbour race.")).toEqual([]);
    expect(quotes("The vote ended on Monday. Tickets telling them when to queue were handed out at the pier.")).toEqual([]);
  });
});

describe("a first-person subject reports speech with no speaker", () => {
  it("`I told the judge that …`, `We said …`: the clause is reported, given to nobody named", () => {
    expect(quotes("Ana Ruiz chaired the hearing. I told the judge that the harbour board had misled the court.")).toEqual([
      ["the harbour board had misled the court", null],
    ]);
    expect(quotes("Dev Lund spoke first. We said the pier would close before the winter storms.")).toEqual([
      ["the pier would close before the winter storms", null],
    ]);
  });

  it("not a first-person thought: `I think …`", () => {
    expect(quotes("Dev Lund spoke first. I think the pier will close before the winter storms.")).toEqual([]);
  });
});

describe("a relative \"who\" before a speech verb whose antecedent is no speaker read", () => {
  it("`… critics who say <clause>`, `… 18% who say <clause>`: the clause is reported with no speaker", () => {
    expect(quotes("The vote came on Monday. The mayor rebuked critics who say he should have closed the pier in May.")).toEqual([
      ["he should have closed the pier in May", null],
    ]);
    expect(quotes("The poll came out on Monday. A majority disliked the plan, including 18% who say they would leave the harbour.").map(([t]) => t))
      .toEqual(["they would leave the harbour"]);
  });

  it("after a name and its appositives: `said Noor Lund, 24, from Ava, who said …` gives the clause to the name", () => {
    const got = quotes("The rally ended late. \"I will vote for her,\" said Noor Lund, 24, from Ava, who said Ruiz is best placed to fix the pier.");
    expect(got[got.length - 1]).toEqual(["Ruiz is best placed to fix the pier", "Noor Lund"]);
  });

  it("not without a clause: `those who said no`", () => {
    expect(quotes("The vote came on Monday. Those who said no were sent home early.")).toEqual([]);
  });
});

describe("a description with a verb of evidence and \"that\"", () => {
  it("`The retired surgeon indicated that …`, `Early ferry data suggests that …`: the clause is reported", () => {
    expect(quotes("The hearing opened. The retired surgeon indicated that he expected the inquiry to open up his past.").map(([t]) => t))
      .toEqual(["he expected the inquiry to open up his past"]);
    expect(quotes("The season ended. Early ferry data suggests that the line carried about 8 million riders.").map(([t]) => t))
      .toEqual(["the line carried about 8 million riders"]);
  });

  it("not another verb (`The big red kite insisted that …`), nor a plural noun (`news reports that …`)", () => {
    expect(quotes("The race is close. The big red kite insisted that the pier plan undermines other goals.")).toEqual([]);
    expect(quotes("The race is close. He spoke amid news reports that the pier would close in May.")).toEqual([]);
  });
});
