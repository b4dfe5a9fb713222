#!/usr/bin/env node
// npm run eval:dev — runs `jangae extract` over ../shared/eval/dev and scores it
// with the shared scorer. Skips (exit 0) when ../shared is absent.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const shared = join(root, "..", "shared", "eval");
const dev = join(shared, process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "dev");
if (!existsSync(dev) || !existsSync(join(shared, "score.mjs"))) {
  console.log(`eval:dev skipped: ${dev} not found (../shared is not part of a fresh clone)`);
  process.exit(0);
}
const inputs = readdirSync(dev)
  .filter((f) => /\.(txt|html?)$/.test(f))
  .map((f) => join(dev, f));
const run = spawnSync(process.execPath, [join(root, "bin", "jangae.js"), "extract", ...inputs], {
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
if (run.stderr) process.stderr.write(run.stderr);
if (run.status !== 0 && run.status !== 3) process.exit(run.status ?? 1);
const pred = join(mkdtempSync(join(tmpdir(), "jangae-eval-")), "pred.jsonl");
writeFileSync(pred, run.stdout);
const args = [join(shared, "score.mjs"), "--gold", dev, "--pred", pred];
if (process.argv.includes("--explain")) args.push("--explain");
const score = spawnSync(process.execPath, args, { stdio: "inherit" });
process.exit(score.status ?? 1);
