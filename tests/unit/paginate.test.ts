import { decodeCursor, encodeCursor } from "../../src/services/cursor";
import { parseId } from "../../src/services/ids";
import { paginate } from "../../src/services/paginate";
import { sortBy } from "../../src/services/sort";

describe("cursors", () => {
  it("round-trips a position through an opaque cursor", () => {
    const cursor = encodeCursor("publishedAt:desc", { value: new Date("2024-01-02"), id: 42 });
    expect(cursor).not.toContain("42");
    expect(decodeCursor(cursor, "publishedAt:desc")).toEqual({ value: new Date("2024-01-02"), id: 42 });
    expect(decodeCursor(encodeCursor("name:asc", { value: "Doe", id: 1 }), "name:asc")).toEqual({ value: "Doe", id: 1 });
    expect(decodeCursor(encodeCursor("date:asc", { value: null, id: 3 }), "date:asc")).toEqual({ value: null, id: 3 });
  });

  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  it.each(["", "abc", b64(["id:asc", null, -3]), b64(["id:asc", null]), b64(["id:asc", { x: 1 }, 3]), b64({ id: 3 })])(
    "rejects %j naming the after argument",
    (cursor) => {
      expect(() => decodeCursor(cursor, "id:asc")).toThrow(/^after is not a cursor returned by this API/);
    },
  );

  it("rejects a cursor issued for another ordering", () => {
    const cursor = encodeCursor("name:asc", { value: "Doe", id: 1 });
    expect(() => decodeCursor(cursor, "name:desc")).toThrow(
      "after was issued for a list ordered by name:asc, not name:desc: keep orderBy the same while paging",
    );
  });
});

describe("sortBy", () => {
  type Row = { id: number; date: Date | null };
  const date = { name: "date", at: (c: unknown) => ({ date: c }), value: (r: Row) => r.date, nullable: true };

  it("orders by the column, nulls last, then by id in the same direction", () => {
    expect(sortBy<Row, object>(date, "DESC").orderBy).toEqual([{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }]);
    expect(sortBy<Row, object>(null, "ASC").orderBy).toEqual([{ id: "asc" }]);
  });

  it("selects the rows after a position: later values, equal values with a later id, then the nulls", () => {
    const d = new Date("2024-01-02");
    expect(sortBy<Row, object>(date, "ASC").after({ value: d, id: 7 })).toEqual({
      OR: [{ date: { gt: d } }, { AND: [{ date: { equals: d } }, { id: { gt: 7 } }] }, { date: null }],
    });
    expect(sortBy<Row, object>(date, "DESC").after({ value: null, id: 7 })).toEqual({ AND: [{ date: null }, { id: { lt: 7 } }] });
  });
});

describe("paginate", () => {
  type Row = { id: number };
  const rows: Row[] = Array.from({ length: 5 }, (_, i) => ({ id: i + 1 }));
  const sort = sortBy<Row, { id: { gt: number } }>(null, "ASC");
  const source = {
    fetch: async ({ after, take }: { after?: { id: { gt: number } }; take: number }) =>
      rows.filter((r) => r.id > (after?.id.gt ?? 0)).slice(0, take),
    count: async () => rows.length,
  };
  const cursorOf = (id: number) => encodeCursor("id:asc", { value: null, id });

  it("fetches one extra row to know whether a next page exists", async () => {
    const page = await paginate({ first: 2 }, sort, source);
    expect(page.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: cursorOf(1),
      endCursor: cursorOf(2),
    });
    expect(page.totalCount).toBe(5);
  });

  it("ends with hasNextPage false and an empty page past the end", async () => {
    const last = await paginate({ first: 3, after: cursorOf(2) }, sort, source);
    expect(last.edges.map((e) => e.node.id)).toEqual([3, 4, 5]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    const empty = await paginate({ first: 3, after: cursorOf(5) }, sort, source);
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasPreviousPage: true });
  });
});

describe("parseId", () => {
  it("accepts positive integer ids", () => expect(parseId("17", "id")).toBe(17));
  it.each(["0", "-1", "1.5", "x", "99999999999999999999"])("rejects %s naming the argument", (value) => {
    expect(() => parseId(value, "speakerId")).toThrow(`speakerId must be a positive integer ID (got "${value}")`);
  });
});
