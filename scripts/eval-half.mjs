#!/usr/bin/env node
// Prints the gold lines of one half of an eval set: half "a" holds the articles whose id hashes even, "b" the rest.
// The split is stable (it depends on the id only), so a rule tuned on one half can be checked on the other.
//   node scripts/eval-half.mjs GOLD.jsonl a|b
import crypto from "node:crypto";
import fs from "node:fs";

const [gold, half] = process.argv.slice(2);
if (!gold || (half !== "a" && half !== "b")) {
  console.error("usage: eval-half.mjs GOLD.jsonl a|b");
  process.exit(2);
}
for (const line of fs.readFileSync(gold, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const { id, file } = JSON.parse(line);
  const even = crypto.createHash("sha256").update(String(id ?? file)).digest()[0] % 2 === 0;
  if (even === (half === "a")) console.log(line);
}
