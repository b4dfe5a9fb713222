// The English pack's quality floor on the bundled English gold corpus, measured
// in-process on the current sources (the same scorer as `jangae eval corpus/en`).

import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadInput } from "../../src/cli/load-article.js";
import type { Extraction } from "../../src/contracts.js";
import { goldIds, scoreCorpus } from "../../src/eval/score.js";
import { extractArticle } from "../../src/extract/index.js";

const CORPUS = fileURLToPath(new URL("../../corpus/en/", import.meta.url));
/** Reached 0.984 when written; the margin absorbs small changes in shared stages (article, sentences). */
const OVERALL_FLOOR = 0.95;
const FIELD_FLOOR = 0.9;

describe("English pack on corpus/en", () => {
  it(`scores overall F1 ≥ ${OVERALL_FLOOR} and every counted field ≥ ${FIELD_FLOOR}`, async () => {
    const preds: Extraction[] = [];
    for (const id of goldIds(CORPUS)) {
      const file = ["html", "txt"].map((e) => join(CORPUS, `${id}.${e}`)).find((f) => existsSync(f));
      if (!file) continue;
      const loaded = await loadInput({ kind: "file", source: file });
      if (!loaded.ok) throw new Error(`${file}: ${loaded.reason}`);
      expect(loaded.article.language, file).toBe("eng");
      preds.push(extractArticle(loaded.article));
    }
    const score = scoreCorpus(CORPUS, preds);
    expect(score.missing).toBe(0);
    expect(score.overall).toBeGreaterThanOrEqual(OVERALL_FLOOR);
    for (const field of score.counted)
      expect(score.fields[field].f, field).toBeGreaterThanOrEqual(FIELD_FLOOR);
  }, 60_000);
});
