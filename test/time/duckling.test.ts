// Duckling's Korean time corpus (outside the repo, in ../shared/bench): the same check as
// scripts/check-duckling.mjs, run on the TypeScript sources. Skipped when the corpus is absent.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type DucklingCorpus, runDucklingCorpus, toDucklingValue } from "../../src/extract/time/duckling.js";
import { parseTimes } from "../../src/extract/time/index.js";

const corpusPath = fileURLToPath(new URL("../../../shared/bench/duckling-ko/time.json", import.meta.url));

describe("duckling adapter", () => {
  it("converts a closed range to Duckling's exclusive end and keeps an until bound", () => {
    const ref = "2013-02-12T04:30:00-02:00";
    const [range] = parseTimes("오전9시 부터 오전11시", { ref, future: true, timezone: "-02:00" });
    expect(range && toDucklingValue(range)).toEqual({
      type: "interval",
      from: "2013-02-12T09:00:00-02:00",
      to: "2013-02-12T12:00:00-02:00",
      grain: "hour",
    });
    const [until] = parseTimes("오후 2시까지", { ref, future: true, timezone: "-02:00" });
    expect(until && toDucklingValue(until)?.to).toBe("2013-02-12T14:00:00-02:00");
  });
});

describe.skipIf(!existsSync(corpusPath))("duckling-ko corpus", () => {
  it("passes at least 90% in future mode", () => {
    const corpus = JSON.parse(readFileSync(corpusPath, "utf8")) as DucklingCorpus;
    const { total, passed, strictPassed } = runDucklingCorpus(corpus, parseTimes);
    console.log(
      `duckling-ko: ${passed}/${total} (${((100 * passed) / total).toFixed(1)}%), strict grains ${strictPassed}`,
    );
    expect(total).toBeGreaterThan(200);
    expect(passed / total).toBeGreaterThanOrEqual(0.9);
  });
});
