import { describe, expect, it } from "vitest";
import { parseTimes } from "../../src/extract/time/index.js";
import { endIn, only, REF, valueIn } from "./helpers.js";

describe("clock times", () => {
  it("reads the written forms", () => {
    expect(valueIn("3시14분")).toBe("2026-01-20T03:14:00+09:00");
    expect(valueIn("3시 14분")).toBe("2026-01-20T03:14:00+09:00");
    expect(valueIn("3시 반")).toBe("2026-01-20T03:30:00+09:00");
    expect(valueIn("15:14")).toBe("2026-01-20T15:14:00+09:00");
    expect(valueIn("15시")).toBe("2026-01-20T15:00:00+09:00");
    expect(valueIn("0시")).toBe("2026-01-20T00:00:00+09:00");
    expect(valueIn("오후 3시14분께")).toBe("2026-01-20T15:14:00+09:00");
    expect(valueIn("오후세시이십분")).toBe("2026-01-20T15:20:00+09:00");
    expect(valueIn("3:20pm")).toBe("2026-01-20T15:20:00+09:00");
  });

  it("reads the hour after a part of the day", () => {
    expect(valueIn("오전 12시 5분")).toBe("2026-01-20T00:05:00+09:00");
    expect(valueIn("오후 12시")).toBe("2026-01-20T12:00:00+09:00");
    expect(valueIn("새벽 3시")).toBe("2026-01-20T03:00:00+09:00");
    expect(valueIn("아침 7시")).toBe("2026-01-20T07:00:00+09:00");
    expect(valueIn("낮 2시")).toBe("2026-01-20T14:00:00+09:00");
    expect(valueIn("저녁 7시")).toBe("2026-01-20T19:00:00+09:00");
    expect(valueIn("밤 11시")).toBe("2026-01-20T23:00:00+09:00");
    expect(valueIn("심야 1시")).toBe("2026-01-20T01:00:00+09:00");
    expect(valueIn("정오")).toBe("2026-01-20T12:00:00+09:00");
    expect(valueIn("간밤 11시")).toBe("2026-01-19T23:00:00+09:00");
  });

  it("reads 자정 as 24시: the end of a written date, the midnight just passed when undated", () => {
    expect(valueIn("14일 자정")).toBe("2026-01-15T00:00:00+09:00");
    expect(valueIn("14일 24시")).toBe("2026-01-15T00:00:00+09:00");
    expect(valueIn("자정")).toBe("2026-01-20T00:00:00+09:00");
  });

  it("reads a bare hour on the 24-hour clock and marks its meridiem implied", () => {
    const e = only("3시14분께 장애");
    expect(e.value?.iso).toBe("2026-01-20T03:14:00+09:00");
    expect(e.value?.implied).toContain("meridiem");
    expect(e.approximate).toBe(true);
  });

  it("turns a part of the day alone into an interval", () => {
    expect(valueIn("14일 오후")).toBe("2026-01-14T12:00:00+09:00");
    expect(endIn("14일 오후")).toBe("2026-01-14T18:00:00+09:00");
    expect(valueIn("간밤")).toBe("2026-01-19T18:00:00+09:00");
    expect(endIn("간밤")).toBe("2026-01-20T05:00:00+09:00");
  });

  it("marks approximations and keeps the value", () => {
    for (const text of ["3시께", "3시쯤", "3시경", "3시 무렵", "3시 전후", "약 3시"]) {
      const e = only(text);
      expect(e.approximate, text).toBe(true);
      expect(e.value?.iso, text).toBe("2026-01-20T03:00:00+09:00");
    }
  });

  it("rejects hours and minutes out of range and words that contain 시", () => {
    for (const text of ["25시", "한시적 감면", "세시풍속", "3시리즈", "시간이 걸린다"]) {
      expect(parseTimes(text, { ref: REF }), text).toEqual([]);
    }
    expect(parseTimes("3시 75분", { ref: REF }).filter((e) => e.rule === "ko.time.clock")).toEqual([]);
  });
});
