import { extract } from "../../../src/ingest/extract";
import { dropCredits } from "../../../src/ingest/extract/credits";
import { firstNameGender, guessGenders, pronounGender } from "../../../src/ingest/extract/gender";
import { clusterPeople, findPersonMentions } from "../../../src/ingest/extract/people";
import { maskQuotes, findQuotedSpans } from "../../../src/ingest/extract/quote-marks";
import { glueCuts } from "../../../src/ingest/extract/tokens";
import { splitSentences } from "../../../src/ingest/parse/sentences";
import type { Extraction, SourceDocument } from "../../../src/ingest/types";

function run(body: string): Extraction {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2019-01-16", body, bodyOffset: 0 };
  const x = extract(doc);
  for (const q of x.quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
  return x;
}
const people = (body: string) => run(body).persons.map((p) => p.name);
const speakers = (body: string) => run(body).quotes.map((q) => [q.text, q.speaker]);
const directSpeakers = (body: string) => run(body).quotes.filter((q) => q.kind === "DIRECT").map((q) => q.speaker);

describe("gender agreement", () => {
  it("reads gender from pronouns and first names (data in lexicon/gender.ts)", () => {
    expect(pronounGender("She")).toBe("f");
    expect(pronounGender("his")).toBe("m");
    expect(pronounGender("they")).toBeNull();
    expect(firstNameGender("Nadia")).toBe("f");
    expect(firstNameGender("Glen")).toBe("m");
    expect(firstNameGender("Jordan")).toBeNull();
  });

  it('gender from the pronoun after a name: "Wulan, a resident of Kendari, was asleep when she heard the wind."', () => {
    const body = "Wulan, a resident of Kendari, was asleep when she heard the wind.";
    const masked = maskQuotes(body, findQuotedSpans(body));
    const clusters = clusterPeople(findPersonMentions(body), () => false);
    expect(clusters.map((c) => c.name)).toEqual(["Wulan"]);
    expect([...guessGenders(clusters, masked, splitSentences(masked)).values()]).toEqual(["f"]);
  });

  it('"she" skips a more recent man: "Nadia Petrenko … The CBC\'s Glen Arsenault reports. … Jaxon made the call, she says."', () => {
    const q = speakers(
      "Nadia Petrenko lives in Wolfville. The CBC's Glen Arsenault reports on the story. Jaxon made the call he did that night, she says.",
    );
    expect(q).toEqual([["Jaxon made the call he did that night", "Nadia Petrenko"]]);
  });

  it('"she said" after a couple: `Fortier tried to break the news to Haldane. "I\'m not a stranger," she said.`', () => {
    const q = speakers('Owen Haldane met Lisa Marie Fortier. Fortier tried to break the news to Haldane. "I\'m not a stranger here, honestly," she said.');
    expect(q.map((x) => x[1])).toEqual(["Lisa Marie Fortier"]);
  });

  it('a gendered role noun only takes that gender: "the spokeswoman said"', () => {
    const q = speakers("Ms. Li Xiaomei met Mr. Tan Wenbo. The spokeswoman said that the talks went well.");
    expect(q).toEqual([["the talks went well", "Li Xiaomei"]]);
  });

  it('a sentence opening with the pronoun passes its antecedent on: "Paul Lachance ruled. Still, he denied Mr. Ostrowski\'s request. "…," he wrote.', () => {
    const q = speakers(
      'Paul Lachance ruled on Friday. Still, he denied Mr. Derek Ostrowski\'s request for bank records. "This has turned into a bitter and costly dispute," he wrote.',
    );
    expect(q.map((x) => x[1])).toEqual(["Paul Lachance"]);
  });
});

describe("participles", () => {
  it('a sentence-opening participle is no first name: "Knowing Haldane was a hockey fan, Fortier tried …"', () => {
    expect(people("Owen Haldane met Lisa Marie Fortier. Knowing Haldane was a hockey fan, Fortier tried to cheer him up.")).toEqual([
      "Owen Haldane",
      "Lisa Marie Fortier",
    ]);
    expect(people("Owen Haldane met Lisa Marie Fortier.'Back on the rink'Knowing Haldane was a fan, Fortier tried.")).toEqual(["Owen Haldane", "Lisa Marie Fortier"]);
  });
});

describe("word surnames", () => {
  it('"Ms. May" and "Helen May" are a person, "in May" is not', () => {
    expect(people("Premier Helen May lost the vote in May. After the vote, Ms. May refused to resign.")).toEqual(["Helen May"]);
  });

  it('"says House" joins "Dennis House", a lone "House" does not make a person', () => {
    const x = run('Dennis House runs the choir. "I always thought the show deserved a second act," says House.');
    expect(x.persons.map((p) => p.name)).toEqual(["Dennis House"]);
    expect(x.quotes[0].speaker).toBe("Dennis House");
    expect(people("The House voted on the bill.")).toEqual([]);
  });
});

describe("bylines, credits and captions", () => {
  it('drops bylines: "Marta Kowalczyk, The Associated PressCHICAGO -- Google says …"', () => {
    expect(people("Marta Kowalczyk, The Associated PressCHICAGO -- Google says Amazon is closing two of its offices.")).toEqual([]);
  });

  it('drops a producer byline: "Dev Raman, Capital Report producerConservative Leader Hana Sato says …"', () => {
    const names = people("Dev Raman, Capital Report producerConservative Leader Hana Sato says she would not run again.");
    expect(names).toContain("Hana Sato");
    expect(names).not.toContain("Dev Raman");
    // Any show name of up to three capitalised words works: no programme is listed by name.
    expect(people("Ada Brandt, Evening Desk Live producerLiberal Leader Hana Sato says she would not run again.")).not.toContain("Ada Brandt");
  });

  it('drops author notes: "Ilse Brandt is a deputy arts editor and a regular columnist for the Star."', () => {
    expect(people("You can watch it Friday at 9 p.m.Ilse Brandt is a deputy arts editor and a regular columnist for the Star.")).toEqual([]);
  });

  it('drops people named only in a caption: "Marta Kowalczyk / The Canadian Press Neil Ashdown, left, lifts Theo Lindqvist …"', () => {
    const body =
      "Neil Ashdown is considering a run. Marta Kowalczyk / The Canadian Press Neil Ashdown, left, lifts Theo Lindqvist onto his shoulders in Galway. Ashdown said he wants to keep going.";
    const mentions = dropCredits(body, findPersonMentions(body), splitSentences(body));
    expect(mentions.map((m) => m.surface)).toEqual(["Neil Ashdown", "Ashdown"]);
    expect(people(body)).toEqual(["Neil Ashdown"]);
  });

  it('drops people in an "Open this photo in gallery" caption', () => {
    expect(people("Open this photo in gallery Alberta Premier Ruth Ingram shakes hands with farmers.The levy is now in force.")).toEqual([]);
  });
});

describe("attribution rules", () => {
  it('a name, an appositive, then "said he …" is not an inverted tag: "Kwame Osei, chief executive of a firm, said he was unable to reach several staff members."', () => {
    const q = speakers("Kwame Osei, chief executive of a firm in the building, said he was unable to reach several staff members.");
    expect(q).toEqual([["he was unable to reach several staff members", "Kwame Osei"]]);
  });

  it('`"…," according to Dr. Ines Carvalho, a family physician.`', () => {
    const q = directSpeakers('Gord Pettigrew spoke first. "In this housing crunch, we simply do not have enough affordable units," according to Dr. Ines Carvalho, a family physician.');
    expect(q).toEqual(["Ines Carvalho"]);
  });

  it('`"…," Henrik Solberg, the company\'s founder and the brains behind the bike, said inside his workshop.`', () => {
    const q = directSpeakers(
      'Ada Lindgren built a startup. "I\'ve always needed a rival to chase," Henrik Solberg, the company\'s founder and the brains behind the region\'s top-selling electric cargo bike, said inside his workshop.',
    );
    expect(q).toEqual(["Henrik Solberg"]);
  });

  it('a quotation inside reported speech takes its speaker: `Marchand said she was glad that "a broad and growing circle of partner nations has backed Canada."`', () => {
    const q = run('Tomas Reiner was detained. Alice Marchand said she was glad that "a broad and growing circle of partner nations has backed Canada."').quotes;
    // The reported clause holds the quotation and is kept whole (mixed quotation).
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['she was glad that "a broad and growing circle of partner nations has backed Canada."', "Alice Marchand"]]);
  });

  it("splits a headline glued by a quote mark: \"'Too few rentals left'Ingram said …\"", () => {
    expect(glueCuts("left'Ingram")).toEqual([5]);
    const q = speakers("Ruth Ingram runs a tenants group.'Too few rentals left'Ingram said the reasons tenants feel powerless are clear.");
    expect(q).toEqual([["the reasons tenants feel powerless are clear", "Ruth Ingram"]]);
  });

  it('a lone name with a person appositive is a person: "Anselm, a resident of the valley, said the crossing had been calm."', () => {
    expect(people("Anselm, a resident of the valley who runs a ferry, said the crossing had been calm.")).toEqual(["Anselm"]);
  });
});

describe("pronoun speakers and names inside the reported clause", () => {
  it('"<Name> and others did X, he said" is not said by <Name>: the pronoun takes the person before', () => {
    const body = 'Ivo Dressler runs the ferry office. "We closed at noon," Dressler said. Colm Partridge was on board. ' +
      "Partridge and two deckhands bailed water for an hour, he said.";
    const q = speakers(body).find(([t]) => String(t).startsWith("Partridge and two"));
    expect(q?.[1]).toBe("Ivo Dressler");
  });
});

describe("definite roles with a modifier named later", () => {
  it('"the ODL commissioner said … ODL commissioner Ana Ruiz said": the article before the modifier makes the role definite', () => {
    const body = "Coach Tom Reddick of the Gulls said little. Asked for comment, the ODL commissioner said the office had not " +
      'received a claim. "We will review it," ODL commissioner Ana Ruiz said in a statement.';
    expect(speakers(body)).toContainEqual(["the office had not received a claim", "Ana Ruiz"]);
    const lower = body.replace(/ODL commissioner/g, "league commissioner");
    expect(speakers(lower)).toContainEqual(["the office had not received a claim", "Ana Ruiz"]);
  });
});

describe("kin roles", () => {
  it('"His father said" is the person introduced as "<Surname>\'s father, <Name>", not another titled person', () => {
    const body = "Police chief Amos Tarrant said the pier was closed. Berg's father, Amos, says his son loved the sea. " +
      "Berg had lived in Oslo since 2001. His father said the boy worked with fishing firms.";
    expect(speakers(body)).toContainEqual(["the boy worked with fishing firms", "Amos"]);
  });
});

describe("an irregular past verb after a quotation ending in a comma tags it", () => {
  it("`\"…,\" Lund shot back with a laugh.`: the name before the verb speaks, not the previous speaker", () => {
    expect(directSpeakers("Dev Lund and Ana Ruiz met at the pier. “Look at all these people here,” Ruiz said with a smirk. " +
      "“They are all here because he is promising free stuff,” Lund shot back with a laugh.")).toEqual(["Ana Ruiz", "Dev Lund"]);
  });

  it("a past verb that is no tag word leaves the quotation to the previous speaker: `\"…,\" Lund won.` is not read", () => {
    expect(directSpeakers("Dev Lund and Ana Ruiz met at the pier. “Look at all these people here,” Ruiz said with a smirk. " +
      "“They are all here because he is promising free stuff,” Lund won.")).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });
});

describe("a question's tag in the next sentence", () => {
  it("`Ruiz asked, \"…?\"Lund continued, \"…\"`: the next sentence's verb introduces its own quotation, the question keeps its tag", () => {
    expect(directSpeakers("Dev Lund spoke first. Maria Ruiz asked, “You think that the director would like to close the pier?”" +
      "Dev Lund continued, “Yes. For many reasons.”")).toEqual(["Maria Ruiz", "Dev Lund"]);
  });

  it("`\"…?\" Lund asked.`: a tag alone in the next sentence still tags the question", () => {
    expect(directSpeakers("Dev Lund spoke first. “Are we done with the pier?” Lund asked.")).toEqual(["Dev Lund"]);
  });
});

describe("a passive reported question names its asker after “by”", () => {
  it("`Ruiz was asked by host Dev Lund whether …`: Lund asks; a pronoun after it still refers to Ruiz", () => {
    expect(speakers("The debate ran late. Ana Ruiz was asked by host Dev Lund whether her plan would raise taxes on the middle class. " +
      "“The most important job is being a parent,” she said.")).toEqual([
      ["whether her plan would raise taxes on the middle class", "Dev Lund"],
      ["“The most important job is being a parent,”", "Ana Ruiz"],
    ]);
  });

  it("a passive question with no agent has no asker: `Ruiz was asked whether …`", () => {
    expect(speakers("The debate ran late. Ana Ruiz was asked whether her plan would raise taxes on the middle class.")).toEqual([
      ["whether her plan would raise taxes on the middle class", null],
    ]);
  });
});

describe("a question's tag of a name and a past verb in the next sentence", () => {
  it("`\"…?\" Ruiz pressed.`: the short sentence after the question tags it", () => {
    expect(directSpeakers("The talk went on. Dev Lund and Ana Ruiz spoke at length. “Building it? Not negotiable,” Lund said. " +
      "“Would it be negotiable about the fees?” Ruiz pressed.")).toEqual(["Dev Lund", "Ana Ruiz"]);
  });

  it("`\"…!\"Ruiz shared the message with her staff.`: a sentence of its own after the exclamation is no tag", () => {
    expect(directSpeakers("The talk went on. Dev Lund and Ana Ruiz spoke at length. “The pier plan failed and the ferry plan failed,” Lund posted on Friday. " +
      "“Not much vision at all!”Ruiz shared the message with her staff.")).toEqual(["Dev Lund", "Dev Lund"]);
  });
});

describe("the subject of a verb before a quotation, past titles and modifiers", () => {
  it("`Mr. Lund said, among other things, that Ms. Ruiz has “…”`: an abbreviated title does not hide the verb", () => {
    expect(directSpeakers("The talk went on. Dev Lund and Ana Ruiz spoke at length. Mr. Lund said, among other things, that Ms. Ruiz has " +
      "“got a huge problem because she is controlling so much of the harbour.”")).toEqual(["Dev Lund"]);
  });

  it("`Senator Raman, the Republican who heads the committee, which …, said Ms. Lund's donations “…”`: the subject speaks", () => {
    expect(speakers("The vote was close. Senator Dev Raman, the Ohio Republican who heads the Banking Committee, which oversees the bank, " +
      "said Ms. Lund's donations “call into question the independence of the board.”")).toEqual([
      ["Ms. Lund's donations “call into question the independence of the board.”", "Dev Raman"],
    ]);
  });
});
