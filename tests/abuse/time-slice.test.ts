import { execute, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, parse } from "graphql";
import type { PrismaClient } from "../../src/db/client";
import { prismaWithDeadline, startDeadline } from "../../src/limits/deadline";
import { sliceFieldResolvers } from "../../src/limits/sliced-resolvers";
import { createTimeSlicer } from "../../src/limits/time-slice";

// Issue 9: no request stalls the others. A request's SQLite statements and GraphQL's completion of its
// result run as microtasks; without time slicing, a by-id request arriving meanwhile waits for all of it.

/** Keeps the thread busy for `ms` (a synchronous statement or a costly field stands in for it). */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
}

/**
 * Runs `work` while a 1 ms interval stands for other requests: how often it got a turn meanwhile, and the
 * longest time it waited. (Counted turns, not milliseconds, decide the tests: on a loaded machine the
 * process itself is descheduled for tens of ms at a time.)
 */
async function turnsDuring(work: () => Promise<unknown>): Promise<{ turns: number; stall: number; elapsed: number }> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const started = performance.now();
  let last = started;
  let stall = 0;
  let turns = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
    turns++;
  }, 1);
  await work();
  clearInterval(timer);
  const elapsed = performance.now() - started;
  stall = Math.max(stall, performance.now() - last);
  return { turns, stall, elapsed };
}

describe("time slicing (no request holds the event loop)", () => {
  it("runs work at once while the slice lasts, synchronously", () => {
    const slicer = createTimeSlicer(50);
    expect(slicer.run(() => 42)).toBe(42);
  });

  it("defers work past the slice until the event loop has turned, other callbacks first", async () => {
    let clock = 0;
    const slicer = createTimeSlicer(4, () => clock);
    clock = 5; // the slice is spent
    const order: string[] = [];
    const result = slicer.run(() => {
      order.push("work");
      return "done";
    });
    setImmediate(() => order.push("other request"));
    expect(order).toEqual([]);
    await expect(result).resolves.toBe("done");
    expect(order[0]).toBe("work"); // its own immediate was queued first, and the slice starts anew there
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["work", "other request"]);
  });

  it("a throw from deferred work becomes a rejection", async () => {
    let clock = 0;
    const slicer = createTimeSlicer(1, () => clock);
    clock = 2;
    await expect(
      slicer.run(() => {
        throw new Error("field failed");
      }),
    ).rejects.toThrow("field failed");
  });

  it("settles (the moment a DataLoader dispatches its batch) only after work a pause deferred has run", async () => {
    let clock = 0;
    const slicer = createTimeSlicer(4, () => clock);
    const ran: number[] = [];
    const settledAfter: number[][] = [];
    slicer.run(() => ran.push(1)); // within the slice
    slicer.whenSettled(() => settledAfter.push([...ran]));
    clock = 5; // the slice is spent: the next two wait for a turn of the event loop
    const deferred = [slicer.run(() => ran.push(2)), slicer.run(() => ran.push(3))];
    await Promise.all(deferred);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settledAfter).toEqual([[1, 2, 3]]);
  });

  // A list of 600 objects whose field costs 0.25 ms: 150 ms of execution once the list has arrived.
  const itemType = new GraphQLObjectType({
    name: "Item",
    fields: {
      n: { type: new GraphQLNonNull(GraphQLInt) },
      costly: {
        type: new GraphQLNonNull(GraphQLInt),
        resolve: (item: { n: number }) => {
          spin(0.25);
          return item.n;
        },
      },
    },
  });
  const buildSchema = () =>
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: "Query",
        fields: {
          items: {
            type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(itemType))),
            resolve: async () => Array.from({ length: 600 }, (_, n) => ({ n })),
          },
        },
      }),
    });
  const document = parse("{ items { n costly } }");

  it("a large result gives the event loop back every few ms with sliced resolvers", async () => {
    const schema = sliceFieldResolvers(buildSchema());
    let data: unknown;
    const { turns, stall, elapsed } = await turnsDuring(async () => {
      data = (await execute({ schema, document, contextValue: { slicer: createTimeSlicer(4) } })).data;
    });
    expect((data as { items: { costly: number }[] }).items.map((item) => item.costly)).toEqual(Array.from({ length: 600 }, (_, n) => n));
    expect(elapsed).toBeGreaterThan(140);
    // 150 ms of fields in slices of 4 ms: the other callback ran dozens of times (each slice ends with a turn)
    expect(turns).toBeGreaterThanOrEqual(20);
    expect(stall).toBeLessThan(elapsed / 2);
  });

  it("without a slicer (or unsliced), the same execution holds the event loop to its end", async () => {
    const schema = sliceFieldResolvers(buildSchema());
    const { turns, stall, elapsed } = await turnsDuring(() => Promise.resolve(execute({ schema, document, contextValue: {} })));
    expect(turns).toBeLessThanOrEqual(1);
    expect(stall).toBeGreaterThan(elapsed * 0.8);
  });

  it("statements issued at once run one at a time, with turns of the event loop between them", async () => {
    // A stand-in for the SQLite client: each statement holds the thread for 10 ms, as better-sqlite3 does.
    let ran = 0;
    const fake = {
      $queryRaw: () => {
        spin(10);
        ran++;
        return Promise.resolve([ran]);
      },
    } as unknown as PrismaClient;
    const client = prismaWithDeadline(fake, startDeadline(5_000), undefined, createTimeSlicer(4));
    const seenByOthers: number[] = [];
    const other = setInterval(() => seenByOthers.push(ran), 1);
    const results = await Promise.all(Array.from({ length: 10 }, () => client.$queryRaw`SELECT 1`));
    clearInterval(other);
    expect(results.map((rows) => (rows as number[])[0]).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // another callback ran while the statements were still running, several times
    expect(new Set(seenByOthers.filter((n) => n > 0 && n < 10)).size).toBeGreaterThanOrEqual(5);
  });

  it("statements issued at once without a slicer run back to back", async () => {
    let ran = 0;
    const fake = {
      $queryRaw: () => {
        spin(10);
        ran++;
        return Promise.resolve([ran]);
      },
    } as unknown as PrismaClient;
    const client = prismaWithDeadline(fake, startDeadline(5_000));
    const seenByOthers: number[] = [];
    const other = setInterval(() => seenByOthers.push(ran), 1);
    await Promise.all(Array.from({ length: 10 }, () => client.$queryRaw`SELECT 1`));
    clearInterval(other);
    expect(seenByOthers.filter((n) => n > 0 && n < 10)).toEqual([]);
  });
});
