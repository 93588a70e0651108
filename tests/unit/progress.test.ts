import { progressBar } from "../../src/ingest/progress";

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (chunk: string) => chunks.push(chunk) };
}

describe("progressBar", () => {
  it("redraws one line on a terminal and ends it after the last document", () => {
    const tty = stream(true);
    const bar = progressBar(tty, 10);
    bar(1, 2, "/docs/000_a.txt");
    bar(2, 2, "/docs/001_b.txt");
    expect(tty.chunks[0]).toMatch(/^\r\[#####-----\] 1\/2 000_a\.txt\s*$/);
    expect(tty.chunks[1]).toMatch(/^\r\[##########\] 2\/2 001_b\.txt\s*$/);
    expect(tty.chunks[2]).toBe("\n");
  });

  it("stays silent when the output is not a terminal", () => {
    const pipe = stream(false);
    progressBar(pipe)(1, 1, "a.txt");
    expect(pipe.chunks).toEqual([]);
  });
});
