import { extract } from "../../../src/ingest/extract";
import { findEvents } from "../../../src/ingest/extract/events";
import { clusterPeople, findPersonMentions } from "../../../src/ingest/extract/people";
import { glueCuts } from "../../../src/ingest/extract/tokens";
import { splitSentences } from "../../../src/ingest/parse/sentences";
import type { Extraction, SourceDocument } from "../../../src/ingest/types";

function run(body: string, date = "2019-02-08"): Extraction {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date, body, bodyOffset: 0 };
  const x = extract(doc);
  for (const q of x.quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
  return x;
}
const people = (body: string) => run(body).persons.map((p) => p.name);
const quotes = (body: string) => run(body).quotes.map((q) => ({ text: q.text, kind: q.kind, cue: q.cue, speaker: q.speaker }));

describe("people rules", () => {
  it('honorific + name: "Dr. Lena Okafor, Manitoba\'s chief coroner"', () => {
    const x = run("Dr. Lena Okafor, Manitoba's chief coroner, agreed.");
    expect(x.persons).toEqual([{ name: "Lena Okafor", aliases: ["Dr. Lena Okafor"], honorifics: ["Dr."], roles: [] }]);
  });

  it('organisation + title + name: "Northern Affairs Minister Colm O\'Dwyer told the House"', () => {
    const x = run("Northern Affairs Minister Colm O'Dwyer told the House of Commons nothing.");
    expect(x.persons[0]).toMatchObject({ name: "Colm O'Dwyer", roles: [{ title: "Minister", organization: "Northern Affairs" }] });
  });

  it('lower-case title before a name: "spokesperson Lucie Bergeron said"', () => {
    expect(run("It is routine, spokesperson Lucie Bergeron said in an email.").persons[0].roles).toEqual([{ title: "spokesperson", organization: null }]);
  });

  it('surname-only mention joins the full name: "Rob Kaminski … Kaminski said"', () => {
    const x = run("Union president Rob Kaminski spoke first. Later, Kaminski said the vote was clear.");
    expect(x.persons).toHaveLength(1);
    expect(x.persons[0].aliases).toContain("Kaminski");
  });

  it('drops leading function words: "But Brennick told the jury"', () => {
    expect(people("Howard Brennick was charged. But Brennick told the court he had been at the marina.")).toEqual(["Howard Brennick"]);
  });

  it('rejects organisations, places and teams: "the Portland Pacers", "Nova Scotia", "Islam Times"', () => {
    expect(people("Okonkwo went from the Portland Pacers to Nova Scotia, reported Islam Times and Rural Affairs.")).toEqual([]);
  });

  it('keeps a lone surname only as a speaker: "Brennick said" vs "Brennick Street"', () => {
    const mentions = findPersonMentions("Brennick said the street was dark.");
    const clusters = clusterPeople(mentions, () => true);
    expect(clusters.map((c) => c.name)).toEqual(["Brennick"]);
    expect(clusterPeople(mentions, () => false)).toEqual([]);
  });
});

describe("glue and credit rules", () => {
  it('splits glued words: "…work together: WhitfieldWhitfield said she likes a plan." but keeps "TechCrunch" and "LeMoine"', () => {
    expect(people("Dana Whitfield spoke. All levels of government should work together: WhitfieldWhitfield said she likes a plan.")).toEqual(["Dana Whitfield"]);
    expect(glueCuts("WhitfieldWhitfield")).toEqual([9]);
    expect(glueCuts("4:17Kaminski".slice(2))).toEqual([2]);
    for (const word of ["TechCrunch", "HuffPost", "LeMoine", "McKellan", "VanDusen", "iPhone"]) expect(glueCuts(word)).toEqual([]);
  });

  it('ignores photo credits: "(Marta Kowalczyk / The Canadian Press)"', () => {
    expect(people("Lindqvist spoke in Ottawa. (Marta Kowalczyk / The Canadian Press)")).toEqual([]);
  });

  it('does not read initials as a name: "in Bathurst, N.B.Ashdown said that he would run."', () => {
    expect(people("Neil Ashdown spoke in Bathurst, N.B.Ashdown said that he would run.")).toEqual(["Neil Ashdown"]);
  });
});

describe("quote rules", () => {
  it('description, then the name: "His lawyer, Wei Lianhua, said his client will seek a new hearing."', () => {
    expect(quotes("Oren Feldman spoke. His lawyer, Wei Lianhua, said his client will seek a new hearing.")[0].speaker).toBe("Wei Lianhua");
  });

  it('name with an affiliation: "Colin Abernethy with the Yukon Hospital Corporation says the waits have several causes."', () => {
    expect(quotes("Colin Abernethy with the Yukon Hospital Corporation says the waits have several causes.")[0].speaker).toBe("Colin Abernethy");
  });

  it('direct quote then tag: `"It is remarkable," VanDusen said.`', () => {
    expect(quotes('Tomas VanDusen was pleased. "It is remarkable how quick she is," VanDusen said.')).toEqual([
      { text: '"It is remarkable how quick she is,"', kind: "DIRECT", cue: "said", speaker: "Tomas VanDusen" },
    ]);
  });

  it('verb before speaker: `"The backlog\'s not new," says Gord Pettigrew, a nurse.`', () => {
    expect(quotes('"The backlog\'s not new," says Gord Pettigrew, a nurse from Antigonish.')[0]).toMatchObject({ cue: "says", speaker: "Gord Pettigrew" });
  });

  it('speaker before the quote: `He said "We should make efforts towards practical unity."`', () => {
    const q = quotes('Naim Qassem spoke. He said "We should make efforts towards practical unity."');
    expect(q).toEqual([{ text: '"We should make efforts towards practical unity."', kind: "DIRECT", cue: "said", speaker: "Naim Qassem" }]);
  });

  it("curly quotes: “We are ready to go now,” said coach Nick Nurse.", () => {
    expect(quotes("\u201CWe are ready to go now,\u201D said coach Nick Nurse.")[0]).toMatchObject({ kind: "DIRECT", speaker: "Nick Nurse" });
  });

  it("a quote continuing in the next paragraph goes to the last speaker", () => {
    const q = quotes('"I\'m glad to be back home," says Marta Kowalczyk."That\'s how it was always going to end, I think."');
    expect(q.map((x) => x.speaker)).toEqual(["Marta Kowalczyk", "Marta Kowalczyk"]);
  });

  it("skips short scare quotes: 'treating herself with \"sleep aids\" bought from a neighbour'", () => {
    expect(quotes('She was treating herself with "sleep aids" bought from a neighbour.').filter((q) => q.kind === "DIRECT")).toEqual([]);
  });

  it('reported speech with "that": "Sheikh Naim Qassem noted that the Islamic nations should unite."', () => {
    expect(quotes("Sheikh Naim Qassem noted that the Islamic nations should unite.")).toEqual([
      { text: "the Islamic nations should unite", kind: "INDIRECT", cue: "noted", speaker: "Naim Qassem" },
    ]);
  });

  it('reported speech without "that", hearer skipped: "Brennick repeatedly told the judge he could not recall moving the car."', () => {
    const q = quotes("Howard Brennick was tried. Brennick repeatedly told the judge he could not recall moving the car.");
    expect(q).toEqual([{ text: "he could not recall moving the car", kind: "INDIRECT", cue: "told", speaker: "Howard Brennick" }]);
  });

  it('multi-word cue: "He went on to say that Imam Khomeini always emphasized unity."', () => {
    const q = quotes("Naim Qassem spoke. He went on to say that Imam Khomeini always emphasized unity.");
    expect(q[0]).toMatchObject({ cue: "went on to say", speaker: "Naim Qassem", text: "Imam Khomeini always emphasized unity" });
  });

  it('tag at the end: "Islamic nations should see that as a role model, he said."', () => {
    expect(quotes("Naim Qassem spoke. Islamic nations should see that as a role model, he said.")[0]).toMatchObject({
      text: "Islamic nations should see that as a role model",
      cue: "said",
      speaker: "Naim Qassem",
    });
  });

  it('tag in the middle splits the quote: "The pills have only a few proper uses, he says, and are meant for brief courses."', () => {
    const q = quotes("Dr. Anil Mehta spoke. The pills have only a few proper uses, he says, and are meant for brief courses.");
    expect(q.map((x) => x.text)).toEqual(["The pills have only a few proper uses", "and are meant for brief courses"]);
    expect(q.every((x) => x.speaker === "Anil Mehta")).toBe(true);
  });

  it('"according to": "40 per cent of the cases involve a sedative, according to Dr. Ines Carvalho."', () => {
    expect(quotes("Still, 40 per cent of the cases involve a sedative, according to Dr. Ines Carvalho.")[0]).toMatchObject({
      kind: "INDIRECT",
      cue: "according to",
      speaker: "Ines Carvalho",
    });
  });

  it('participle carries the speaker: "Qassem noted that nations must stand together, adding that unity matters most."', () => {
    const q = quotes("Naim Qassem spoke. Qassem noted that nations must stand together, adding that unity matters most.");
    expect(q.map((x) => [x.text, x.cue, x.speaker])).toEqual([
      ["nations must stand together", "noted", "Naim Qassem"],
      ["unity matters most", "adding", "Naim Qassem"],
    ]);
  });
});

describe("coreference rules", () => {
  it('"Hezbollah official stated" → the person holding a Hezbollah role', () => {
    const q = quotes("Hezbollah Deputy Secretary General Naim Qassem spoke. Hezbollah official stated that the unity must have a minimum.");
    expect(q[0]).toMatchObject({ cue: "stated", speaker: "Naim Qassem" });
  });

  it("a pronoun skips names inside what was said: 'he pointed out that … Ali Khamenei emphasized …. He continued'", () => {
    const q = quotes(
      'Naim Qassem spoke. He pointed out that Ayatollah Ali Khamenei emphasized the issue of rights.He continued "We should be able to make more efforts together."',
    );
    expect(q.map((x) => x.speaker)).toEqual(["Naim Qassem", "Naim Qassem"]);
  });

  it("a pronoun goes to the most recent person otherwise: 'Nadia Petrenko … Glen Arsenault … he says'", () => {
    const q = quotes("Nadia Petrenko wrote the study. Glen Arsenault lost his brother. His brother was worried for months, he says.");
    expect(q[0].speaker).toBe("Glen Arsenault");
  });
});

describe("events rule", () => {
  it('"the 37th International Islamic Unity Conference (IIUC) on Sunday"', () => {
    const body = "Speaking at the 37th International Islamic Unity Conference (IIUC) on Sunday, he spoke.";
    expect(findEvents(body, splitSentences(body), "2023-10-02")).toEqual([
      { name: "37th International Islamic Unity Conference", acronym: "IIUC", ordinal: 37, date: "2023-10-01", location: null },
    ]);
  });
});
