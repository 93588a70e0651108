import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const script = path.join(root, "scripts", "prisma-variant.mjs");
const variant = path.join(root, "prisma", "postgresql", "schema.prisma");

/** The models of a schema file: every `model` block, comments dropped. */
function models(text: string): string {
  return [...text.matchAll(/^model \w+ \{[\s\S]*?^\}/gm)]
    .map((m) => m[0].replace(/^\s*\/\/\/.*$/gm, "").replace(/\n\s*\n/g, "\n"))
    .join("\n");
}

describe("prisma/postgresql/schema.prisma", () => {
  it("is what scripts/prisma-variant.mjs writes from prisma/schema.prisma (run `npm run prisma:variant` after a schema change)", () => {
    const check = spawnSync(process.execPath, [script, "--check"], { cwd: root, encoding: "utf8" });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: "" });
  });

  it("has the same models, provider postgresql and its own client output", () => {
    const text = fs.readFileSync(variant, "utf8");
    expect(models(text)).toBe(models(fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8")));
    expect(models(text).length).toBeGreaterThan(1000);
    expect(text).toMatch(/provider\s*=\s*"postgresql"/);
    expect(text).toMatch(/output\s*=\s*"\.\.\/\.\.\/src\/generated\/prisma-pg"/);
  });

  it("--check fails on a variant that drifted", () => {
    const copy = fs.mkdtempSync(path.join(require("node:os").tmpdir(), "variant-"));
    fs.mkdirSync(path.join(copy, "scripts"));
    fs.mkdirSync(path.join(copy, "prisma", "postgresql"), { recursive: true });
    fs.copyFileSync(script, path.join(copy, "scripts", "prisma-variant.mjs"));
    fs.copyFileSync(path.join(root, "prisma", "schema.prisma"), path.join(copy, "prisma", "schema.prisma"));
    fs.writeFileSync(path.join(copy, "prisma", "postgresql", "schema.prisma"), fs.readFileSync(variant, "utf8").replace("model Quote {", "model Quote {\n  extra String?"));
    const check = spawnSync(process.execPath, [path.join(copy, "scripts", "prisma-variant.mjs"), "--check"], { encoding: "utf8" });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("prisma/postgresql/schema.prisma is stale: run `npm run prisma:variant`");
    fs.rmSync(copy, { recursive: true, force: true });
  });
});
