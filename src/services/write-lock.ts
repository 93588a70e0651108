/**
 * One writer at a time in this process (on PostgreSQL each transaction also takes the database-wide advisory
 * lock, db/dialect.ts takeSharedWriteLock, for the writers of other replicas and workers): the write API's transactions run one after another, so two
 * requests ingesting the same person concurrently resolve it to one Person (the second sees the first's),
 * and a correction never interleaves with the re-extraction of its article. Reads are not affected.
 */
let tail: Promise<unknown> = Promise.resolve();

/** Runs `work` after every write started before it has finished; resolves or rejects as `work` does. */
export function withWriteLock<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work, work);
  tail = run.catch(() => undefined);
  return run;
}
