import { describe, expect, it } from "vitest";
import { endIn, only, valueIn } from "./helpers.js";

// REF is Tuesday 2026-01-20 10:00.
const future = { future: true };

describe("future mode", () => {
  it("leans dates forward", () => {
    expect(valueIn("14일", future)).toBe("2026-02-14");
    expect(valueIn("20일", future)).toBe("2026-01-20");
    expect(valueIn("3월", future)).toBe("2026-03");
    expect(valueIn("12월 25일", future)).toBe("2026-12-25");
    expect(valueIn("추석", future)).toBe("2026-09-25");
  });

  it("takes a bare weekday as the next one after today", () => {
    expect(valueIn("화요일", future)).toBe("2026-01-27");
    expect(valueIn("목요일", future)).toBe("2026-01-22");
    expect(valueIn("이번 주 월요일", future)).toBe("2026-01-26");
    expect(valueIn("이번 주 수요일", future)).toBe("2026-01-21");
  });

  it("moves an undated clock time to the next occurrence", () => {
    expect(valueIn("3시", future)).toBe("2026-01-20T15:00:00+09:00");
    expect(valueIn("11시", future)).toBe("2026-01-20T11:00:00+09:00");
    expect(valueIn("오전 9시", future)).toBe("2026-01-21T09:00:00+09:00");
    expect(valueIn("자정", future)).toBe("2026-01-21T00:00:00+09:00");
  });

  it("starts an until-interval now", () => {
    expect(valueIn("오후 2시까지", future)).toBe("2026-01-20T10:00:00+09:00");
  });

  it("differs from news mode on the same text", () => {
    expect(valueIn("14일")).toBe("2026-01-14");
    expect(valueIn("목요일")).toBe("2026-01-15");
  });

  it("reads a promised 11월 20일까지 as last year's in news mode and the coming one with future", () => {
    const ref = "2025-10-18T11:00:00+09:00";
    const promise = "전산망은 11월 20일까지 모두 되살리겠다";
    // News mode leans to the past by design; callers reading a promise or plan pass future: true.
    expect(only(promise, { ref })).toMatchObject({ kind: "interval", value: null });
    expect(endIn(promise, { ref })).toBe("2024-11-20");
    expect(endIn(promise, { ref, future: true })).toBe("2025-11-20");
    expect(valueIn(promise, { ref, future: true })).toBe("2025-10-18T11:00:00+09:00");
  });
});
