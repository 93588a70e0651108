import { insensitiveTextFilters } from "../../src/db/postgres-text-filters";
import { parseSearchQuery } from "../../src/services/search-query";
import { postgresSearchQuery } from "../../src/services/search/postgres-query";

const tsquery = (query: string) => postgresSearchQuery(parseSearchQuery(query).terms);

describe("postgresSearchQuery", () => {
  it("requires every word, joins a phrase's words with <->, marks a prefix with :*", () => {
    expect(tsquery('islamic "unity conference" confer*')).toEqual({
      all: "'islamic' & ('unity' <-> 'conference') & 'confer':*",
      any: "'islamic' | ('unity' <-> 'conference') | 'confer':*",
    });
    expect(tsquery('"islamic uni"*').all).toBe("('islamic' <-> 'uni':*)");
  });

  it("reads operators and punctuation as text: no user character reaches tsquery syntax", () => {
    expect(tsquery("it's a & b | !c <-> d:* (e)").all).toBe("('it' <-> 's') & 'a' & 'b' & 'c' & 'd':* & 'e'"); // a trailing * is a prefix, as on SQLite
    expect(tsquery("covid-19").all).toBe("('covid' <-> '19')");
    expect(tsquery("NOT café").all).toBe("'NOT' & 'café'");
  });
});

describe("insensitiveTextFilters", () => {
  it("makes contains/startsWith/endsWith inside where case-insensitive at any depth, and leaves data alone", () => {
    const args = {
      where: { AND: [{ name: { startsWith: "sam" } }, { roles: { some: { organization: { name: { contains: "harbour" } } } } }] },
      include: { quotes: { where: { text: { endsWith: "said" } } } },
      data: { name: { contains: "not a filter" } },
    };
    expect(insensitiveTextFilters(args)).toEqual({
      where: {
        AND: [
          { name: { startsWith: "sam", mode: "insensitive" } },
          { roles: { some: { organization: { name: { contains: "harbour", mode: "insensitive" } } } } },
        ],
      },
      include: { quotes: { where: { text: { endsWith: "said", mode: "insensitive" } } } },
      data: { name: { contains: "not a filter" } },
    });
  });

  it("keeps an explicit mode, equality filters and dates as they are", () => {
    const at = new Date("2024-01-01T00:00:00Z");
    const out = insensitiveTextFilters({ where: { name: { contains: "X", mode: "default" }, key: "x", at: { gte: at } } });
    expect(out).toEqual({ where: { name: { contains: "X", mode: "default" }, key: "x", at: { gte: at } } });
    expect(out.where.at.gte).toBe(at);
  });
});
