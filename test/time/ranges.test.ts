import { describe, expect, it } from "vitest";
import { parseTimes } from "../../src/extract/time/index.js";
import { endIn, only, REF, valueIn } from "./helpers.js";

describe("ranges", () => {
  it("joins A부터 B까지, A~B, A-B and A에서 B 사이", () => {
    for (const text of [
      "오후 2시부터 4시까지",
      "오후 2시~4시",
      "오후 2시-4시",
      "오후 2시에서 4시 사이",
      "오후 2~4시",
    ]) {
      const e = only(text);
      expect(e.kind, text).toBe("interval");
      expect(e.rule, text).toBe("ko.time.range");
      expect(e.value?.iso, text).toBe("2026-01-20T14:00:00+09:00");
      expect(e.to?.iso, text).toBe("2026-01-20T16:00:00+09:00");
    }
  });

  it("lets the end inherit the start's date and cross midnight", () => {
    expect(valueIn("30일 오후 11시부터 다음날 오전 1시")).toBe("2025-12-30T23:00:00+09:00");
    expect(endIn("30일 오후 11시부터 다음날 오전 1시")).toBe("2025-12-31T01:00:00+09:00");
    expect(endIn("오후 11시부터 오전 1시까지")).toBe("2026-01-21T01:00:00+09:00");
    expect(endIn("12월 30일부터 1월 2일까지")).toBe("2026-01-02");
    expect(endIn("14~15일")).toBe("2026-01-15");
    expect(endIn("7월 13일 - 15일")).toBe("2025-07-15");
  });

  it("computes the end of a start plus a duration", () => {
    const e = only("오전 3시 56분부터 약 22분간");
    expect(e.kind).toBe("interval");
    expect(e.to?.iso).toBe("2026-01-20T04:18:00+09:00");
    expect(e.duration).toEqual({ iso: "PT22M", minutes: 22, relation: "span" });
    expect(e.approximate).toBe(true);
  });

  it("reads open intervals: after, before, until", () => {
    const after = only("14일 이후");
    expect([after.value?.iso, after.to]).toEqual(["2026-01-14T00:00:00+09:00", null]);
    const before = only("오전 11시 전");
    expect([before.value, before.to?.iso]).toEqual([null, "2026-01-20T11:00:00+09:00"]);
    const until = only("15일까지");
    expect([until.rule, until.value, until.to?.iso]).toEqual([
      "ko.time.until",
      null,
      "2026-01-15T00:00:00+09:00",
    ]);
  });

  it("does not join A에서 B when nothing closes it (14일에서 15일로 연기)", () => {
    expect(parseTimes("14일에서 15일로 연기됐다", { ref: REF }).map((e) => e.text)).toEqual(["14일", "15일"]);
  });
});
