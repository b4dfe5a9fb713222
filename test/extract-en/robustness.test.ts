import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Extraction } from "../../src/contracts.js";
import { extract } from "./article.js";

const WORDS = [
  "went down",
  "was restored",
  "from",
  "until",
  "midnight",
  "8:15 p.m.",
  "Friday",
  "Sept.",
  "26",
  "and",
  "or",
  ",",
  ".",
  "the",
  "Korea Post's",
  "internet and mobile banking",
  "could not",
  "say when",
  "ruled out",
  "a cyberattack",
  "including",
  "They include",
  "(NIRS)",
  "—",
  '"',
  "last year",
  "2.5-hour",
  "outage",
  "of",
  "its",
  "app",
  "Corp.",
  "a.m.",
  "which",
];

describe("English extraction on odd input", () => {
  it("never throws and always returns a valid extraction", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }),
        fc.string({ maxLength: 40 }),
        (words, noise) => {
          const text = `${words.join(" ")} ${noise}`;
          const out = extract(text, "2024-03-12T20:10:00+09:00");
          expect(() => Extraction.parse(out)).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
  });

  it("handles empty text, a missing publication time and a very long paragraph", () => {
    expect(extract("", "2024-03-12T20:10:00+09:00").incidents).toEqual([]);
    const out = extract(
      "KakaoTalk went down at 3 p.m. Tuesday and was restored at 5 p.m.",
      null as unknown as string,
    );
    expect(out.incidents.map((i) => i.services.map((s) => s.name))).toEqual([["KakaoTalk"]]);
    const long = Array.from(
      { length: 200 },
      (_, i) => `System ${i}, the portal, and ATM withdrawals were disrupted`,
    ).join(", ");
    expect(() => extract(`${long}.`, "2024-03-12T20:10:00+09:00")).not.toThrow();
  });
});
