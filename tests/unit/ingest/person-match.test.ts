import { contradicts, personKey, splitHonorifics } from "../../../src/ingest/resolve/person-match";

describe("person matching across documents", () => {
  it('honorifics in a name are split off: "Sheikh Tariq Haddani", "Dr. Lena Okafor", "Grand Ayatollah Reza Mirani"', () => {
    expect(splitHonorifics("Sheikh Tariq Haddani")).toEqual({ name: "Tariq Haddani", honorifics: ["Sheikh"] });
    expect(splitHonorifics("Dr. Lena Okafor")).toEqual({ name: "Lena Okafor", honorifics: ["Dr."] });
    expect(splitHonorifics("Grand Ayatollah Reza Mirani")).toEqual({ name: "Reza Mirani", honorifics: ["Grand Ayatollah"] });
    expect(personKey("Sheikh Tariq Haddani")).toBe("tariq haddani");
  });

  it("different first names contradict, an initial agrees with the name it starts", () => {
    expect(contradicts({ name: "Jane Smith", honorifics: [] }, { name: "John Smith", honorifics: [] })).toBe(true);
    expect(contradicts({ name: "J. Smith", honorifics: [] }, { name: "Jane Smith", honorifics: [] })).toBe(false);
  });

  it("genders from honorifics and listed first names contradict", () => {
    expect(contradicts({ name: "Smith", honorifics: ["Mr."] }, { name: "Jane Smith", honorifics: [] })).toBe(true);
    expect(contradicts({ name: "Smith", honorifics: ["Ms."] }, { name: "Jane Smith", honorifics: [] })).toBe(false);
    expect(contradicts({ name: "Smith", honorifics: [] }, { name: "Jane Smith", honorifics: [] })).toBe(false);
  });
});
