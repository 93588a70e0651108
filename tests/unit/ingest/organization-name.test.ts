import { organizationSpeaker } from "../../../src/ingest/extract/organization-name";

describe("organizationSpeaker: how a speaking organisation is stored", () => {
  it("keeps a plain name, without a leading 'the'", () => {
    expect(organizationSpeaker("Larkspur Foods")).toEqual({ speakerOrganization: "Larkspur Foods" });
    expect(organizationSpeaker("the Harbour Board")).toEqual({ speakerOrganization: "Harbour Board" });
  });

  it("keeps the name after a class-noun appositive: 'the shipping company Norvik Lines'", () => {
    expect(organizationSpeaker("the shipping company Norvik Lines")).toEqual({ speakerOrganization: "Norvik Lines" });
    expect(organizationSpeaker("Danish aid group Hope Rising")).toEqual({ speakerOrganization: "Hope Rising" });
    expect(organizationSpeaker("armed group al-Tamir")).toEqual({ speakerOrganization: "al-Tamir" });
  });

  it("cuts a glued previous sentence or a dateline before the name", () => {
    expect(organizationSpeaker("the storm was over.The charity Open Arms")).toEqual({ speakerOrganization: "Open Arms" });
    expect(organizationSpeaker("Wire ServiceOSLO -- Norvik Lines")).toEqual({ speakerOrganization: "Norvik Lines" });
  });

  it("stores a phrase that names no organisation as the description it is: 'the commission', 'government'", () => {
    expect(organizationSpeaker("the commission")).toEqual({ speakerDescription: "the commission" });
    expect(organizationSpeaker("government")).toEqual({ speakerDescription: "government" });
  });

  it("keeps names whose words are not all capitalised", () => {
    expect(organizationSpeaker("Office of the Fire Marshal")).toEqual({ speakerOrganization: "Office of the Fire Marshal" });
  });

  it("an acronym spelled out earlier in the article: 'The Western Rail Council met ... the WRC said' stores the full name", () => {
    const body = "The Western Rail Council met on Monday. Fares will rise, the WRC said.";
    expect(organizationSpeaker("the WRC", body)).toEqual({ speakerOrganization: "Western Rail Council" });
    const withOf = "A report by the Bureau of Coastal Fisheries came out. The BCF said stocks are down.";
    expect(organizationSpeaker("The BCF", withOf)).toEqual({ speakerOrganization: "Bureau of Coastal Fisheries" });
  });

  it("an acronym the article never spells out stays as written: 'the WRC said'", () => {
    expect(organizationSpeaker("the WRC", "Fares will rise, the WRC said. Western Rail trains are late.")).toEqual({ speakerOrganization: "WRC" });
  });
});
