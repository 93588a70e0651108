import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const BUILD_SCRIPT = path.join(__dirname, "..", "..", "scripts", "build.mjs");

/** staleReason(root) of scripts/build.mjs (an ES module, so it runs in its own node process). */
function staleReason(root: string): string | null {
  const code = `import { staleReason } from ${JSON.stringify(BUILD_SCRIPT)};
    process.stdout.write(JSON.stringify(staleReason(${JSON.stringify(root)})));`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }));
}

/** `npm start`, `seed`, `extract`, … compile only when an input is newer than the last build. */
describe("scripts/build.mjs staleness check", () => {
  let root: string;
  const write = (file: string, text = "") => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  /** Sets the mtime of every file and folder under `root` to `seconds` (since the epoch). */
  const ageAll = (dir: string, seconds: number) => {
    for (const name of fs.readdirSync(dir)) {
      const entry = path.join(dir, name);
      if (fs.statSync(entry).isDirectory()) ageAll(entry, seconds);
      fs.utimesSync(entry, seconds, seconds);
    }
    fs.utimesSync(dir, seconds, seconds);
  };
  const built = (seconds: number) => {
    write("dist/.build-stamp", "built\n");
    fs.utimesSync(path.join(root, "dist/.build-stamp"), seconds, seconds);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "build-stale-"));
    write("src/main.ts", "export {};\n");
    write("src/db/client.ts", "export {};\n");
    write("prisma/seed.ts", "export {};\n");
    write("scripts/print-schema.ts", "export {};\n");
    write("tsconfig.json", "{}");
    write("tsconfig.build.json", "{}");
    write("package.json", "{}");
    write("dist/src/main.js", "");
    write("dist/prisma/seed.js", "");
    ageAll(root, 1_000_000);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("builds when there is no previous build", () => {
    expect(staleReason(root)).toBe("no previous build");
  });

  it("is up to date when nothing changed since the build started", () => {
    built(1_000_100);
    expect(staleReason(root)).toBeNull();
  });

  it("builds after a source file was edited", () => {
    built(1_000_100);
    fs.utimesSync(path.join(root, "src/db/client.ts"), 1_000_200, 1_000_200);
    expect(staleReason(root)).toBe("src changed");
  });

  it("builds after a file was deleted (its folder changed)", () => {
    built(1_000_100);
    fs.rmSync(path.join(root, "src/db/client.ts"));
    expect(staleReason(root)).toBe("src changed");
  });

  it("builds after the seed script, a tsconfig or the lock file changed", () => {
    built(1_000_100);
    fs.utimesSync(path.join(root, "prisma/seed.ts"), 1_000_200, 1_000_200);
    expect(staleReason(root)).toBe("prisma/seed.ts changed");
    fs.utimesSync(path.join(root, "prisma/seed.ts"), 1_000_000, 1_000_000);
    write("package-lock.json", "{}");
    expect(staleReason(root)).toBe("package-lock.json changed");
  });

  it("ignores files outside the build's inputs", () => {
    built(1_000_100);
    write("README.md", "changed");
    write("documents/new.txt", "changed");
    expect(staleReason(root)).toBeNull();
  });

  it("builds when an output is missing, whatever the stamp says", () => {
    built(1_000_100);
    fs.rmSync(path.join(root, "dist/src/main.js"));
    expect(staleReason(root)).toBe("dist/src/main.js is missing");
  });
});
