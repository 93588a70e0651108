import { decodeCursor, encodeCursor, paginate } from "../../src/services/paginate";
import { parseId } from "../../src/services/ids";

describe("cursors", () => {
  it("round-trips an id through an opaque cursor", () => {
    expect(encodeCursor(42)).not.toContain("42");
    expect(decodeCursor(encodeCursor(42))).toBe(42);
  });

  it.each(["", "abc", Buffer.from("cursor:-3").toString("base64url"), Buffer.from("other:3").toString("base64url")])(
    "rejects %j naming the after argument",
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(/^after is not a cursor returned by this API/);
    },
  );
});

describe("paginate", () => {
  const rows = Array.from({ length: 5 }, (_, i) => ({ id: i + 1 }));
  const source = {
    fetch: async (take: number, afterId: number | null) => rows.filter((r) => r.id > (afterId ?? 0)).slice(0, take),
    count: async () => rows.length,
  };

  it("fetches one extra row to know whether a next page exists", async () => {
    const page = await paginate({ first: 2 }, source);
    expect(page.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(1),
      endCursor: encodeCursor(2),
    });
    expect(page.totalCount).toBe(5);
  });

  it("ends with hasNextPage false and an empty page past the end", async () => {
    const last = await paginate({ first: 3, after: encodeCursor(2) }, source);
    expect(last.edges.map((e) => e.node.id)).toEqual([3, 4, 5]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    const empty = await paginate({ first: 3, after: encodeCursor(5) }, source);
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
