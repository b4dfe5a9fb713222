#!/usr/bin/env node
// npm run bench — every benchmark in turn (each skips cleanly when its data is absent).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
let failed = 0;
for (const script of ["bench-extract.mjs", "bench-article.mjs", "bench-ingest.mjs"]) {
  const path = `${root}scripts/${script}`;
  if (!existsSync(path)) continue;
  console.log(`\n== ${script}`);
  const r = spawnSync(process.execPath, [path], { stdio: "inherit", cwd: root });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
