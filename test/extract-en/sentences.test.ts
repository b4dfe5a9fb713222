import { describe, expect, it } from "vitest";
import { repairEnglishSentences } from "../../src/extract/en/sentences.js";
import { splitSentences } from "../../src/text/sentences.js";

const repaired = (text: string) => repairEnglishSentences(text, splitSentences(text));

describe("English sentence repair", () => {
  it("keeps clock times, month abbreviations and company suffixes inside one sentence", () => {
    const text =
      "Services failed for 89 minutes, from 11:16 a.m. on Oct. 25. LG Uplus Corp. said the attacks came in two waves. The job was approved for 1 a.m. and 6 a.m. only.";
    const out = repaired(text);
    expect(out.map((s) => s.text)).toEqual([
      "Services failed for 89 minutes, from 11:16 a.m. on Oct. 25.",
      "LG Uplus Corp. said the attacks came in two waves.",
      "The job was approved for 1 a.m. and 6 a.m. only.",
    ]);
  });

  it("keeps offsets into the article text and renumbers sentences", () => {
    const text = "Title line\n\nThe app went down at 3 p.m. Tuesday. It was back at 5 p.m. on Dec. 3.";
    for (const [i, s] of repaired(text).entries()) {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("still splits real sentence ends after a clock time", () => {
    const out = repaired("The outage ended at 9 p.m. The company apologized.");
    expect(out.map((s) => s.text)).toEqual(["The outage ended at 9 p.m.", "The company apologized."]);
  });
});
