import { benchExtract, median } from "../../scripts/bench-extract";

// Checks what the benchmark reports, never how fast anything is.
describe("bench-extract", () => {
  it("the median of an odd and an even number of runs", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("reports documents, runs and consistent rates for an invented document", () => {
    const doc = { externalId: "b", file: "b.txt", source: "Test", date: "2020-01-02", body: "Mira Holt said it rained.", bodyOffset: 0 };
    const r = benchExtract([doc, doc], 2);
    expect(r).toMatchObject({ documents: 2, runs: 2 });
    expect(r.msPerDocument * r.docsPerSecond).toBeCloseTo(1000, 5);
  });
});
