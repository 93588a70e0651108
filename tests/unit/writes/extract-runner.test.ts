import { extract } from "../../../src/ingest/extract";
import { parseSeedDocument } from "../../../src/ingest/parse/seed-format";
import { ExtractionOverBudget, inlineExtractRunner, workerExtractRunner } from "../../../src/services/extract-runner";

// The write API's extraction: in a worker thread, stopped at the time budget, the event loop free meanwhile.

const doc = parseSeedDocument(
  'date 2024-03-04 Harbour Herald - Mayor Ana Ruiz opened the terminal. "This changes how the city moves," Ruiz said.',
  "input[0]",
);

describe("workerExtractRunner", () => {
  const runner = workerExtractRunner();
  afterAll(() => runner.close());

  it("extracts exactly what extraction in this thread finds", async () => {
    expect(await runner.run(doc, 30_000)).toEqual(extract(doc));
  });

  it("stops a document over the budget, keeps the event loop free meanwhile, and works again after", async () => {
    const long = { ...doc, body: `${doc.body} ${"Mayor Ana Ruiz said the pier is old and the city will fix it. ".repeat(20_000)}` };
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const started = Date.now();
    // 1.3 MB takes over a second to extract; a budget of 300 ms leaves timers room to run even on a loaded
    // machine (a blocked loop runs none).
    await expect(runner.run(long, 300)).rejects.toBeInstanceOf(ExtractionOverBudget);
    clearInterval(ticker);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(ticks).toBeGreaterThan(3); // timers ran while the worker was busy
    expect((await runner.run(doc, 30_000)).quotes).toHaveLength(1);
  });
});

describe("inlineExtractRunner", () => {
  it("refuses after the fact what took longer than the budget", async () => {
    const long = { ...doc, body: `${doc.body} ${"Mayor Ana Ruiz said the pier is old. ".repeat(300)}` };
    await expect(inlineExtractRunner().run(long, 1)).rejects.toThrow(/^extraction took \d+ ms, over the budget of 1 ms$/);
  });
});
