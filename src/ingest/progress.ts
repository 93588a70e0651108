import path from "node:path";

/** The part of a stream a progress bar needs (process.stderr fits). */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

/**
 * A one-line progress bar redrawn in place (`[#####-----] 3/10 file.txt`), ending with a newline on the
 * last document. Draws nothing when the stream is not a terminal, so logs and pipes stay clean.
 */
export function progressBar(stream: ProgressStream, width = 30) {
  return (done: number, total: number, file: string): void => {
    if (!stream.isTTY) return;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const label = path.basename(file).slice(0, 40);
    stream.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${label}`.padEnd(90));
    if (done === total) stream.write("\n");
  };
}
