// Whatever the text, parsing returns well-formed expressions and never throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTimes, TimeResolver } from "../../src/extract/time/index.js";
import { REF } from "./helpers.js";

const NEWS = [
  "2026년 1월 14일 오후 3시14분께 결제 시스템에 장애가 발생해 약 2시간30분 만에 복구됐다.",
  "30일 오후 11시부터 다음날 오전 1시까지 접속이 어려웠다.",
  "지난달 28일 발생한 장애는 사흘째 이어지다 이튿날 새벽 복구됐다.",
  "오전 3시 56분부터 약 22분간 송금이 지연됐고 2025.9.29 공지가 올라왔다.",
  "이번 주 금요일 밤 12시~토요일 오전 6시 점검, 15:14 재개, 9/29 보고서.",
];

/** Korean news text with pieces cut, swapped, repeated or replaced by random characters. */
const mutatedNews = fc
  .tuple(
    fc.constantFrom(...NEWS),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: "grapheme", maxLength: 6 })), { maxLength: 6 }),
  )
  .map(([text, edits]) =>
    edits.reduce((t, [a, b, insert]) => {
      const i = a % (t.length + 1);
      const j = Math.min(t.length, i + (b % 8));
      return t.slice(0, i) + insert + t.slice(j);
    }, text),
  );

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(
      ..."0123456789년월일시분초간동안만에째약께쯤부터까지~-/.: 오전후새벽밤지난다음이번주말",
    ),
    maxLength: 120,
  }),
  mutatedNews,
);

describe("property: any input", () => {
  it("never throws and returns expressions whose spans match their text", () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, future) => {
        for (const e of parseTimes(text, { ref: REF, future })) {
          expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
          expect(e.span.end).toBeGreaterThan(e.span.start);
          if (e.value) expect(e.value.iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
          if (e.to) expect(e.to.iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
          if (e.kind === "duration") expect(e.duration?.iso).toMatch(/^P/);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("keeps expressions in order and apart", () => {
    fc.assert(
      fc.property(mutatedNews, (text) => {
        const found = parseTimes(text, { ref: REF });
        for (let i = 1; i < found.length; i++) {
          expect(found[i]?.span.start).toBeGreaterThanOrEqual(found[i - 1]?.span.end ?? 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("survives long repetitive input that would make a backtracking pattern blow up", () => {
    // These finish in milliseconds; a catastrophic pattern would hit the test timeout instead.
    const inputs = [
      "1".repeat(5000),
      "1시간 ".repeat(2000),
      "오후 ".repeat(2000),
      "2025.".repeat(1500),
      "지난 ".repeat(2000),
      "3시 3분 ".repeat(1000),
      "약 ".repeat(3000),
      "~".repeat(5000),
    ];
    const doc = new TimeResolver({ ref: REF });
    for (const text of inputs) expect(() => doc.parse(text)).not.toThrow();
  });

  it("ignores what is not a string", () => {
    expect(parseTimes(undefined as unknown as string, { ref: REF })).toEqual([]);
    expect(parseTimes(42 as unknown as string, { ref: REF })).toEqual([]);
  });
});
