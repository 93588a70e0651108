import fs from "node:fs";
import path from "node:path";

// The evaluation articles (../shared/eval, or EVAL_ROOT) belong to their publishers and must never be quoted
// in this repository: rules, tests and comments use invented sentences that name the pattern. This test
// fails when any line of the repository's own text shares SPAN or more words in a row with one of them.
// Without the evaluation data (a user's clone) it is skipped, saying so.

const ROOT = path.resolve(__dirname, "../..");
const EVAL_ROOT = process.env.EVAL_ROOT ?? path.resolve(ROOT, "../shared/eval");
const SETS = ["news-quotes", "polnear-train"];
/** Words in a row that count as quoting (six-word runs are still common phrases: "said in a statement that the"). */
const SPAN = 7;
/** Site furniture the extractor must recognise to drop it (a caption marker), not article text. */
const ALLOWED = new Set(["open this photo in gallery photo illustration"]);
/** What the repository writes itself. */
const FOLDERS = ["src", "tests", "scripts", "bench", "prisma", "schema"];
const SKIP_DIRS = new Set(["node_modules", "generated", ".data", "migrations"]);
const TEXT = /\.(ts|mjs|cjs|js|md|sh|json|graphql|prisma)$/;

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9' ]+/g, " ").split(/\s+/).filter(Boolean);

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* files(full);
    } else if (TEXT.test(entry.name)) {
      yield full;
    }
  }
}

const available = SETS.every((set) => fs.existsSync(path.join(EVAL_ROOT, set, "docs")));
if (!available) {
  console.log(`eval-text-leak: skipped, no evaluation data at ${EVAL_ROOT} (set EVAL_ROOT to check)`);
}

(available ? describe : describe.skip)("the repository quotes no evaluation article", () => {
  it(`no line shares ${SPAN} words in a row with an article of ${SETS.join(" or ")}`, () => {
    const spans = new Set<string>();
    for (const set of SETS) {
      const docs = path.join(EVAL_ROOT, set, "docs");
      for (const name of fs.readdirSync(docs)) {
        const w = words(fs.readFileSync(path.join(docs, name), "utf8"));
        for (let i = 0; i + SPAN <= w.length; i++) spans.add(w.slice(i, i + SPAN).join(" "));
      }
    }
    const found: string[] = [];
    const sources = [path.join(ROOT, "README.md"), ...FOLDERS.filter((f) => fs.existsSync(path.join(ROOT, f))).flatMap((f) => [...files(path.join(ROOT, f))])];
    for (const file of sources) {
      fs.readFileSync(file, "utf8").split("\n").forEach((line, n) => {
        const w = words(line);
        for (let i = 0; i + SPAN <= w.length; i++) {
          const span = w.slice(i, i + SPAN).join(" ");
          if (spans.has(span) && !ALLOWED.has(span)) {
            found.push(`${path.relative(ROOT, file)}:${n + 1}: "${span}"`);
            break;
          }
        }
      });
    }
    expect(found).toEqual([]);
  }, 60_000);
});
