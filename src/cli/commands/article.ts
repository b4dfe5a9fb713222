import type { Command } from "commander";
import { EXIT } from "../exit.js";
import { expandInputs } from "../inputs.js";
import { loadInput } from "../load-article.js";
import { type FetchCliOptions, fetchOptions, formatOption, requireInputs, toFetchOptions } from "./common.js";

export function registerArticle(program: Command): void {
  const cmd = program
    .command("article")
    .description("the article stage alone: {source, url, title, outlet, published, language, text}")
    .argument("[inputs...]", ".html/.txt files, directories, URLs or - for stdin")
    .addOption(formatOption(["jsonl", "json"], "jsonl"));
  fetchOptions(cmd).action(async (inputs: string[], opts: FetchCliOptions & { format: string }) => {
    requireInputs(inputs);
    const all: unknown[] = [];
    let failures = 0;
    for (const input of expandInputs(inputs)) {
      try {
        const loaded = await loadInput(input, toFetchOptions(opts));
        if (!loaded.ok) {
          failures++;
          process.stderr.write(`jangae: ${input.source}: ${loaded.status}: ${loaded.reason}\n`);
          continue;
        }
        const { source, url, title, outlet, published, language, text } = loaded.article;
        const row = { source, url, title, outlet, published, language, text };
        if (opts.format === "jsonl") process.stdout.write(`${JSON.stringify(row)}\n`);
        else all.push(row);
      } catch (err) {
        failures++;
        process.stderr.write(`jangae: ${input.source}: failed: ${(err as Error).message}\n`);
      }
    }
    if (opts.format === "json") process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    process.exitCode = failures ? EXIT.partial : EXIT.ok;
  });
}
