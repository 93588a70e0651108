import { GraphQLError } from "graphql";
import { SearchKind } from "../../src/models/search-kind.enum";
import { decodeSearchCursor, encodeSearchCursor, searchScope } from "../../src/services/search-cursor";
import { parseSearchQuery } from "../../src/services/search-query";
import { MATCH_CLOSE, MATCH_OPEN, snippetFromMarked } from "../../src/services/search-snippet";

describe("parseSearchQuery", () => {
  it("ANDs quoted words", () => {
    expect(parseSearchQuery("Unity  conference")).toEqual({
      terms: [
        { text: "Unity", phrase: false, prefix: false },
        { text: "conference", phrase: false, prefix: false },
      ],
      match: '"Unity" AND "conference"',
    });
  });

  it("keeps a quoted phrase together", () => {
    expect(parseSearchQuery('"islamic unity" hezbollah').match).toBe('"islamic unity" AND "hezbollah"');
  });

  it("reads a trailing * as a prefix, on words and phrases", () => {
    expect(parseSearchQuery("confer* summit").terms[0]).toEqual({ text: "confer", phrase: false, prefix: true });
    expect(parseSearchQuery("confer** summit").match).toBe('"confer" * AND "summit"');
    expect(parseSearchQuery('"islamic uni"*').match).toBe('"islamic uni" *');
  });

  it("runs an unclosed phrase to the end", () => {
    expect(parseSearchQuery('unity "islamic conf').match).toBe('"unity" AND "islamic conf"');
  });

  it("splits a word at a quotation mark", () => {
    expect(parseSearchQuery('light"house keepers"').match).toBe('"light" AND "house keepers"');
  });

  it("reads FTS5 operators and syntax as words, never as operators", () => {
    expect(parseSearchQuery("unity OR NOT peace").match).toBe('"unity" AND "OR" AND "NOT" AND "peace"');
    expect(parseSearchQuery("title:unity").match).toBe('"title:unity"');
    expect(parseSearchQuery("NEAR(a b)").match).toBe('"NEAR(a" AND "b)"');
    expect(parseSearchQuery("^start {title}: x").match).toBe('"^start" AND "{title}:" AND "x"');
  });

  it("drops terms with no letter or digit", () => {
    expect(parseSearchQuery('unity - * "" ( ) "-"').match).toBe('"unity"');
  });

  it("keeps letters of any script and digits", () => {
    expect(parseSearchQuery("Ünïcödé 東京 مرحبا 2023").terms.map((term) => term.text)).toEqual([
      "Ünïcödé",
      "東京",
      "مرحبا",
      "2023",
    ]);
  });

  it("separates words at control characters and lone surrogates", () => {
    expect(parseSearchQuery("a\u0000b\tc\uD800d").match).toBe('"a" AND "b" AND "c" AND "d"');
  });

  it("accepts exactly 500 characters", () => {
    expect(parseSearchQuery("a".repeat(500)).terms).toHaveLength(1);
  });

  it.each([
    ["", "query must not be empty"],
    ["   \n\t", "query must not be empty"],
    ["-", 'query must contain a word to search for: a letter or digit (got "-")'],
    ['"', 'query must contain a word to search for: a letter or digit (got "\\"")'],
    ["* ( ) ^ :", 'query must contain a word to search for: a letter or digit (got "* ( ) ^ :")'],
    ["\u0000", 'query must contain a word to search for: a letter or digit (got "\\u0000")'],
    ["a".repeat(501), "query must be at most 500 characters (got 501)"],
  ])("rejects %j with BAD_USER_INPUT naming query", (query, message) => {
    let error: unknown;
    try {
      parseSearchQuery(query);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT", argumentName: "query" } });
  });
});

describe("snippetFromMarked", () => {
  const mark = (word: string) => `${MATCH_OPEN}${word}${MATCH_CLOSE}`;

  it("returns the plain text, the marked ranges in it, and HTML with <mark>", () => {
    expect(snippetFromMarked(`…the ${mark("unity")} of ${mark("Muslims")}…`)).toEqual({
      text: "…the unity of Muslims…",
      highlights: [
        { start: 5, end: 10 },
        { start: 14, end: 21 },
      ],
      html: "…the <mark>unity</mark> of <mark>Muslims</mark>…",
    });
  });

  it("escapes HTML, inside and outside marks, and counts offsets in the unescaped text", () => {
    const snippet = snippetFromMarked(`<b> & ${mark("\"x'")} >`);
    expect(snippet).toEqual({
      text: `<b> & "x' >`,
      highlights: [{ start: 6, end: 9 }],
      html: "&lt;b&gt; &amp; <mark>&quot;x&#39;</mark> &gt;",
    });
  });

  it("counts offsets in UTF-16 code units, like JavaScript strings", () => {
    const snippet = snippetFromMarked(`🙂 ${mark("café")}`);
    expect(snippet.text.slice(snippet.highlights[0].start, snippet.highlights[0].end)).toBe("café");
  });

  it("tolerates unbalanced and empty marks", () => {
    expect(snippetFromMarked(`a${MATCH_CLOSE}b ${MATCH_OPEN}c`)).toEqual({
      text: "ab c",
      highlights: [{ start: 3, end: 4 }],
      html: "ab <mark>c</mark>",
    });
    expect(snippetFromMarked(`a${MATCH_OPEN}${MATCH_CLOSE}b`)).toEqual({ text: "ab", highlights: [], html: "ab" });
  });
});

describe("search cursors", () => {
  const scope = searchScope('"unity"', [SearchKind.ARTICLE, SearchKind.QUOTE]);

  it("round-trips a position", () => {
    const position = { rankKey: 1234567890, kind: SearchKind.QUOTE, id: 42 };
    expect(decodeSearchCursor(encodeSearchCursor(scope, position), scope)).toEqual(position);
  });

  it("names the search by its expression and its set of kinds", () => {
    expect(searchScope('"unity"', [SearchKind.QUOTE, SearchKind.ARTICLE])).toBe(scope);
    expect(searchScope('"unity"', [SearchKind.QUOTE])).not.toBe(scope);
    expect(searchScope('"peace"', [SearchKind.ARTICLE, SearchKind.QUOTE])).not.toBe(scope);
  });

  it.each([
    "",
    "abc",
    Buffer.from("cursor:3").toString("base64url"),
    Buffer.from(`search:${scope}:12:PERSON:3`).toString("base64url"),
    Buffer.from(`search:${scope}:1.5:ARTICLE:3`).toString("base64url"),
    Buffer.from(`search:${scope}:12:ARTICLE:0`).toString("base64url"),
    Buffer.from(`search:000000000000:12:ARTICLE:3`).toString("base64url"),
  ])("rejects %j naming after", (cursor) => {
    expect(() => decodeSearchCursor(cursor, scope)).toThrow(/^after is not a cursor returned by this search/);
  });
});
