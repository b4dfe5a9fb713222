#!/usr/bin/env node
// npm run bench:extract — text to facts on generated 3 KB Korean articles, one core.
// Target (issue 3): at least 300 articles/s, rules compiled once per process.
import { performance } from "node:perf_hooks";
import { extractArticle } from "../dist/extract/index.js";
import { generateArticles } from "./gen-articles.mjs";

const count = Number(process.argv[2] ?? 3000);
const articles = [...generateArticles(count)].map((a) => ({
  source: a.source,
  url: null,
  title: null,
  outlet: null,
  author: null,
  published: a.published,
  updated: null,
  language: "kor",
  text: a.text,
  captions: [],
}));
const t0 = performance.now();
extractArticle(articles[0]); // loads and compiles the rule pack
const compileMs = performance.now() - t0;
let incidents = 0;
let facts = 0;
const t1 = performance.now();
for (const a of articles) {
  const r = extractArticle(a);
  incidents += r.incidents.length;
  for (const i of r.incidents)
    facts += i.services.length + i.operators.length + i.causes.length + i.claims.length;
}
const ms = performance.now() - t1;
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
console.log(`bench:extract ${count} articles, mean ${(bytes / count / 1024).toFixed(1)} KB`);
console.log(`  rule pack load + first article: ${compileMs.toFixed(0)} ms`);
console.log(
  `  ${(count / (ms / 1000)).toFixed(0)} articles/s (${(ms / count).toFixed(2)} ms/article), ${incidents} incidents, ${facts} facts`,
);
console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
