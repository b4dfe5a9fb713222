import { describe, expect, it } from "vitest";
import { parseTimes } from "../../src/extract/time/index.js";
import { only, REF, valueIn } from "./helpers.js";

const durationOf = (text: string) => only(text).duration;

describe("durations", () => {
  it("reads lengths written with digits, native numbers and day words", () => {
    const cases: [string, string, number][] = [
      ["2시간30분", "PT2H30M", 150],
      ["2시간 30분", "PT2H30M", 150],
      ["78시간", "PT78H", 78 * 60],
      ["22분간", "PT22M", 22],
      ["사흘", "P3D", 3 * 1440],
      ["나흘", "P4D", 4 * 1440],
      ["닷새", "P5D", 5 * 1440],
      ["열흘", "P10D", 10 * 1440],
      ["하루", "P1D", 1440],
      ["이틀", "P2D", 2 * 1440],
      ["1주일", "P1W", 7 * 1440],
      ["일주일", "P1W", 7 * 1440],
      ["3주", "P3W", 21 * 1440],
      ["두 달", "P2M", 60 * 1440],
      ["95일", "P95D", 95 * 1440],
      ["1시간 반", "PT1H30M", 90],
      ["1.5시간", "PT1H30M", 90],
      ["1년 6개월", "P1Y6M", 365 * 1440 + 180 * 1440],
    ];
    for (const [text, iso, minutes] of cases) {
      const d = durationOf(text);
      expect(d?.iso, text).toBe(iso);
      expect(d?.minutes, text).toBe(minutes);
    }
  });

  it("keeps whether a length is elapsed (만에) or a span (동안, 간)", () => {
    expect(durationOf("18시간 만에")?.relation).toBe("elapsed");
    expect(durationOf("35일 만에")?.relation).toBe("elapsed");
    expect(durationOf("3시간째")?.relation).toBe("elapsed");
    expect(durationOf("닷새 동안")?.relation).toBe("span");
    expect(durationOf("약 22분간")).toEqual({ iso: "PT22M", minutes: 22, relation: "span" });
    expect(only("약 22분간").approximate).toBe(true);
    expect(durationOf("2시간")?.relation).toBeNull();
  });

  it("marks 여 and 가량 as approximate", () => {
    expect(only("2시간여 만에").approximate).toBe(true);
    expect(only("30여분").approximate).toBe(true);
    expect(only("3시간 가량").approximate).toBe(true);
  });

  it("tells a day count from a day of the month", () => {
    expect(only("30일").kind).toBe("point");
    expect(only("30일간").kind).toBe("duration");
    expect(only("30일 동안").kind).toBe("duration");
    expect(only("3일 연속").kind).toBe("duration");
    expect(only("12년").kind).toBe("point");
    expect(only("12년 만에").kind).toBe("duration");
  });

  it("counts offsets from the reference", () => {
    expect(valueIn("3시간 전")).toBe("2026-01-20T07:00:00+09:00");
    expect(valueIn("7일 전")).toBe("2026-01-13T10:00:00+09:00");
    expect(valueIn("3주 전")).toBe("2025-12-30");
    expect(valueIn("2시간 뒤")).toBe("2026-01-20T12:00:00+09:00");
    expect(valueIn("24시간 안에")).toBe("2026-01-21T10:00:00+09:00");
  });

  it("does not read fractions, shares or people as lengths of time", () => {
    for (const text of ["3분의 1", "주식 100주", "이분은 책임자", "원인을 구분하기"]) {
      expect(parseTimes(text, { ref: REF }), text).toEqual([]);
    }
  });
});
