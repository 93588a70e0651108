import { findDates, resolveHoliday, resolveWeekday } from "../../../src/ingest/extract/dates";

describe("resolveWeekday", () => {
  it('"on Sunday" in an article dated Monday 2023-10-02 is 2023-10-01', () => {
    expect(resolveWeekday("Sunday", "2023-10-02")).toBe("2023-10-01");
  });
  it("the article's own weekday is the article date", () => {
    expect(resolveWeekday("Monday", "2023-10-02")).toBe("2023-10-02");
  });
  it('"last Monday" in a Monday article is a week earlier', () => {
    expect(resolveWeekday("Monday", "2023-10-02", true)).toBe("2023-09-25");
  });
  it("crosses month and year boundaries", () => {
    expect(resolveWeekday("Friday", "2019-01-01")).toBe("2018-12-28");
  });
});

describe("findDates", () => {
  const dates = (t: string, d = "2023-10-02") => findDates(t, d).map((x) => [x.text, x.date]);

  it("resolves yesterday, today and tomorrow", () => {
    expect(dates("He spoke yesterday and will again tomorrow, not today.")).toEqual([
      ["yesterday", "2023-10-01"],
      ["tomorrow", "2023-10-03"],
      ["today", "2023-10-02"],
    ]);
  });
  it('resolves explicit dates: "October 1", "Oct. 1, 2023", "Dec. 30" (previous year when needed)', () => {
    expect(dates("It began October 1 and was confirmed Oct. 1, 2023.")).toEqual([
      ["October 1", "2023-10-01"],
      ["Oct. 1, 2023", "2023-10-01"],
    ]);
    expect(dates("The email of Dec. 30 said so.", "2019-01-04")).toEqual([["Dec. 30", "2018-12-30"]]);
  });
  it('resolves "last Sunday" and "on Sunday"', () => {
    expect(dates("It happened last Sunday, not on Monday.")).toEqual([
      ["last Sunday", "2023-10-01"],
      ["on Monday", "2023-10-02"],
    ]);
  });
  it('ignores the verb "may"', () => {
    expect(dates("They may 5 times over.")).toEqual([]);
  });
  it('fixed holidays: "Boxing Day" is December 26 nearest the article date, never the article date', () => {
    expect(dates("Stores reopened on Boxing Day.", "2018-12-24")).toEqual([["Boxing Day", "2018-12-26"]]);
    expect(dates("Sales on Boxing Day were slow.", "2019-01-03")).toEqual([["Boxing Day", "2018-12-26"]]);
  });
  it('a holiday "N years after" is that many years back: "nine years after Boxing Day" → "9 years after Boxing Day"', () => {
    expect(resolveHoliday("Boxing Day", "2018-12-24", "the flood came 9 years after ")).toBe("2009-12-26");
  });
  it('chrono-node resolves other day expressions against the article date: "two days ago", "the 5th of March"', () => {
    expect(dates("She left two days ago.", "2019-01-02")).toEqual([["two days ago", "2018-12-31"]]);
    expect(dates("The vote is set for the 5th of March.", "2019-01-02")).toEqual([["5th of March", "2019-03-05"]]);
  });
  it('periods are not days: "last week" gives no date', () => {
    expect(dates("It rained last week.", "2019-01-02")).toEqual([]);
  });
});
