import fc from "fast-check";
import { decodeCursor, encodeCursor } from "../../src/services/cursor";
import { decodeGlobalId, fromGlobalId, parseGlobalIds, toGlobalId } from "../../src/services/global-id";
import type { Page } from "../../src/models/connection";
import { paginate } from "../../src/services/paginate";
import { sortBy, type SortKey } from "../../src/services/sort";

describe("cursors", () => {
  it("round-trips a position through an opaque cursor", () => {
    const cursor = encodeCursor("articles:publishedAt:desc", { values: [new Date("2024-01-02")], id: 42 });
    expect(cursor).not.toContain("42");
    expect(decodeCursor(cursor, "articles:publishedAt:desc")).toEqual({ values: [new Date("2024-01-02")], id: 42 });
    expect(decodeCursor(encodeCursor("p:name:asc", { values: ["Doe", 3], id: 1 }), "p:name:asc")).toEqual({ values: ["Doe", 3], id: 1 });
    expect(decodeCursor(encodeCursor("e:date:asc", { values: [null], id: 3 }), "e:date:asc")).toEqual({ values: [null], id: 3 });
  });

  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  it.each(["", "abc", b64(["id:asc", [], -3]), b64(["id:asc", []]), b64(["id:asc", [{ x: 1 }], 3]), b64(["id:asc", null, 3]), b64({ id: 3 })])(
    "rejects %j naming the argument",
    (cursor) => {
      expect(() => decodeCursor(cursor, "id:asc")).toThrow(/^after is not a cursor returned by this API/);
      expect(() => decodeCursor(cursor, "id:asc", "before")).toThrow(/^before is not a cursor returned by this API/);
    },
  );

  it("rejects a cursor issued for another list or ordering", () => {
    const cursor = encodeCursor("people:name:asc", { values: ["Doe"], id: 1 });
    expect(() => decodeCursor(cursor, "people:name:desc")).toThrow(
      "after was issued for the list people:name:asc, not people:name:desc: keep the list and orderBy the same while paging",
    );
  });
});

describe("global IDs", () => {
  it("are opaque, type-tagged and round-trip", () => {
    const id = toGlobalId("Article", 1);
    expect(id).toBe(Buffer.from("Article:1").toString("base64url"));
    expect(id).not.toBe(toGlobalId("Person", 1));
    expect(fromGlobalId(id)).toEqual({ type: "Article", id: 1 });
    expect(decodeGlobalId(id, "Article")).toBe(1);
    expect(decodeGlobalId(id, "Person")).toBeNull();
  });

  it.each(["1", "", "abc", "QXJ0aWNsZTox=", Buffer.from("Article:0").toString("base64url"), Buffer.from("Article:01").toString("base64url"),
    Buffer.from("Widget:1").toString("base64url"), Buffer.from("Article:1.5").toString("base64url"), Buffer.from("Article:99999999999999999").toString("base64url")])(
    "answers null for %j",
    (value) => expect(fromGlobalId(value)).toBeNull(),
  );

  it("parses filter ids, naming the argument for one that cannot be of the type", () => {
    expect(parseGlobalIds([toGlobalId("Person", 7)], "Person", "filter.personIds")).toEqual([7]);
    expect(() => parseGlobalIds([toGlobalId("Quote", 7)], "Person", "filter.personIds")).toThrow(
      `filter.personIds must list Person IDs (got "${toGlobalId("Quote", 7)}")`,
    );
    expect(() => parseGlobalIds(["7"], "Person", "filter.speakerIds")).toThrow('filter.speakerIds must list Person IDs (got "7")');
  });
});

// A tiny evaluator of the Prisma where objects sortBy builds, to page over rows in memory.
type Row = { id: number; date: Date | null; n: number };
function matches(row: Row, where: any): boolean {
  if (where.OR) return where.OR.some((w: any) => matches(row, w));
  if (where.AND) return where.AND.every((w: any) => matches(row, w));
  const [[field, condition]] = Object.entries(where) as [keyof Row, any][];
  const value = row[field] instanceof Date ? (row[field] as Date).getTime() : row[field];
  const of = (v: any) => (v instanceof Date ? v.getTime() : v);
  if (condition === null) return value === null;
  if (typeof condition !== "object" || condition instanceof Date) return value === of(condition);
  if ("equals" in condition) return value === of(condition.equals);
  if ("not" in condition) return value !== null;
  if (value === null) return false;
  if ("gt" in condition) return (value as number) > of(condition.gt);
  return (value as number) < of(condition.lt);
}
function compare(a: Row, b: Row, orderBy: any[]): number {
  for (const term of orderBy) {
    const [[field, spec]] = Object.entries(term) as [keyof Row, any][];
    const direction = typeof spec === "string" ? spec : spec.sort;
    const nulls = typeof spec === "string" ? "last" : spec.nulls;
    const x = a[field] instanceof Date ? (a[field] as Date).getTime() : a[field];
    const y = b[field] instanceof Date ? (b[field] as Date).getTime() : b[field];
    if (x === y) continue;
    if (x === null) return nulls === "last" ? 1 : -1;
    if (y === null) return nulls === "last" ? -1 : 1;
    return ((x as number) < (y as number) ? -1 : 1) * (direction === "asc" ? 1 : -1);
  }
  return 0;
}

describe("paginate, both ways, over a nullable column with ties", () => {
  const day = (d: number) => new Date(Date.UTC(2024, 0, d));
  const rows: Row[] = Array.from({ length: 13 }, (_, i) => ({ id: i + 1, date: i % 4 === 3 ? null : day((i % 3) + 1), n: i }));
  const date: SortKey<Row> = { name: "date", direction: "DESC", at: (c) => ({ date: c }), value: (r) => r.date, nullable: true };
  const source = {
    fetch: async ({ where, orderBy, take }: { where: object[]; orderBy: object[]; take: number }) =>
      rows.filter((r) => where.every((w) => matches(r, w))).sort((a, b) => compare(a, b, orderBy)).slice(0, take),
    count: async () => rows.length,
    exists: async (where: object) => rows.some((r) => matches(r, where)),
  };

  it.each(["ASC", "DESC"] as const)("walks forward and backward through the same order (%s)", async (direction) => {
    const sort = sortBy<Row, object>("rows", [{ ...date, direction }]);
    const whole = (await paginate({ first: 100 }, sort, source)).edges.map((e) => e.node.id);
    expect(whole).toHaveLength(13);
    // nulls last either way
    expect(whole.slice(-3).every((id) => rows[id - 1].date === null)).toBe(true);

    const forward: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page<Row> = await paginate({ first: 4, after }, sort, source);
      forward.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(whole);

    const backward: number[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Page<Row> = await paginate({ last: 5, before }, sort, source);
      backward.unshift(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasNextPage).toBe(before !== null);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(whole);
  });

  it("pages between two cursors and refuses first with last", async () => {
    const sort = sortBy<Row, object>("rows", [date]);
    const all = await paginate({ first: 100 }, sort, source);
    const between = await paginate({ first: 100, after: all.edges[2].cursor, before: all.edges[7].cursor }, sort, source);
    expect(between.edges.map((e) => e.node.id)).toEqual(all.edges.slice(3, 7).map((e) => e.node.id));
    await expect(paginate({ first: 1, last: 1 }, sort, source)).rejects.toThrow(/first and last cannot be used together/);
  });
});

describe("paginate, property: any data, direction and page size", () => {
  it("walks the same rows forward and backward as one big page, each exactly once", async () => {
    const rowArb = fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }), { minLength: 0, maxLength: 25 });
    await fc.assert(
      fc.asyncProperty(rowArb, fc.constantFrom("ASC" as const, "DESC" as const), fc.integer({ min: 1, max: 6 }), async (days, direction, size) => {
        const rows: Row[] = days.map((d, i) => ({ id: i + 1, date: d === null ? null : new Date(Date.UTC(2024, 0, d)), n: i }));
        const source = {
          fetch: async ({ where, orderBy, take }: { where: object[]; orderBy: object[]; take: number }) =>
            rows.filter((r) => where.every((w) => matches(r, w))).sort((a, b) => compare(a, b, orderBy)).slice(0, take),
          count: async () => rows.length,
          exists: async (where: object) => rows.some((r) => matches(r, where)),
        };
        const sort = sortBy<Row, object>("rows", [{ name: "date", direction, at: (c) => ({ date: c }), value: (r) => r.date, nullable: true }]);
        const whole = (await paginate({ first: 100 }, sort, source)).edges.map((e) => e.node.id);
        const forward: number[] = [];
        for (let after: string | null = null, guard = 0; guard < 30; guard++) {
          const page: Page<Row> = await paginate({ first: size, after }, sort, source);
          forward.push(...page.edges.map((e) => e.node.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        const backward: number[] = [];
        for (let before: string | null = null, guard = 0; guard < 30; guard++) {
          const page: Page<Row> = await paginate({ last: size, before }, sort, source);
          backward.unshift(...page.edges.map((e) => e.node.id));
          if (!page.pageInfo.hasPreviousPage) break;
          before = page.pageInfo.startCursor;
        }
        expect(new Set(whole).size).toBe(rows.length);
        const sign = direction === "ASC" ? 1 : -1;
        const time = (r: Row) => r.date?.getTime() ?? null;
        const expected = [...rows]
          .sort((a, b) => (time(a) === null) !== (time(b) === null) ? (time(a) === null ? 1 : -1)
            : sign * ((time(a) ?? 0) - (time(b) ?? 0)) || sign * (a.id - b.id))
          .map((r) => r.id);
        expect(whole).toEqual(expected);
        expect(forward).toEqual(whole);
        expect(backward).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });
});

