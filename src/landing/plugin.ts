import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import { DEFAULT_EMBEDDED_SANDBOX_VERSION } from "@apollo/server/plugin/landingPage/default";
import type { ExampleOperation } from "../operations/examples";
import { renderLandingPage } from "./page";

/** `@apollo/server@<installed version>`, what Sandbox reports as the server runtime. */
function apolloRuntime(): string {
  const main = require.resolve("@apollo/server");
  const manifest = path.join(main.slice(0, main.lastIndexOf(`${path.sep}dist${path.sep}`)), "package.json");
  return `@apollo/server@${(JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version}`;
}

/**
 * The landing page of GET /graphql for browsers (Accept: text/html): Apollo Sandbox with `examples`
 * preloaded, and a plain explorer of the same examples when Sandbox cannot load (see renderLandingPage).
 * Each response gets its own CSP nonce.
 */
export function landingPagePlugin(examples: readonly ExampleOperation[]): ApolloServerPlugin {
  const runtime = apolloRuntime();
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return {
            html: async () =>
              renderLandingPage({
                examples,
                nonce: randomBytes(18).toString("base64url"),
                sandboxVersion: DEFAULT_EMBEDDED_SANDBOX_VERSION,
                runtime,
              }),
          };
        },
      };
    },
  };
}
