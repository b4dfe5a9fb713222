import type { Command } from "commander";
import { eachArticle } from "../each-article.js";
import { EXIT } from "../exit.js";
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
    const failures = await eachArticle(inputs, toFetchOptions(opts), (article) => {
      const { source, url, title, outlet, published, language, text } = article;
      const row = { source, url, title, outlet, published, language, text };
      if (opts.format === "jsonl") process.stdout.write(`${JSON.stringify(row)}\n`);
      else all.push(row);
    });
    if (opts.format === "json") process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    process.exitCode = failures ? EXIT.partial : EXIT.ok;
  });
}
