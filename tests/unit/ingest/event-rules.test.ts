import { extract } from "../../../src/ingest/extract";
import { locationAfter } from "../../../src/ingest/extract/events";
import type { ExtractedEvent, SourceDocument } from "../../../src/ingest/types";

/** The events of an invented article dated `date`. */
function events(body: string, date = "2018-12-28"): Array<Pick<ExtractedEvent, "name" | "date" | "location">> {
  const doc: SourceDocument = { externalId: "t", file: "t.txt", source: "Test", date, body, bodyOffset: 0 };
  return extract(doc).events.map(({ name, date: d, location }) => ({ name, date: d, location }));
}

describe("event dates", () => {
  it('a holiday name is its own date: "Crowds came on Boxing Day." → December 26', () => {
    expect(events("Crowds came on Boxing Day.")).toEqual([{ name: "Boxing Day", date: "2018-12-26", location: null }]);
  });

  it('the date in the event\'s clause wins over a nearer one in another clause: "…on Monday; the Green Energy Forum closed on Wednesday"', () => {
    expect(events("The ministers arrived on Monday; the Green Energy Forum closed on Wednesday.")).toEqual([
      { name: "Green Energy Forum", date: "2018-12-26", location: null },
    ]);
  });

  it('a date before the name in the same clause counts when none follows: "On Tuesday the Pine Valley Summit began."', () => {
    expect(events("On Tuesday the Pine Valley Summit began.")[0].date).toBe("2018-12-25");
  });
});

describe("event locations", () => {
  it('a place right after the name: "The Northern Trade Summit in Lisbon ended on Thursday."', () => {
    expect(events("The Northern Trade Summit in Lisbon ended on Thursday.")).toEqual([
      { name: "Northern Trade Summit", date: "2018-12-27", location: "Lisbon" },
    ]);
  });

  it('a venue verb in the clause: "the Green Energy Forum, held in Oslo, closed"', () => {
    expect(events("Delegates said the Green Energy Forum, held in Oslo, closed on Wednesday.")[0].location).toBe("Oslo");
  });

  it('a venue verb with a date between: "opened on Boxing Day in Corby"', () => {
    expect(events("The Harbour Lights Festival opened on Boxing Day in Corby.")[0]).toEqual({
      name: "Harbour Lights Festival",
      date: "2018-12-26",
      location: "Corby",
    });
  });

  it('a time is no place: "ended in December" gives no location', () => {
    expect(locationAfter(" ended in December")).toBeNull();
    expect(events("The Northern Trade Summit ended on Thursday in December.")[0].location).toBeNull();
  });
});
