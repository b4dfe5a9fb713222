import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { formatScore, goldIds, scoreCorpus } from "../../eval/score.js";
import { extractArticle } from "../../extract/index.js";
import { runRuleExamples } from "../../extract/rules/run-examples.js";
import { EXIT, UsageError } from "../exit.js";
import { loadInput } from "../load-article.js";

export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("score extraction on a gold corpus in the FORMAT.md format")
    .argument("<gold-dir>", "directory of ID.txt/ID.html + ID.gold.json")
    .option("--explain", "list each article's misses", false)
    .option("--json", "print the score as JSON", false)
    .option("--min-f1 <f>", "exit 3 when overall F1 is below this", Number.parseFloat)
    .action(async (dir: string, opts: { explain: boolean; json: boolean; minF1?: number }) => {
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`not a directory: ${dir}`);
      const preds = [];
      for (const id of goldIds(dir)) {
        const file = ["html", "htm", "txt"].map((e) => join(dir, `${id}.${e}`)).find((f) => existsSync(f));
        if (!file) continue;
        const loaded = await loadInput({ kind: "file", source: file });
        if (loaded.ok) preds.push(extractArticle(loaded.article));
      }
      const score = scoreCorpus(dir, preds);
      process.stdout.write(
        opts.json ? `${JSON.stringify(score, null, 2)}\n` : formatScore(score, opts.explain),
      );
      process.exitCode = opts.minF1 !== undefined && score.overall < opts.minF1 ? EXIT.partial : EXIT.ok;
    });
}

export function registerRules(program: Command): void {
  const rules = program.command("rules").description("rule files: check and test");
  rules
    .command("test")
    .description("run every rule's examples and counter-examples")
    .option("--lang <lang>", "rule pack", "ko")
    .action((opts: { lang: string }) => {
      const report = runRuleExamples(opts.lang);
      for (const f of report.failed)
        process.stdout.write(`FAIL ${f.rule} (${f.file})\n  ${f.text}\n  ${f.problem}\n`);
      process.stdout.write(`${report.passed} passed, ${report.failed.length} failed\n`);
      process.exitCode = report.failed.length ? EXIT.partial : EXIT.ok;
    });
}
