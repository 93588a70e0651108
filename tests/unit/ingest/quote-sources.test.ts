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

  it('"the <class noun> <Name> said <clause>": a name holding a verb-like word ("Hope") is still the organisation', () => {
    const x = run("The aid group Hope Rising said it would appeal the ruling.");
    expect(x.quotes.map((q) => [q.text, q.speaker, q.speakerOrganization])).toEqual([["it would appeal the ruling", null, "Hope Rising"]]);
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

describe("reported speech without a speech verb before it", () => {
  it('"X <verb phrase>, saying <clause>": "Ada Kerr hit back late Monday, saying the audit was rushed."', () => {
    expect(quotes("Ada Kerr hit back late Monday, saying the audit was rushed and badly sourced.")).toEqual([
      ["the audit was rushed and badly sourced", "Ada Kerr"],
    ]);
  });

  it('a quotation after "…, saying" with no earlier quote takes the sentence subject: `Ada Kerr hit back, saying "…"`', () => {
    const x = run('Ada Kerr hit back late Monday, saying "the audit was rushed and badly sourced from the start."');
    expect(x.quotes.map((q) => q.speaker)).toEqual(["Ada Kerr"]);
  });
});

describe("more speakers that name no person", () => {
  it('"they" finds a group named in the sentence before: "Several shop owners have complained. They say …"', () => {
    const x = run("Pia Lund runs a cafe. Several shop owners have complained about the detour. They say the closure has cut their sales by half.");
    expect(x.quotes.map((q) => [q.text, q.speakerDescription])).toEqual([["the closure has cut their sales by half", "Several shop owners"]]);
  });

  it('a document speaks for the issuer written in it: "according to the Harbour Board report"', () => {
    const x = run("Ferry traffic fell by a third last year, according to the Harbour Board report.");
    expect(x.quotes.map((q) => q.speakerOrganization)).toEqual(["Harbour Board"]);
  });

  it('a document\'s author after "from": "according to new figures from the Coastal Survey Office"', () => {
    const x = run("Ferry traffic fell by a third last year, according to new figures from the Coastal Survey Office.");
    expect(x.quotes.map((q) => q.speakerOrganization)).toEqual(["Coastal Survey Office"]);
  });

  it('"the commission" does not take an unrelated company named before; "the company" does', () => {
    const x = run(
      "Brightwell Group said its profits doubled. Fares will rise in March, the commission said. Staff will get a bonus, the company said.",
    );
    // "the commission" names no organisation of its own: it is kept as the description it is.
    expect(x.quotes.map((q) => q.speakerOrganization ?? q.speakerDescription)).toEqual(["Brightwell Group", "the commission", "Brightwell Group"]);
    expect(x.quotes[1].speakerOrganization).toBeNull();
  });

  it('a name read as an organisation that is a person\'s surname is that person: "Canadian singer Okafor said …"', () => {
    const x = run("Lena Okafor won the award. Canadian singer Okafor said the win came as a complete surprise to her.");
    expect(x.quotes.map((q) => q.speaker)).toEqual(["Lena Okafor"]);
  });
});

describe("speech verbs and what may follow them", () => {
  it('base forms after a plural subject: "Engineers explain the tunnel needs new pumps."', () => {
    expect(quotes("Engineers explain the old tunnel needs new pumps before winter.")).toEqual([
      ["the old tunnel needs new pumps before winter", "Engineers"],
    ]);
  });

  it('a month or year after the verb is not the quote: "The rowing federation wrote in March it backs the bid."', () => {
    expect(quotes("The Northern Rowing Federation wrote in March it backs the new regatta bid.")).toEqual([["it backs the new regatta bid", "Northern Rowing Federation"]]);
  });

  it('"said by text message <clause>" skips the channel', () => {
    expect(quotes("Tomas Brandt rents kayaks. Brandt said by phone call the lake stayed calm until noon.")).toEqual([
      ["the lake stayed calm until noon", "Tomas Brandt"],
    ]);
  });

  it('a weekday with a possessive opens the clause: "Civil liberties groups said Tuesday\'s ruling will face an appeal."', () => {
    expect(quotes("Civil liberties groups said Tuesday's ruling will face an appeal within weeks.")).toEqual([
      ["Tuesday's ruling will face an appeal within weeks", "Civil liberties groups"],
    ]);
  });

  it('"said inside his shop" is a place, not a quote', () => {
    expect(quotes("Tomas Brandt spoke to us. Brandt said inside his shop near the harbour.")).toEqual([]);
  });

  it('a camel-case name is not a glued sentence: "Quill told CityWire Canada the bylaw helps landlords."', () => {
    expect(quotes("Mara Quill spoke. Quill told CityWire Canada the new parking bylaw mostly helps landlords.")).toEqual([
      ["the new parking bylaw mostly helps landlords", "Mara Quill"],
    ]);
  });
});

describe("resolving descriptions and documents", () => {
  it('"the commissioner said" → the person named with that title, not the last person with any title', () => {
    const x = run(
      "League commissioner Ivo Marsh spoke first. Dr. Petra Lind, a team physician, examined the players. The rule will stay in place next season, the commissioner said.",
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(["Ivo Marsh"]);
  });

  it('a document named again speaks for whoever first wrote in it: "Yara Stone wrote in a public notice that … According to the notice, …"', () => {
    const x = run(
      "Yara Stone wrote in a public notice that the servers were never patched. Omar Reyes works at the firm. According to the notice, the attackers came back a week later.",
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(["Yara Stone", "Yara Stone"]);
  });

  it('a pair named between two quotes does not take over: `"…," said Hale. Lund and Berg have also won. "…"`', () => {
    const x = run(
      '"We have had a great run of results lately," said Tom Hale, who has won twice. Eva Lund and Nils Berg have also won this year. "We are proud to play for our country every single week."',
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(["Tom Hale", "Tom Hale"]);
  });

  it('a caption glued to the next paragraph is cut off the speaker phrase: "(Photo/Wire ImagesMarta Quill said …)"', () => {
    const x = run("Rescue crews arrived at dawn. (Photo/Wire ImagesHarbor Watch said the pier had been closed since Friday.");
    expect(x.quotes.map((q) => q.speakerOrganization)).toEqual(["Harbor Watch"]);
  });
});

describe("subjects set off from their verb", () => {
  it('a relative clause between subject and verb: "A spokesperson for the port who attended the hearing told us …"', () => {
    const x = run("Dina Roy chairs the board. A spokesperson for the port who attended the hearing told reporters the ferry will resume next week.");
    expect(x.quotes.map((q) => [q.text, q.speakerDescription])).toEqual([["the ferry will resume next week", "A spokesperson for the port"]]);
  });

  it('"he" after an unnamed singular source, with no one named since, is that source', () => {
    const x = run(
      "Dina Roy chairs the board. A witness who lives nearby said the alarm never sounded. Later that night, he said the crews came far too late.",
    );
    expect(x.quotes.map((q) => q.speakerDescription)).toEqual(["A witness", "A witness"]);
  });

  it('"it" with no organisation quoted before takes one named in the sentence: "the council weighs what it says is …"', () => {
    const x = run("Rents keep rising while the council weighs what it says is a record shortfall in housing.");
    expect(x.quotes.map((q) => q.speakerDescription)).toEqual(["the council"]);
  });

  it('a definite description with an "of" complement refers back to the person: "The former harbour master of the Port Authority said …"', () => {
    const x = run("Karl Wendt retired last year. The former harbour master of the Port Authority said the pier needs a new roof.");
    expect(x.quotes.map((q) => q.speaker)).toEqual(["Karl Wendt"]);
  });

  it('"X says on its website that …" skips the channel', () => {
    expect(quotes("The Coastal Safety Board says on its website that boaters should stay ashore this weekend.")).toEqual([
      ["boaters should stay ashore this weekend", "Coastal Safety Board"],
    ]);
  });
});

describe("documents sent by an organisation", () => {
  it('"A notice issued by the Harbour Board late Monday said …" speaks for the board; "the board" later refers back', () => {
    const x = run(
      "A notice issued by the Harbour Board late Monday said the north pier will close for repairs. Boats can still dock at the south pier, the board said.",
    );
    expect(x.quotes.map((q) => q.speakerOrganization)).toEqual(["Harbour Board", "Harbour Board"]);
  });
});

describe("coordinated speech and new referents", () => {
  it('"X said <clause>, and added <clause>": two quotes, one speaker', () => {
    expect(quotes("Ana Ruiz spoke. She said the ferry is late again, and added she doubts the new schedule will help.")).toEqual([
      ["the ferry is late again", "Ana Ruiz"],
      ["she doubts the new schedule will help", "Ana Ruiz"],
    ]);
  });

  it('an indefinite role introduces the person named next: "One former director said …. Lea Moss told us …"', () => {
    const x = run("Paul Kent chairs the board. One former director said the club should sell the boathouse. Lea Moss resigned from the club in May.");
    expect(x.quotes.map((q) => q.speaker)).toEqual(["Lea Moss"]);
  });

  it("an indefinite role with no one named next is a description", () => {
    const x = run("Paul Kent chairs the board. One former director said the club should sell the boathouse. The vote is on Friday.");
    expect(x.quotes.map((q) => [q.speaker, q.speakerDescription])).toEqual([[null, "One former director"]]);
  });
});

describe("what is not reported speech", () => {
  it('a phrase with no verb before a final tag: "During the second half, Lee asked Park whether the pitch was wet."', () => {
    // The phrase before the tag is no quote; the question after "asked … whether" is reported (reported-speech-pos.test.ts).
    expect(quotes("Min Lee played Jae Park. During the second half, Lee asked Park whether the pitch was wet.")).toEqual([
      ["whether the pitch was wet", "Min Lee"],
    ]);
  });

  it('a photo caption with a credit: "Ana Ruiz said the pier will reopen soon. (Jon Lee/Harbour Press)"', () => {
    expect(quotes("Ana Ruiz said the pier will reopen in the spring. (Jon Lee/Harbour Press)The storm hit on Monday.")).toEqual([]);
  });

  it('"…, according to Dr. Ana Ruiz, a family doctor in Port Ellis." keeps only the clause before', () => {
    expect(quotes("Clinics are short of nurses, according to Dr. Ana Ruiz, a family doctor in Port Ellis.")).toEqual([["Clinics are short of nurses", "Ana Ruiz"]]);
  });

  it('after a mid-sentence tag, a participle that is not speech ends the quote: "…, the agency said, causing long delays …"', () => {
    expect(quotes("Two bridges are still closed, the agency said, causing long delays downtown.")).toEqual([["Two bridges are still closed", "the agency"]]);
  });

  it('a document\'s author written after it: "according to a report published in June by the Coastal Survey Office"', () => {
    const x = run("Ferry traffic fell by a third, according to a report published in June by the Coastal Survey Office.");
    expect(x.quotes.map((q) => q.speakerOrganization)).toEqual(["Coastal Survey Office"]);
  });
});

describe("hearers after told/urged", () => {
  it('a plain plural hearer: "Northwind Mining Corp. told employees it will freeze hiring."', () => {
    expect(quotes("Northwind Mining Corp. told employees it will freeze hiring until the fall.")).toEqual([["it will freeze hiring until the fall", "Northwind Mining Corp."]]);
  });

  it('"told court" then a clause: "Ruiz told court she had never seen the documents."', () => {
    expect(quotes("Lena Ruiz testified on Monday. Ruiz told court she had never seen the documents.")).toEqual([["she had never seen the documents", "Lena Ruiz"]]);
  });

  it('an infinitive after the hearer: "Ruiz urged people to vote early in the spring election."', () => {
    expect(quotes("Lena Ruiz spoke on Monday. Ruiz urged people to vote early in the spring election.")).toEqual([["to vote early in the spring election", "Lena Ruiz"]]);
  });
});

describe("more reported-speech shapes", () => {
  it('a coordinated verb takes the sentence subject: "Investigators called the blaze deliberate and said two men were seen nearby."', () => {
    expect(quotes("Investigators called the blaze deliberate and said two men were seen nearby.")).toEqual([["two men were seen nearby", "Investigators"]]);
  });

  it('a short prepositional phrase before "that": "Ruiz conceded in front of the panel that the count seemed high."', () => {
    expect(quotes("Lena Ruiz appeared in court. Ruiz conceded in front of the panel that the count seemed high.")).toEqual([["the count seemed high", "Lena Ruiz"]]);
  });

  it('a colon and a new pronoun verb start a second quote: "she says X: she notes that Y"', () => {
    expect(quotes("Lena Ruiz grew up in Leeds. She says the city was quiet back then: she notes that most shops closed at six.")).toEqual([
      ["the city was quiet back then", "Lena Ruiz"],
      ["most shops closed at six", "Lena Ruiz"],
    ]);
  });
});

describe("unnamed sources with modifiers", () => {
  it('a participle after the head is not part of the name: "…, a nurse working at the clinic told reporters."', () => {
    const x = run("Dina Roy chairs the board. The crowd ran for the exits, a nurse working at the clinic told reporters.");
    expect(x.quotes.map((q) => q.speakerDescription)).toEqual(["a nurse"]);
  });

  it('"the lawyer" with no lawyer named before refers ahead to the person named with that title', () => {
    const x = run(
      "Tom Hale was charged in June. According to the lawyer for the club, the boats were towed after a complaint. Lawyer Ana Ruiz said the case will go to trial.",
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });
});

describe("organisation names with a common-noun head", () => {
  it('"Larkspur\'s research unit said …" is named; "the firm" later takes it', () => {
    const x = run("Larkspur's research unit said the leak came from an old server. The attack began in May, the firm wrote in a note.");
    expect(x.quotes.map((q) => q.speakerOrganization)).toEqual(["Larkspur's research unit", "Larkspur's research unit"]);
  });

  it("a photo credit glued before a sentence is not part of the quote", () => {
    expect(quotes("The pier reopened.( Jon Lee / Harbour Press )Ferries will resume next week, according to the port authority.")).toEqual([
      ["Ferries will resume next week", "the port authority"],
    ]);
  });
});

describe("documents held, not written, by an organisation", () => {
  it('"according to a letter seen by the Daily Wire" does not make the newspaper the speaker', () => {
    const x = run("Ferry fares will rise in May, according to a letter seen by the Daily Wire.");
    expect(x.quotes.map((q) => [q.speakerOrganization, q.speakerDescription])).toEqual([[null, "a letter"]]);
  });
});

describe("organisation names holding a list", () => {
  it('"according to the Water, Soil and Climate Agency" keeps the whole name up to its head noun', () => {
    expect(quotes("The dam burst at noon, according to the Water, Soil and Climate Agency (WSCA).The river rose.")).toEqual([
      ["The dam burst at noon", "Water, Soil and Climate Agency"],
    ]);
  });

  it('"according to Statistics Norland, Ontario and Quebec saw …": a list not ending in an organisation noun is not the name', () => {
    const found = quotes("Prices fell, according to Statistics Norland, Ontario and Quebec saw the biggest drop.");
    expect(found.map(([, speaker]) => speaker)).toEqual(["Statistics Norland"]);
  });
});

describe("camel-case brands as speaking organisations", () => {
  it("`after BuzzFeed reported that …`, `EgyptAir has confirmed that …`: the brand whole, not its second part", () => {
    const doc = (body: string) => extract({ externalId: "t", file: "t.txt", source: "Test", date: "2016-05-20", body, bodyOffset: 0 });
    expect(doc("The deal faltered in May after BuzzFeed reported that he had sold the ferry line.").quotes[0].speakerOrganization).toBe("BuzzFeed");
    expect(doc("The ferry ran aground. EgyptAir has confirmed that its cargo flight was delayed.").quotes[0].speakerOrganization).toBe("EgyptAir");
  });
});

describe("aides, advisers and allies as unnamed sources", () => {
  it("`His aides say …`, `Dev Lund’s advisers say …`: a description speaks, not a person", () => {
    const got = (body: string) => extract({ externalId: "t", file: "t.txt", source: "Test", date: "2016-05-20", body, bodyOffset: 0 }).quotes;
    const aides = got("The vote was close. His aides say the vote was rigged from the start.");
    expect(aides.map((q) => [q.text, q.speaker, q.speakerDescription])).toEqual([["the vote was rigged from the start", null, "His aides"]]);
    const advisers = got("The vote was close. Dev Lund’s advisers say the vote was rigged from the start.");
    expect(advisers.map((q) => [q.text, q.speaker, q.speakerDescription])).toEqual([["the vote was rigged from the start", null, "Dev Lund’s advisers"]]);
  });
});
