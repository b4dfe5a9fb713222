import { createInterface } from "node:readline";
import type { Command } from "commander";
import { parseTimes, type TimeExpression, type TimeOptions, TimeResolver } from "../../extract/time/index.js";
import { UsageError } from "../exit.js";
import { formatOption } from "./common.js";

interface TimeCliOptions {
  ref?: string;
  future: boolean;
  format: "json" | "jsonl";
}

export function registerTimeCommand(program: Command): void {
  program
    .command("time")
    .description("find Korean time expressions (dates, clock times, ranges, durations) and resolve them")
    .argument("[text]", "the text to read; without it, stdin is read as one document, line by line")
    .option(
      "--ref <iso>",
      "reference time, the article's publication (default: now); without an offset it is KST",
    )
    .option("--future", "lean forward like Duckling instead of to the past like news", false)
    .addOption(formatOption(["json", "jsonl"], "json"))
    .action(async (text: string | undefined, opts: TimeCliOptions) => {
      const options: TimeOptions = { ref: opts.ref ?? new Date(), future: opts.future };
      checkRef(options);
      if (text !== undefined) {
        const found = parseTimes(text, options);
        if (opts.format === "jsonl") for (const e of found) process.stdout.write(`${JSON.stringify(e)}\n`);
        else process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
        return;
      }
      // Lines are sentences of one document: 이날 or a bare clock time refers to the last date given.
      const resolver = new TimeResolver(options);
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        const expressions: TimeExpression[] = resolver.parse(line);
        process.stdout.write(`${JSON.stringify({ input: line, expressions })}\n`);
      }
    });
}

function checkRef(options: TimeOptions): void {
  try {
    parseTimes("", options);
  } catch {
    throw new UsageError(`--ref is not an ISO 8601 time: ${String(options.ref)}`);
  }
}
