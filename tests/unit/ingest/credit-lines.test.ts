import { extract } from "../../../src/ingest/extract";
import { creditSpans } from "../../../src/ingest/extract/credits";
import type { SourceDocument } from "../../../src/ingest/types";

/** The names of the persons extracted from `body` (invented sentences only). */
function names(body: string): string[] {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date: "2019-02-08", body, bodyOffset: 0 };
  return extract(doc).persons.map((p) => p.name);
}

const STORY = "Mayor Tom Lund said the road would open in May.";

describe("credit lines name the journalists, not the people in the story", () => {
  it('"X contributed to this report" and "X and Y contributed reporting"', () => {
    expect(names(`${STORY} Ana Ruiz contributed to this report.`)).toEqual(["Tom Lund"]);
    expect(names(`${STORY} Ana Ruiz in Lima and Ben Ode in Quito contributed reporting.`)).toEqual(["Tom Lund"]);
  });

  it('a wire writer: "Associated Press writer Ana Ruiz in Lima contributed to this report"', () => {
    expect(names(`${STORY} Associated Press writer Ana Ruiz in Lima contributed to this report.`)).toEqual(["Tom Lund"]);
    expect(names(`${STORY} Associated Press writers Ana Ruiz and Ben Ode contributed.`)).toEqual(["Tom Lund"]);
  });

  it('"With files from X", "Reporting by X; Editing by Y", "Additional reporting by X"', () => {
    expect(names(`${STORY} With files from Ana Ruiz`)).toEqual(["Tom Lund"]);
    expect(names(`${STORY} Reporting by Ana Ruiz; Editing by Ben Ode`)).toEqual(["Tom Lund"]);
    expect(names(`${STORY} Additional reporting by Ana Ruiz in Lima.`)).toEqual(["Tom Lund"]);
  });

  it("a person the story quotes is kept even when a credit line follows", () => {
    expect(names(`Ana Ruiz said the road would open. Ben Ode contributed to this report.`)).toEqual(["Ana Ruiz"]);
  });

  it("credit spans stay inside the text and end at the sentence", () => {
    const body = `${STORY} Ana Ruiz contributed to this report. Lund left.`;
    const spans = creditSpans(body);
    expect(spans).toHaveLength(1);
    const [s, e] = spans[0];
    expect(body.slice(s, e)).toBe("Ana Ruiz contributed");
  });
});
