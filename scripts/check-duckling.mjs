#!/usr/bin/env node
// Measures the Korean time module against Duckling's Korean time corpus (future mode, Duckling's
// reference time). Needs the compiled module: run through `npm run check:duckling`, which builds first.
// The corpus lives outside the repo; without it this prints why and exits 0.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpusPath = process.env.DUCKLING_KO_DIR
  ? join(process.env.DUCKLING_KO_DIR, "time.json")
  : join(root, "..", "shared", "bench", "duckling-ko", "time.json");

if (!existsSync(corpusPath)) {
  console.log(`check-duckling: skipped, no corpus at ${corpusPath}`);
  process.exit(0);
}
const modulePath = join(root, "dist", "extract", "time", "index.js");
if (!existsSync(modulePath)) {
  console.error("check-duckling: dist/extract/time/index.js is missing; run `npm run build` first");
  process.exit(1);
}

const { parseTimes } = await import(modulePath);
const { runDucklingCorpus } = await import(join(root, "dist", "extract", "time", "duckling.js"));
const corpus = JSON.parse(readFileSync(corpusPath, "utf8"));
const { total, passed, strictPassed, results } = runDucklingCorpus(corpus, parseTimes);

const pct = (n) => ((100 * n) / total).toFixed(1);
for (const r of results.filter((x) => !x.pass)) {
  console.log(`FAIL line ${r.line}  ${r.text}  (${r.reason})`);
  console.log(`     expected ${JSON.stringify(r.expected)}`);
  console.log(`     got      ${JSON.stringify(r.got)}`);
}
console.log(
  `duckling-ko time: ${passed}/${total} passed (${pct(passed)}%), grains second/quarter read as minute/month`,
);
console.log(`duckling-ko time, strict grains: ${strictPassed}/${total} (${pct(strictPassed)}%)`);
