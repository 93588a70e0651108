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
});
