#!/usr/bin/env node
// Article extraction benchmark: jangae's compiled extractor (dist/article) versus
// @mozilla/readability on jsdom, on the 181 pages of the article-extraction-benchmark
// in ../shared. Prints F1 (from ../shared/bench/score-articles.mjs) and pages/s.
// Usage: npm run bench:article [-- --only jangae|readability] [--per-page]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const benchDir = join(root, "..", "shared", "bench");
const pagesDir = join(benchDir, "article-extraction-benchmark", "html");
const truth = join(benchDir, "article-extraction-benchmark", "ground-truth.json");
const scorer = join(benchDir, "score-articles.mjs");

if (!existsSync(pagesDir) || !existsSync(truth) || !existsSync(scorer)) {
  console.log("bench:article skipped: ../shared/bench/article-extraction-benchmark is not here");
  process.exit(0);
}

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const perPage = args.includes("--per-page");

const { articleFromHtml } = await import(join(root, "dist", "article", "index.js"));
const truthUrls = JSON.parse(readFileSync(truth, "utf8"));

const pages = readdirSync(pagesDir)
  .filter((f) => f.endsWith(".html.gz"))
  .sort()
  .map((f) => {
    const id = f.replace(/\.html\.gz$/, "");
    return {
      id,
      source: `${id}.html`,
      url: truthUrls[id]?.url ?? null,
      html: gunzipSync(readFileSync(join(pagesDir, f))).toString("utf8"),
    };
  });

const outDir = mkdtempSync(join(tmpdir(), "bench-article-"));

function run(name, extract) {
  const lines = [];
  const started = performance.now();
  for (const page of pages) {
    let text = "";
    try {
      text = extract(page);
    } catch (error) {
      console.error(`${name}: ${page.id}: ${error.message}`);
    }
    lines.push(JSON.stringify({ source: page.source, text }));
  }
  const seconds = (performance.now() - started) / 1000;
  const file = join(outDir, `${name}.jsonl`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  const scoreArgs = [scorer, "--truth", truth, "--pred", file, ...(perPage ? ["--per-page"] : [])];
  const report = execFileSync(process.execPath, scoreArgs, { encoding: "utf8" });
  const f1 = Number(report.match(/article F1 ([\d.]+)/)?.[1] ?? Number.NaN);
  const pr = report.match(/precision ([\d.]+) recall ([\d.]+)/);
  if (perPage) console.log(report.trim());
  return {
    name,
    f1,
    precision: Number(pr?.[1]),
    recall: Number(pr?.[2]),
    pagesPerSecond: pages.length / seconds,
    file,
  };
}

const results = [];
if (only !== "readability") {
  results.push(
    run("jangae", (page) => articleFromHtml(page.html, { source: page.source, url: page.url }).text),
  );
}
if (only !== "jangae") {
  const { JSDOM, VirtualConsole } = await import("jsdom");
  const { Readability } = await import("@mozilla/readability");
  const virtualConsole = new VirtualConsole();
  results.push(
    run("readability", (page) => {
      const dom = new JSDOM(page.html, { url: page.url ?? "https://example.com/", virtualConsole });
      const article = new Readability(dom.window.document).parse();
      dom.window.close();
      return article?.textContent ?? "";
    }),
  );
}

console.log(`pages ${pages.length}; predictions in ${outDir}`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(12)} F1 ${r.f1.toFixed(3)}  (P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)})  ${r.pagesPerSecond.toFixed(1)} pages/s`,
  );
}
const [a, b] = results;
if (a && b)
  console.log(`speed ratio jangae/readability ${(a.pagesPerSecond / b.pagesPerSecond).toFixed(1)}×`);
