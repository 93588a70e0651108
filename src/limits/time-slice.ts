/** How long one request may keep the event loop before it lets others run (ms of wall clock). */
export const DEFAULT_SLICE_MS = 4;

/**
 * Cooperative time slicing for one request. SQLite statements on the server thread and GraphQL's completion
 * of a large result run as microtasks, which never give the event loop back: without slicing, a request
 * that resolves thousands of fields or runs twenty statements holds every other request (a by-id read, a
 * health check) until it ends. The request's field resolvers and statements go through `run`, which starts
 * them at once while the current slice lasts and otherwise after one turn of the event loop (setImmediate:
 * pending I/O and other requests run first), so no stretch lasts much longer than a slice plus one field or
 * one statement.
 */
export interface TimeSlicer {
  /**
   * `work()` now if the slice has time left and no pause is pending, else after the pause (checked again
   * then, so that work queued behind a pause does not all run in one stretch). Returns what `work` returns
   * (a value stays synchronous when no pause was needed); a throw from `work` becomes a rejection only when it
   * was paused.
   */
  run<T>(work: () => T | Promise<T>): T | Promise<T>;
  /**
   * Calls `callback` once the work started so far has run, pauses included: after the current promise
   * jobs (as DataLoader schedules a batch by default), then again after every pause still pending. A
   * DataLoader scheduled so gathers the keys of every field of a stretch that a pause cut in two.
   */
  whenSettled(callback: () => void): void;
}

/** A slicer whose slices last `sliceMs` (measured with `now`, performance.now by default). */
export function createTimeSlicer(sliceMs: number = DEFAULT_SLICE_MS, now: () => number = () => performance.now()): TimeSlicer {
  let since = now();
  let pause: Promise<void> | null = null;
  const wait = (): Promise<void> =>
    (pause ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        pause = null;
        since = now();
        resolve();
      }),
    ));
  const run = <T>(work: () => T | Promise<T>): T | Promise<T> =>
    pause !== null || now() - since >= sliceMs ? wait().then(() => run(work)) : work();
  // process.nextTick from a promise job runs once every promise job queued so far (and those they queue) has run.
  const settle = (callback: () => void) => (pause !== null ? void pause.then(() => process.nextTick(settle, callback)) : callback());
  const whenSettled = (callback: () => void) => void Promise.resolve().then(() => process.nextTick(settle, callback));
  return { run, whenSettled };
}

/** The key under which a request's client (prismaWithDeadline) carries its slicer. */
export const SLICER = Symbol("slicer");

/**
 * DataLoader options for a loader on `prisma`: with the request's slicer (see prismaWithDeadline), batches
 * are dispatched when the slicer has settled (TimeSlicer.whenSettled), so slicing a request does not split
 * its batches into more statements; DataLoader's own scheduling otherwise.
 */
export function loaderScheduling(prisma: object): { batchScheduleFn?: (callback: () => void) => void } {
  const slicer = (prisma as Record<symbol, TimeSlicer | undefined>)[SLICER];
  return slicer ? { batchScheduleFn: slicer.whenSettled } : {};
}
