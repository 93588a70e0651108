import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { jsonForHtml, landingPageCsp, renderLandingPage } from "../../src/landing/page";
import { loadExampleOperations } from "../../src/operations/examples";
import { storeSyntheticArticles } from "../fixtures/articles";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startHttpServer, type RunningServer } from "../helpers/http";

/** The inline elements of a page: `<script …>…</script>` with their attributes and text. */
function scripts(html: string): { attributes: string; text: string }[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1], text: m[2] }));
}

describe("landing page HTML", () => {
  const hostile = "# </script><script>alert(1)</script> <!-- \u2028 & <img src=x onerror=alert(2)>\nquery Hostile { articles { totalCount } }\n";
  const page = () =>
    renderLandingPage({
      examples: [{ file: "hostile.graphql", operationName: "Hostile", document: hostile, variables: { q: "</script>" } }],
      nonce: "abc123",
      sandboxVersion: "v2",
      runtime: "@apollo/server@5.5.1",
    });

  it("keeps example text inside its JSON data block, intact", () => {
    const html = page();
    const blocks = scripts(html);
    expect(blocks.map((s) => s.attributes)).toEqual([
      ' type="application/json" id="examples"',
      ' type="application/json" id="sandbox"',
      ' nonce="abc123"',
    ]);
    expect(JSON.parse(blocks[0].text)).toEqual([
      { file: "hostile.graphql", operationName: "Hostile", document: hostile, variables: { q: "</script>" } },
    ]);
    expect(JSON.parse(blocks[1].text).config.initialState.document).toBe(hostile.trim() + "\n");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("\u2028");
  });

  it("allows scripts and styles only with the nonce or from Sandbox's CDN", () => {
    const html = page();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${landingPageCsp("abc123")}">`);
    const csp = landingPageCsp("abc123");
    expect(csp).toMatch(/script-src 'nonce-abc123' https:\/\/embeddable-sandbox\.cdn\.apollographql\.com;/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp).toContain("object-src 'none'");
    expect(html.match(/<style[^>]*>/g)).toEqual(['<style nonce="abc123">']);
    // No inline event handlers in the markup (a nonce does not cover them), nothing loaded statically.
    const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, "<script></script>");
    expect(markup).not.toMatch(/\son[a-z]+=/);
    expect(markup).not.toMatch(/<(link|img|iframe)\b/);
  });

  it("refuses a nonce that could break out of the attribute", () => {
    expect(() =>
      renderLandingPage({ examples: [], nonce: '"><script>', sandboxVersion: "v2", runtime: "x" }),
    ).toThrow(/nonce/);
  });

  it("escapes <, >, & and line separators in JSON", () => {
    expect(jsonForHtml({ a: "</script>&\u2029" })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u2029"}');
  });
});

describe("example operations", () => {
  it("are read with their operation name and default variables, who-said-what first", () => {
    const examples = loadExampleOperations();
    expect(examples[0]).toMatchObject({ file: "who-said-what.graphql", operationName: "WhoSaidWhat" });
    const files = fs.readdirSync(path.join(__dirname, "..", "..", "schema", "operations")).filter((f) => f.endsWith(".graphql"));
    expect(examples.map((e) => e.file).sort()).toEqual(files.sort());
  });

  it("name the file that does not parse", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "examples-"));
    try {
      fs.writeFileSync(path.join(dir, "good.graphql"), 'query Good($n: Int = 3, $s: String = "x", $l: [Int] = [1, 2], $o: Boolean) { a }');
      expect(loadExampleOperations(dir)).toEqual([
        { file: "good.graphql", operationName: "Good", document: expect.any(String), variables: { n: 3, s: "x", l: [1, 2] } },
      ]);
      fs.writeFileSync(path.join(dir, "bad.graphql"), "query {");
      expect(() => loadExampleOperations(dir)).toThrow(/bad\.graphql: not a GraphQL document/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("GET /graphql for a browser", () => {
  let db: TestDatabase;
  let http: RunningServer;
  beforeAll(async () => {
    db = createTestDatabase();
    await storeSyntheticArticles(db.prisma, 1);
    http = await startHttpServer(db);
  });
  afterAll(async () => {
    await http.close();
    await db.drop();
  });

  const get = async () => {
    const response = await fetch(http.url, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    return response.text();
  };

  it("carries a fresh nonce per response, the same in the CSP and on the inline script", async () => {
    const nonces = [];
    for (const html of [await get(), await get()]) {
      const nonce = /'nonce-([^']+)'/.exec(html)![1];
      expect(nonce.length).toBeGreaterThanOrEqual(22);
      expect(scripts(html).filter((s) => !s.attributes.includes("application/json")).map((s) => s.attributes)).toEqual([
        ` nonce="${nonce}"`,
      ]);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("embeds every example operation for the plain explorer and for Sandbox", async () => {
    const html = await get();
    const [examples, sandbox] = scripts(html).map((s) => s.text);
    expect(JSON.parse(examples)).toEqual(loadExampleOperations());
    expect(JSON.parse(sandbox).config.initialState.document).toContain("query WhoSaidWhat");
    expect(JSON.parse(sandbox).scriptUrl).toMatch(
      /^https:\/\/embeddable-sandbox\.cdn\.apollographql\.com\/v2\/embeddable-sandbox\.umd\.production\.min\.js\?runtime=%40apollo%2Fserver%405\./,
    );
  });
});
