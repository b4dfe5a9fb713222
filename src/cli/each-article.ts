import type { Article } from "../contracts.js";
import type { FetchOptions } from "../fetch/types.js";
import { expandInputs } from "./inputs.js";
import { loadInput } from "./load-article.js";

/**
 * Loads each input in turn and hands its Article on; a failed input is
 * reported on stderr and counted, and the rest go on. Returns the failures.
 */
export async function eachArticle(
  inputs: string[],
  fetchOptions: FetchOptions,
  use: (article: Article) => void,
): Promise<number> {
  let failures = 0;
  for (const input of expandInputs(inputs)) {
    try {
      const loaded = await loadInput(input, fetchOptions);
      if (!loaded.ok) {
        failures++;
        process.stderr.write(`jangae: ${input.source}: ${loaded.status}: ${loaded.reason}\n`);
        continue;
      }
      use(loaded.article);
    } catch (err) {
      failures++;
      process.stderr.write(`jangae: ${input.source}: failed: ${(err as Error).message}\n`);
    }
  }
  return failures;
}
