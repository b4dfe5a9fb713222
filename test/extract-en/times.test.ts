import { describe, expect, it } from "vitest";
import { englishCues } from "../../src/extract/en/cues.js";
import { EnglishTimeResolver, formatPoint } from "../../src/extract/en/time/index.js";
import { loadRulePack } from "../../src/extract/rules/pack.js";

const cues = englishCues(loadRulePack("en"));
const resolver = (published: string) =>
  new EnglishTimeResolver(published, {
    statementVerb: cues.piece("statement_verb"),
    futureCue: cues.piece("future_cue"),
  });

/** Every resolved time of one sentence as "text → value". */
function read(published: string, ...sentences: string[]): string[][] {
  const r = resolver(published);
  return sentences.map((s) =>
    r.parse(s).map((t) => {
      if (t.kind === "duration") return `${t.text} → ${t.minutes} min${t.outageLength ? " (length)" : ""}`;
      const value = formatPoint(t.value!);
      const to = t.to ? ` .. ${formatPoint(t.to)}` : "";
      const flags = [t.statement ? "said" : "", t.future ? "future" : ""].filter(Boolean).join(",");
      return `${t.text} → ${value}${to}${flags ? ` [${flags}]` : ""}`;
    }),
  );
}

describe("English news times (compromise-dates plus news conventions)", () => {
  it("reads a bare weekday as the latest such day up to publication", () => {
    // Published Saturday 2025-09-27: Friday is the day before, Saturday the same day.
    const [out] = read(
      "2025-09-27T11:42:00+09:00",
      "The fire started at around 8:15 p.m. Friday and was put out by 6:30 a.m. Saturday.",
    );
    expect(out).toEqual([
      "8:15 p.m. Friday → 2025-09-26T20:15:00+09:00",
      "6:30 a.m. Saturday → 2025-09-27T06:30:00+09:00",
    ]);
  });

  it("reads a weekday ahead of publication in a forward-looking sentence", () => {
    const [out] = read(
      "2024-03-12T20:10:00+09:00",
      "Overseas remittances are expected to be restored by Friday.",
    );
    expect(out).toEqual(["Friday → 2024-03-15 [future]"]);
  });

  it("reads 'last Friday' from a Monday as three days earlier", () => {
    const [out] = read("2025-09-29T10:05:00+09:00", "The fire broke out last Friday.");
    expect(out).toEqual(["last Friday → 2025-09-26"]);
  });

  it("ends 'until midnight Tuesday' as Wednesday begins and keeps Tuesday as the day in view", () => {
    const out = read(
      "2024-11-06T09:30:00+09:00",
      "Service was disrupted from 8:20 p.m. until midnight Tuesday, the company said Wednesday.",
      "Engineers restored it by midnight.",
    );
    expect(out[0]).toEqual([
      "8:20 p.m. until midnight Tuesday → 2024-11-05T20:20:00+09:00 .. 2024-11-06T00:00:00+09:00",
      "Wednesday → 2024-11-06 [said]",
    ]);
    expect(out[1]).toEqual(["midnight → 2024-11-06T00:00:00+09:00"]);
  });

  it("dates a clock time without a day by the day the text last named", () => {
    const out = read(
      "2022-10-16T18:20:00+09:00",
      "The fire broke out at around 3:19 p.m. Saturday.",
      "Services began failing at around 3:30 p.m.",
    );
    expect(out[1]).toEqual(["3:30 p.m. → 2022-10-15T15:30:00+09:00"]);
  });

  it("resolves calendar dates through compromise-dates, rolling back dates that would lie in the future", () => {
    const out = read(
      "2025-01-03T09:00:00+09:00",
      "The outage of Dec. 28 was the longest.",
      "A similar failure hit on June 3 last year and in October 2021.",
    );
    expect(out[0]).toEqual(["Dec. 28 → 2024-12-28"]);
    expect(out[1]).toEqual(["June 3 last year → 2024-06-03", "October 2021 → 2021-10"]);
  });

  it("joins a clock time and its date, and pairs from … until across an aside", () => {
    const out = read(
      "2023-05-08T14:40:00+09:00",
      "The service failed for 89 minutes, from 11:16 a.m. on May 4.",
      "Banking was suspended from 12 a.m. on May 5, the start of the holiday weekend, until 6 a.m. Monday.",
    );
    expect(out[0]).toEqual([
      "89 minutes → 89 min (length)",
      "11:16 a.m. on May 4 → 2023-05-04T11:16:00+09:00",
    ]);
    expect(out[1]).toEqual([
      "12 a.m. on May 5, the start of the holiday weekend, until 6 a.m. Monday → 2023-05-05T00:00:00+09:00 .. 2023-05-08T06:00:00+09:00",
    ]);
  });

  it("reads hyphenated durations and tells an outage length from other spans", () => {
    const [out] = read(
      "2025-02-11T11:05:00+09:00",
      "A 2.5-hour outage hit the app, about ten hours after the update.",
    );
    expect(out).toEqual(["2.5-hour → 150 min (length)", "ten hours → 600 min"]);
  });

  it("marks statement times and datelines, which say when something was said", () => {
    const [out] = read(
      "2025-09-27T11:42:00+09:00",
      "DAEJEON, Sept. 27 (Yonhap) -- Services went down overnight, the interior ministry said Saturday.",
    );
    expect(out).toEqual(["Sept. 27 → 2025-09-27 [said]", "Saturday → 2025-09-27 [said]"]);
  });

  it("resolves 'the next morning' from the day in view", () => {
    const out = read(
      "2023-11-25T10:20:00+09:00",
      "Issuance stopped for most of Nov. 17.",
      "The portal was back online the next morning.",
    );
    expect(out[1]).toEqual(["the next morning → 2023-11-18"]);
  });
});
