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
    expect(quotes("The vote was close. Dev Lund sharply answered neighbours who say he should move the pier.")).toEqual([]);
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
