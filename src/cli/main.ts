import { Command, CommanderError } from "commander";
import { RuleFileError } from "../extract/rules/load-file.js";
import { registerArticle } from "./commands/article.js";
import { registerEval, registerRules } from "./commands/eval.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerStoreViews } from "./commands/store-views.js";
import { registerTimeCommand } from "./commands/time.js";
import { EXIT, InputError, UsageError } from "./exit.js";

const program = new Command()
  .name("jangae")
  .description("Korean IT-outage news → a structured, queryable incident record")
  .version("0.1.0")
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerExtract(program);
registerArticle(program);
registerIngest(program);
registerStoreViews(program);
registerEval(program);
registerRules(program);
registerTimeCommand(program);
for (const cmd of program.commands) cmd.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = exitCodeFor(err);
}

function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0)
      return EXIT.ok;
    return EXIT.usage;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`jangae: ${message.split("\n")[0]}\n`);
  if (err instanceof UsageError || err instanceof InputError) return EXIT.usage;
  if (err instanceof RuleFileError) return EXIT.fatal;
  return EXIT.fatal;
}
