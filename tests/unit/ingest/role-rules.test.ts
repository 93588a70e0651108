import { extract } from "../../../src/ingest/extract";
import { appositiveRoleAfter, lowercaseRoleBefore, normalizeRole } from "../../../src/ingest/extract/roles";
import type { ExtractedPerson, ExtractedRole, SourceDocument } from "../../../src/ingest/types";

function persons(body: string): ExtractedPerson[] {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2019-02-08", body, bodyOffset: 0 };
  return extract(doc).persons;
}
/** The roles of the person named `name` in `body`. */
function rolesOf(body: string, name: string): ExtractedRole[] {
  const p = persons(body).find((x) => x.name === name);
  if (!p) throw new Error(`${name} not found in: ${body}`);
  return p.roles;
}
const role = (title: string, organization: string | null = null): ExtractedRole => ({ title, organization });

describe("role titles before a name", () => {
  it('abbreviated titles are spelled out: "Sen. Maria Vollan said the bill would pass."', () => {
    expect(rolesOf("Sen. Maria Vollan said the bill would pass.", "Maria Vollan")).toEqual([role("Senator")]);
  });

  it('"Gov. Ellen Brandt signed it, and Rep. Tom Ashby objected."', () => {
    const body = "Gov. Ellen Brandt signed it, and Rep. Tom Ashby objected.";
    expect(rolesOf(body, "Ellen Brandt")).toEqual([role("Governor")]);
    expect(rolesOf(body, "Tom Ashby")).toEqual([role("Representative")]);
  });

  it('"Dr." is an honorific, not a role: "Dr. Hana Ruiz said the trial ended."', () => {
    expect(persons("Dr. Hana Ruiz said the trial ended.")[0]).toMatchObject({ name: "Hana Ruiz", honorifics: ["Dr."], roles: [] });
  });

  it('an organisation may start with a dropped word: "Then New Brunswick Premier Alain Roy spoke."', () => {
    expect(rolesOf("Then New Brunswick Premier Alain Roy spoke.", "Alain Roy")).toEqual([role("Premier", "New Brunswick")]);
  });

  it('"St." stays in the organisation and "Sgt." is spelled out: "St. Albert Police Sgt. Kim Osei said it was over."', () => {
    expect(rolesOf("St. Albert Police Sgt. Kim Osei said it was over.", "Kim Osei")).toEqual([role("Sergeant", "St. Albert Police")]);
  });

  it('initials keep their periods: "He met U.K. Trade Secretary Owen Hale on Monday."', () => {
    expect(rolesOf("He met U.K. Trade Secretary Owen Hale on Monday.", "Owen Hale")).toEqual([role("Secretary", "U.K. Trade")]);
  });

  it('a lone initial is no organisation: "It ended in a standoffU.K. Minister Ruth Kell said."', () => {
    expect(rolesOf("It ended in a standoffU.K. Minister Ruth Kell said.", "Ruth Kell")).toEqual([role("Minister")]);
  });

  it('"Lake County Prosecuting Attorney Ned Voss said charges were likely."', () => {
    expect(rolesOf("Lake County Prosecuting Attorney Ned Voss said charges were likely.", "Ned Voss")).toEqual([role("Prosecuting Attorney", "Lake County")]);
  });

  it('descriptions are not roles: "The card featured veteran Omar Reyes against a newcomer."', () => {
    expect(rolesOf("The card featured veteran Omar Reyes against a newcomer.", "Omar Reyes")).toEqual([]);
  });

  it('a capitalised position word starts a place: "Crowds gathered outside Centre Marsh on Friday."', () => {
    expect(persons("Crowds gathered outside Centre Marsh on Friday.")).toEqual([]);
  });

  it('"Justice" alone is not stored: "Justice Pat Moreau ruled on Friday."', () => {
    expect(rolesOf("Justice Pat Moreau ruled on Friday.", "Pat Moreau")).toEqual([]);
  });

  it('"Justice" with its court is: "Provincial Court Justice Pat Moreau ruled on Friday."', () => {
    expect(rolesOf("Provincial Court Justice Pat Moreau ruled on Friday.", "Pat Moreau")).toEqual([role("Justice", "Provincial Court")]);
  });

  it('a title and one word after "the" name a thing: "They dined aboard the Queen Isabel last summer."', () => {
    expect(persons("They dined aboard the Queen Isabel last summer.")).toEqual([]);
  });
});

describe("lower-case titles before a name", () => {
  it('"then-" is not part of the title: "He was hired by then-prime minister Carl Osterberg in 2009."', () => {
    expect(rolesOf("He was hired by then-prime minister Carl Osterberg in 2009.", "Carl Osterberg")).toEqual([role("prime minister")]);
  });

  it('a rank word before a title keeps the whole title: "It was signed by assistant deputy minister Joan Ruel."', () => {
    expect(rolesOf("It was signed by assistant deputy minister Joan Ruel.", "Joan Ruel")).toEqual([role("assistant deputy minister")]);
  });

  it('an unknown rank drops the title: "It was signed by associate chief Joan Ruel."', () => {
    expect(rolesOf("It was signed by associate chief Joan Ruel.", "Joan Ruel")).toEqual([]);
  });

  it('the employer before the title: "The figures, said Telvan spokesperson Ines Varga, were preliminary."', () => {
    expect(rolesOf("The figures, said Telvan spokesperson Ines Varga, were preliminary.", "Ines Varga")).toEqual([role("spokesperson", "Telvan")]);
  });

  it('"Harbour Authority deputy leader Mo Tran said": a whole organisation name, the full title', () => {
    const body = "They met. Harbour Authority deputy leader Mo Tran said no.";
    expect(lowercaseRoleBefore(body, body.indexOf("Mo Tran"))).toEqual(role("deputy leader", "Harbour Authority"));
  });

  it('a place before a trade is no employer: "The case went to Halifax lawyer Ben Corr last week."', () => {
    expect(rolesOf("The case went to Halifax lawyer Ben Corr last week.", "Ben Corr")).toEqual([role("lawyer")]);
  });

  it('one capitalised word opening a sentence is not trusted: "Visiting director Rolf Dahn waved."', () => {
    expect(rolesOf("Visiting director Rolf Dahn waved.", "Rolf Dahn")).toEqual([role("director")]);
  });

  it('nor after a glued sentence: "It closed early.Ferrix director Rolf Dahn said so."', () => {
    expect(rolesOf("It closed early.Ferrix director Rolf Dahn said so.", "Rolf Dahn")).toEqual([role("director")]);
  });

  it('nor after a possessive: "Orvel\'s U.K. managing director Sam Ivo said sales fell."', () => {
    expect(rolesOf("Orvel's U.K. managing director Sam Ivo said sales fell.", "Sam Ivo")).toEqual([role("managing director")]);
  });
});

describe("roles in an appositive after a name", () => {
  it('"Jane Roe, the chief executive of Acme Corp., said profits rose."', () => {
    expect(rolesOf("Jane Roe, the chief executive of Acme Corp., said profits rose.", "Jane Roe")).toEqual([role("chief executive", "Acme Corp.")]);
  });

  it('"Jane Roe, Acme\'s chief economist, expects a slowdown."', () => {
    expect(rolesOf("Jane Roe, Acme's chief economist, expects a slowdown.", "Jane Roe")).toEqual([role("chief economist", "Acme")]);
  });

  it('"Jane Roe, a lawyer for the family, declined to comment."', () => {
    expect(rolesOf("Jane Roe, a lawyer for the family, declined to comment.", "Jane Roe")).toEqual([role("lawyer")]);
  });

  it('the head of a longer phrase: "said Piet Lang, a history professor at the University of Wexford."', () => {
    expect(rolesOf("It will pass, said Piet Lang, a history professor at the University of Wexford.", "Piet Lang")).toEqual([role("professor", "University of Wexford")]);
  });

  it('a possessive is no organisation: "said Ida Berg, a spokesperson for Ardonia\'s water agency."', () => {
    expect(rolesOf("Rain is due, said Ida Berg, a spokesperson for Ardonia's water agency.", "Ida Berg")).toEqual([role("spokesperson")]);
  });

  it('a place is no organisation: "Ida Berg, a judge in Ardonia, disagreed."', () => {
    expect(rolesOf("Ida Berg, a judge in Ardonia, disagreed.", "Ida Berg")).toEqual([role("judge")]);
  });

  it('an organisation that runs on past its capitals is dropped: "Ida Berg, president of Friends with Trees, agreed."', () => {
    expect(rolesOf("Ida Berg, president of Friends with Trees, agreed.", "Ida Berg")).toEqual([role("president")]);
  });

  it('an unknown rank drops the title: "Ida Berg, an associate chief justice in Ardonia, agreed."', () => {
    expect(appositiveRoleAfter("Ida Berg, an associate chief justice in Ardonia, agreed.", "Ida Berg".length)).toBeNull();
  });

  it('a phrase not ending in a title gives none: "Ida Berg, a longtime friend of the mayor, agreed."', () => {
    expect(appositiveRoleAfter("Ida Berg, a longtime friend of the mayor, agreed.", "Ida Berg".length)).toBeNull();
  });
});

describe("normalizeRole", () => {
  it('spells out every abbreviated word, keeping the case: "Staff Sgt."', () => {
    expect(normalizeRole(role("Staff Sgt", "Metro Police"))).toEqual(role("Staff Sergeant", "Metro Police"));
  });

  it("drops a capitalised-only title written in lower case: \"a representative\"", () => {
    expect(normalizeRole(role("representative"))).toBeNull();
  });
});
