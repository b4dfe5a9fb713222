#!/usr/bin/env node
// Checks the compiled extractor on ../shared/bench/korean-pages: the published
// day (in KST) against gold.json, and every gold paragraph contained in the text.
// Usage: npm run check:korean-pages [-- --verbose]
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = join(root, "..", "shared", "bench", "korean-pages");
if (!existsSync(join(dir, "gold.json"))) {
  console.log("check:korean-pages skipped: ../shared/bench/korean-pages is not here");
  process.exit(0);
}
const verbose = process.argv.includes("--verbose");
const { articleFromHtml } = await import(join(root, "dist", "article", "index.js"));
const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8"));

const squash = (s) =>
  String(s ?? "")
    .replace(/[\s\u00a0\u200b\u3000]+/g, " ")
    .trim();

/** The KST calendar day of an extracted time (ISO with offset, or a bare date). */
function kstDay(value) {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
}

let datesOk = 0;
let found = 0;
let total = 0;
let withoutHits = 0;
for (const page of gold.pages) {
  const html = readFileSync(join(dir, page.file), "utf8");
  const article = articleFromHtml(html, { source: page.file, url: page.url });
  const text = squash(article.text);
  const day = kstDay(article.published);
  const dateOk = day === page.published_day;
  if (dateOk) datesOk++;
  const missing = page.with.filter((p) => !text.includes(squash(p)));
  const leaked = page.without.filter((p) => text.includes(squash(p)));
  found += page.with.length - missing.length;
  total += page.with.length;
  withoutHits += leaked.length;
  const n = page.with.length;
  console.log(
    `${page.file.padEnd(40)} date ${dateOk ? "ok " : "BAD"} ${String(article.published).padEnd(25)} gold ${page.published_day}  paragraphs ${n - missing.length}/${n}` +
      (page.without.length ? `  boilerplate leaked ${leaked.length}/${page.without.length}` : "") +
      `  ${article.language} ${article.outlet ?? "-"}`,
  );
  if (verbose) {
    console.log(`    title: ${article.title}`);
    for (const m of missing) console.log(`    missing: ${m.slice(0, 100)}`);
    for (const l of leaked) console.log(`    leaked: ${l}`);
  }
}
console.log(
  `published-day accuracy ${datesOk}/${gold.pages.length} (${((100 * datesOk) / gold.pages.length).toFixed(0)}%), gold paragraphs found ${found}/${total}, boilerplate leaked ${withoutHits}`,
);
