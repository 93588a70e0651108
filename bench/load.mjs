// Load generation: POST GraphQL bodies to a URL from C connections for D seconds, closed loop (each
// connection sends its next request when the previous answer arrived); bodies rotate when there are
// several. autocannon (bench/node_modules) when installed, else a small built-in loop on node:http with
// the same behaviour, so the smoke test runs on a clone without the bench dependencies.
import http from "node:http";
import { performance } from "node:perf_hooks";

/** @typedef {{ requests: number, seconds: number, rps: number, p50: number, p99: number, errors: number }} LoadResult */

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The built-in closed-loop generator. */
async function builtin(url, bodies, connections, seconds) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const latencies = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + seconds * 1000;
  const once = (body) =>
    new Promise((resolve) => {
      const req = http.request(
        { agent, host: target.hostname, port: target.port, path: target.pathname, method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode === 200));
        },
      );
      req.on("error", () => resolve(false));
      req.end(body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const ok = await once(bodies[next++ % bodies.length]);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, seconds: elapsed, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

async function withAutocannon(autocannon, url, bodies, connections, seconds) {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: bodies[0],
    requests: bodies.length > 1 ? [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }] : undefined,
  });
  const requests = result.requests.total;
  return {
    requests,
    seconds: result.duration,
    rps: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Picks the load generator: autocannon when `preferAutocannon` and it is installed. */
export async function loadGenerator(preferAutocannon = true) {
  if (preferAutocannon) {
    try {
      const { default: autocannon } = await import("autocannon");
      return { name: "autocannon", run: (url, bodies, c, s) => withAutocannon(autocannon, url, bodies, c, s) };
    } catch {
      // not installed: fall back
    }
  }
  return { name: "built-in (node:http)", run: builtin };
}
