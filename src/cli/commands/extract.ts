import type { Command } from "commander";
import type { Extraction } from "../../contracts.js";
import { extractArticle } from "../../extract/index.js";
import { eachArticle } from "../each-article.js";
import { EXIT } from "../exit.js";
import { unsupportedLanguage, withPublished } from "../load-article.js";
import {
  type FetchCliOptions,
  fetchOptions,
  formatOption,
  isoOption,
  requireInputs,
  toFetchOptions,
} from "./common.js";

export function registerExtract(program: Command): void {
  const cmd = program
    .command("extract")
    .description("per-article extraction (FORMAT.md contract plus evidence); nothing is stored")
    .argument("[inputs...]", ".html/.txt files, directories, URLs or - for stdin")
    .option("--published <iso>", "publication time to resolve relative dates against", isoOption)
    .addOption(formatOption(["jsonl", "json", "pretty"], "jsonl"));
  fetchOptions(cmd).action(
    async (inputs: string[], opts: FetchCliOptions & { published?: string; format: string }) => {
      requireInputs(inputs);
      const results: Extraction[] = [];
      const failures = await eachArticle(inputs, toFetchOptions(opts), (loaded) => {
        const article = withPublished(loaded, opts.published);
        const skip = unsupportedLanguage(article);
        if (skip) process.stderr.write(`jangae: ${article.source}: skipped: ${skip}\n`);
        const result = extractArticle(article);
        if (opts.format === "jsonl") process.stdout.write(`${JSON.stringify(result)}\n`);
        else results.push(result);
      });
      if (opts.format === "json") process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      if (opts.format === "pretty") for (const r of results) process.stdout.write(pretty(r));
      process.exitCode = failures ? EXIT.partial : EXIT.ok;
    },
  );
}

function pretty(r: Extraction): string {
  const lines = [
    `# ${r.source}  ${r.article.title ?? ""}  (${r.article.published ?? "no date"}, ${r.article.language})`,
  ];
  r.incidents.forEach((inc, i) => {
    lines.push(
      `  incident ${i + 1}${inc.headline ? " (headline)" : " (background)"}: ${inc.start ?? "?"} → ${inc.end ?? "?"}`,
    );
    for (const s of inc.services) lines.push(`    service  ${s.name} [${s.status}]  ← ${s.evidence.rule}`);
    for (const o of inc.operators) lines.push(`    operator ${o.canonical ?? o.name}  ← ${o.evidence.rule}`);
    for (const c of inc.causes)
      lines.push(
        `    cause    ${c.negated ? "not " : ""}${c.code} (${c.certainty})  ← ${c.evidence.rule}: ${c.evidence.text}`,
      );
    for (const c of inc.claims)
      lines.push(
        `    claim    ${c.kind}${c.at ? `@${c.at}` : ""}${c.claimant ? ` by ${c.claimant}` : ""}  ← ${c.evidence.text}`,
      );
    if (inc.progress)
      lines.push(
        `    progress ${inc.progress.restored}/${inc.progress.total}  ← ${inc.progress.evidence.text}`,
      );
  });
  return `${lines.join("\n")}\n`;
}
