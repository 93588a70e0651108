import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { projectRoot } from "../../src/db/migrate";
import { seedDocuments } from "../../src/ingest/seed";
import { SANDBOX_TIMEOUT_MS } from "../../src/landing/page";
import { loadExampleOperations } from "../../src/operations/examples";
import { browserUnavailable, launchChromium } from "../helpers/browser";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startHttpServer, type RunningServer } from "../helpers/http";

// The landing page in a real browser (headless Chromium): offline it falls back to the plain explorer,
// which runs the example operations against /graphql; with Sandbox's script available it starts Sandbox.
const unavailable = browserUnavailable();
if (unavailable) {
  console.warn(`explorer browser tests skipped: ${unavailable}`);
}
const describeInBrowser = unavailable ? describe.skip : describe;

/** Apollo's CDN and Google Fonts: what the page would fetch from the internet. */
const EXTERNAL = /^https:\/\/([a-z0-9-]+\.)*(apollographql\.com|googleapis\.com|gstatic\.com)\//;

describeInBrowser(`landing page in headless Chromium${unavailable ? ` (skipped: ${unavailable})` : ""}`, () => {
  jest.setTimeout(60_000);
  let db: TestDatabase;
  let http: RunningServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    db = createTestDatabase();
    const summary = await seedDocuments(db.prisma, [path.join(projectRoot(), "documents")]);
    expect(summary.failed).toBe(0);
    http = await startHttpServer(db);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await http?.close();
    await db?.drop();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    problems = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" && !/Failed to load resource/.test(message.text())) problems.push(message.text());
    });
    // A CSP violation (say, an inline script without the nonce) must never happen.
    await page.addInitScript({
      content: `document.addEventListener("securitypolicyviolation", (e) => console.error("CSP violation: " + e.violatedDirective + " " + e.blockedURI));`,
    });
  });
  afterEach(async () => {
    await page.close();
  });

  /** Opens the landing page with the internet cut off, as on an offline machine, and waits for the form. */
  async function openOffline(): Promise<void> {
    await page.route(EXTERNAL, (route) => route.abort("internetdisconnected"));
    await page.goto(http.url);
    await page.locator("#plain-explorer").waitFor({ state: "visible", timeout: 10_000 });
  }

  async function runExample(file: string): Promise<{ status: string; text: string }> {
    const example = loadExampleOperations().find((e) => e.file === file)!;
    await page.locator("#example").selectOption({ label: `${example.operationName} \u2014 ${file}` });
    await page.getByRole("button", { name: "Run" }).click();
    await page.locator("#status").filter({ hasText: /^HTTP \d+/ }).waitFor({ timeout: 15_000 });
    return { status: (await page.locator("#status").textContent())!, text: (await page.locator("#result").textContent())! };
  }

  it("falls back to the plain explorer offline, listing every example operation, the first one loaded", async () => {
    await openOffline();
    await expect(page.locator("#fallback-reason").textContent()).resolves.toMatch(/Apollo Sandbox cannot be loaded/);
    const examples = loadExampleOperations();
    const options = await page.locator("#example option").allTextContents();
    expect(options).toEqual(examples.map((e) => `${e.operationName} \u2014 ${e.file}`));
    expect(await page.locator("#query").inputValue()).toBe(examples[0].document);
    expect(JSON.parse(await page.locator("#variables").inputValue())).toEqual(examples[0].variables);
    expect(problems).toEqual([]);
  });

  it("runs the picked example against /graphql and shows the seed article's data", async () => {
    await openOffline();
    const { status, text } = await runExample("who-said-what.graphql");
    expect(status).toMatch(/^HTTP 200/);
    const shown = JSON.parse(text);
    const example = loadExampleOperations().find((e) => e.file === "who-said-what.graphql")!;
    const direct = await http.post(example.document, example.variables);
    expect(shown).toEqual(direct.body);
    expect(shown.errors).toBeUndefined();
    const article = await db.prisma.article.findFirstOrThrow({ include: { quotes: { take: 1 } } });
    expect(text).toContain(JSON.stringify(article.title));
    expect(text).toContain(JSON.stringify(article.quotes[0].text));
    expect(problems).toEqual([]);
  });

  it("runs an edited operation with edited variables", async () => {
    await openOffline();
    await page.locator("#query").fill("query Count($first: Int) { articles(first: $first) { totalCount edges { node { source } } } }");
    await page.locator("#variables").fill('{"first": 1}');
    await page.locator("#operation-name").fill("");
    await page.getByRole("button", { name: "Run" }).click();
    await page.locator("#status").filter({ hasText: /^HTTP 200/ }).waitFor({ timeout: 15_000 });
    const article = await db.prisma.article.findFirstOrThrow();
    expect(JSON.parse((await page.locator("#result").textContent())!)).toEqual({
      data: { articles: { totalCount: 1, edges: [{ node: { source: article.source } }] } },
    });
  });

  it("shows errors, and server data only as text (the search snippet's <mark> is not markup)", async () => {
    await openOffline();
    await page.locator("#variables").fill("{not json");
    await page.getByRole("button", { name: "Run" }).click();
    await expect(page.locator("#status").textContent()).resolves.toBe("Variables are not valid JSON");

    const { status, text } = await runExample("search.graphql");
    expect(status).toMatch(/^HTTP 200/);
    expect(text).toContain("<mark>");
    expect(await page.locator("#result *").count()).toBe(0);
    expect(await page.locator("mark").count()).toBe(0);
  });

  it("starts Apollo Sandbox with the examples preloaded when its script loads", async () => {
    // Sandbox's CDN script, replaced by one that records how it is started.
    await page.route(EXTERNAL, (route) =>
      /embeddable-sandbox\.cdn\.apollographql\.com\/.+\.js/.test(route.request().url())
        ? route.fulfill({
            contentType: "application/javascript",
            body: `window.EmbeddedSandbox = function (config) { window.__sandbox = config;
              var el = document.createElement("p"); el.id = "fake-sandbox"; el.textContent = "sandbox";
              document.querySelector(config.target).appendChild(el); };`,
          })
        : route.abort("internetdisconnected"),
    );
    await page.goto(http.url);
    await page.locator("#fake-sandbox").waitFor({ timeout: 10_000 });
    const config = (await page.evaluate("window.__sandbox")) as any;
    expect(config.initialEndpoint).toBe(http.url);
    const documents = loadExampleOperations().map((e) => e.document.trim());
    expect(config.initialState.document).toBe(documents.join("\n\n") + "\n");
    // It stays Sandbox: the fallback's timer does not replace it later.
    await page.waitForTimeout(SANDBOX_TIMEOUT_MS + 500);
    expect(await page.locator("#plain-explorer").isVisible()).toBe(false);
    expect(await page.locator("#loading").isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it("opens the plain explorer on request (#plain) without touching the CDN", async () => {
    const external: string[] = [];
    await page.route(EXTERNAL, (route) => (external.push(route.request().url()), route.abort()));
    await page.goto(`${http.url}#plain`);
    await page.locator("#plain-explorer").waitFor({ state: "visible", timeout: 10_000 });
    expect(external).toEqual([]);
  });
});
