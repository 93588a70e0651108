/**
 * A source file (or one line of it) that does not follow its format.
 * The message names `file:line` and the reason (just `file` when the problem is the whole path, line 0),
 * so it can be printed as is.
 */
export class DocumentFormatError extends Error {
  /** The file as given by the caller. */
  readonly file: string;
  /** 1-based line number the problem was found on; 0 when it concerns the whole path (missing, unreadable). */
  readonly line: number;
  /** The reason alone, without the location. */
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(line > 0 ? `${file}:${line}: ${reason}` : `${file}: ${reason}`);
    this.name = "DocumentFormatError";
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
