import type { ExampleOperation } from "../operations/examples";

/** Where Apollo's embeddable Sandbox comes from, and the hosts its page needs. */
export const SANDBOX_SCRIPT_ORIGIN = "https://embeddable-sandbox.cdn.apollographql.com";
const SANDBOX_FRAME_ORIGIN = "https://sandbox.embed.apollographql.com";
/** How long the page waits for the Sandbox script before it shows the plain explorer. */
export const SANDBOX_TIMEOUT_MS = 4000;

export interface LandingPageOptions {
  /** The example operations, shown first to last; the first one is selected. */
  examples: readonly ExampleOperation[];
  /** A fresh random value per response (letters and digits): the only inline script and style carry it. */
  nonce: string;
  /** The Sandbox script's version path segment (Apollo's DEFAULT_EMBEDDED_SANDBOX_VERSION). */
  sandboxVersion: string;
  /** `@apollo/server@x.y.z`, which Sandbox reports as the runtime. */
  runtime: string;
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the JavaScript line separators
 * escaped everywhere, so no value can close the element or start markup.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The Content-Security-Policy of the page: scripts and styles only with the nonce or from Sandbox's CDN. */
export function landingPageCsp(nonce: string): string {
  return [
    `script-src 'nonce-${nonce}' ${SANDBOX_SCRIPT_ORIGIN}`,
    `style-src 'nonce-${nonce}' ${SANDBOX_SCRIPT_ORIGIN} https://fonts.googleapis.com`,
    `img-src 'self' data: ${SANDBOX_SCRIPT_ORIGIN}`,
    `frame-src ${SANDBOX_FRAME_ORIGIN}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

const STYLE = `
  body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; background: #fff; }
  #embeddableSandbox { width: 100vw; height: 100vh; position: absolute; top: 0; left: 0; }
  #embeddableSandbox iframe { background-color: white; height: 100%; width: 100%; border: none; }
  #loading { padding: 1em 1.5em; color: #57606a; }
  #plain-explorer { padding: 1em 1.5em; max-width: 90em; }
  #plain-explorer h1 { font-size: 1.3em; margin: 0 0 .2em; }
  #fallback-reason { color: #57606a; margin: 0 0 1em; }
  .columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5em; }
  @media (max-width: 60em) { .columns { grid-template-columns: minmax(0, 1fr); } }
  label { display: block; font-weight: 600; margin: .8em 0 .3em; }
  textarea, input, select, pre { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; box-sizing: border-box; width: 100%; }
  textarea, input, select { border: 1px solid #d0d7de; border-radius: 6px; padding: .5em; }
  #query { height: 26em; }
  #variables { height: 7em; }
  .actions { margin-top: 1em; display: flex; gap: 1em; align-items: center; }
  button { font: inherit; font-weight: 600; padding: .45em 1.4em; border-radius: 6px; border: 1px solid #1f6feb; background: #1f6feb; color: #fff; cursor: pointer; }
  button:disabled { opacity: .6; cursor: progress; }
  #status { color: #57606a; }
  #result { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: .8em; min-height: 26em; max-height: 80vh; overflow: auto; white-space: pre-wrap; word-break: break-word; margin: 0; }
  .hint { color: #57606a; font-size: .9em; }
`;

/**
 * The plain explorer's behaviour. It starts Apollo Sandbox when its script loads; when the script fails,
 * takes longer than SANDBOX_TIMEOUT_MS, or the address ends in `#plain`, it shows the form instead: the
 * example operations in a list, the selected one in the textareas, Run POSTs it to this page's own URL
 * and shows the JSON answer as text (never as markup).
 */
const SCRIPT = `(function () {
  "use strict";
  var data = function (id) { return JSON.parse(document.getElementById(id).textContent); };
  var examples = data("examples");
  var sandbox = data("sandbox");
  var endpoint = location.origin + location.pathname;
  var $ = function (id) { return document.getElementById(id); };
  var decided = false;

  function showPlain(reason) {
    if (decided) return;
    decided = true;
    $("loading").hidden = true;
    $("embeddableSandbox").hidden = true;
    $("fallback-reason").textContent = reason;
    $("plain-explorer").hidden = false;
    document.title = "GraphQL explorer (plain)";
  }

  function startSandbox() {
    if (decided) return;
    if (typeof window.EmbeddedSandbox !== "function") { showPlain("Apollo Sandbox did not start (its script defines no EmbeddedSandbox)."); return; }
    try {
      new window.EmbeddedSandbox(Object.assign({}, sandbox.config, { initialEndpoint: endpoint }));
    } catch (error) {
      showPlain("Apollo Sandbox did not start: " + (error && error.message ? error.message : String(error)));
      return;
    }
    decided = true;
    $("loading").hidden = true;
  }

  var select = $("example");
  examples.forEach(function (example, index) {
    var option = document.createElement("option");
    option.value = String(index);
    option.textContent = (example.operationName || "(anonymous)") + " \\u2014 " + example.file;
    select.appendChild(option);
  });
  function pick(index) {
    var example = examples[index];
    $("query").value = example.document;
    $("variables").value = JSON.stringify(example.variables, null, 2);
    $("operation-name").value = example.operationName || "";
  }
  select.addEventListener("change", function () { pick(Number(select.value)); });
  if (examples.length) pick(0);

  function show(status, text) {
    $("status").textContent = status;
    $("result").textContent = text;
  }

  function run(event) {
    if (event) event.preventDefault();
    var variables = {};
    var raw = $("variables").value.trim();
    if (raw) {
      try { variables = JSON.parse(raw); } catch (error) { show("Variables are not valid JSON", String(error.message || error)); return; }
    }
    var body = { query: $("query").value, variables: variables };
    var operationName = $("operation-name").value.trim();
    if (operationName) body.operationName = operationName;
    var button = $("run");
    button.disabled = true;
    show("Running\\u2026", "");
    var started = performance.now();
    fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.text().then(function (text) {
        var shown = text;
        try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (ignored) { /* not JSON: show it as it came */ }
        show("HTTP " + response.status + " \\u00b7 " + Math.round(performance.now() - started) + " ms", shown);
      });
    }).catch(function (error) {
      show("Request failed", String(error && error.message ? error.message : error));
    }).then(function () { button.disabled = false; });
  }
  $("run-form").addEventListener("submit", run);
  $("query").addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run(event);
  });
  $("retry-sandbox").addEventListener("click", function (event) { event.preventDefault(); location.assign(endpoint); });

  if (location.hash === "#plain") { showPlain("The plain explorer (#plain in the address): the example operations, run against " + endpoint + "."); return; }
  var script = document.createElement("script");
  script.src = sandbox.scriptUrl;
  script.nonce = document.currentScript ? document.currentScript.nonce : "";
  script.onload = startSandbox;
  script.onerror = function () { showPlain("Apollo Sandbox cannot be loaded (its script comes from " + sandbox.scriptOrigin + "; you may be offline). This plain explorer runs the example operations against " + endpoint + "."); };
  setTimeout(function () { showPlain("Apollo Sandbox did not load within " + (sandbox.timeoutMs / 1000) + " s. This plain explorer runs the example operations against " + endpoint + "."); }, sandbox.timeoutMs);
  document.head.appendChild(script);
})();`;

/**
 * The HTML of GET /graphql for browsers: Apollo Sandbox with every example operation preloaded when its
 * script loads from Apollo's CDN, and otherwise a plain, self-contained explorer (no external script,
 * style or font) that runs the example operations against this endpoint. Server data reaches the page
 * only as escaped JSON data blocks and is rendered as text.
 */
export function renderLandingPage(options: LandingPageOptions): string {
  const { examples, nonce, sandboxVersion, runtime } = options;
  if (!/^[A-Za-z0-9+/=_-]+$/.test(nonce)) throw new Error("nonce must be letters, digits, +/=_-");
  const sandbox = {
    scriptOrigin: SANDBOX_SCRIPT_ORIGIN,
    scriptUrl:
      `${SANDBOX_SCRIPT_ORIGIN}/${encodeURIComponent(sandboxVersion)}/embeddable-sandbox.umd.production.min.js` +
      `?runtime=${encodeURIComponent(runtime)}`,
    timeoutMs: SANDBOX_TIMEOUT_MS,
    // What Apollo's own landing page passes to EmbeddedSandbox (ApolloServerPluginLandingPageLocalDefault).
    config: {
      target: "#embeddableSandbox",
      initialState: { document: examples.map((e) => e.document.trim()).join("\n\n") + "\n" },
      hideCookieToggle: false,
      endpointIsEditable: false,
      runtime,
      runTelemetry: true,
      allowDynamicStyles: false,
    },
  };
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${landingPageCsp(nonce)}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>GraphQL explorer</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<div id="embeddableSandbox"></div>
<p id="loading">Loading Apollo Sandbox…</p>
<main id="plain-explorer" hidden>
  <h1>GraphQL explorer</h1>
  <p id="fallback-reason" role="status"></p>
  <form id="run-form">
    <div class="columns">
      <div>
        <label for="example">Example operation</label>
        <select id="example"></select>
        <label for="query">Operation</label>
        <textarea id="query" spellcheck="false" autocapitalize="off" autocomplete="off"></textarea>
        <label for="variables">Variables (JSON)</label>
        <textarea id="variables" spellcheck="false" autocapitalize="off" autocomplete="off"></textarea>
        <label for="operation-name">Operation name <span class="hint">(needed when the text holds several operations)</span></label>
        <input id="operation-name" spellcheck="false" autocapitalize="off" autocomplete="off">
        <div class="actions">
          <button type="submit" id="run">Run</button>
          <span class="hint">Ctrl+Enter in the operation runs it too.</span>
        </div>
      </div>
      <div>
        <label for="result">Result</label>
        <p id="status" role="status"></p>
        <pre id="result" tabindex="0"></pre>
        <p class="hint"><a href="#" id="retry-sandbox">Try Apollo Sandbox again</a></p>
      </div>
    </div>
  </form>
</main>
<noscript><p>This page needs JavaScript. Without it, POST operations to this URL as JSON: {"query": "…"}.</p></noscript>
<script type="application/json" id="examples">${jsonForHtml(examples)}</script>
<script type="application/json" id="sandbox">${jsonForHtml(sandbox)}</script>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}
