import { describe, expect, it } from "vitest";
import { parseTimes } from "../../src/extract/time/index.js";
import { endIn, only, REF, valueIn } from "./helpers.js";

// REF is Tuesday 2026-01-20; its week runs Monday 01-19 to Sunday 01-25.
describe("relative days", () => {
  it("counts days from the reference", () => {
    expect(valueIn("오늘")).toBe("2026-01-20");
    expect(valueIn("어제")).toBe("2026-01-19");
    expect(valueIn("그저께")).toBe("2026-01-18");
    expect(valueIn("그제")).toBe("2026-01-18");
    expect(valueIn("내일")).toBe("2026-01-21");
    expect(valueIn("모레")).toBe("2026-01-22");
  });

  it("counts 이날, 전날, 다음날 from the anchor, which starts as the reference date", () => {
    expect(valueIn("이날")).toBe("2026-01-20");
    expect(valueIn("당일")).toBe("2026-01-20");
    expect(valueIn("전날")).toBe("2026-01-19");
    expect(valueIn("다음날")).toBe("2026-01-21");
    expect(valueIn("다음 날")).toBe("2026-01-21");
    expect(valueIn("이튿날")).toBe("2026-01-21");
  });

  it("reads 사흘째 as today without an earlier date", () => {
    expect(valueIn("사흘째")).toBe("2026-01-20");
  });

  it("names months, years and weeks relative to the reference", () => {
    expect(valueIn("지난 30일")).toBe("2025-12-30");
    expect(valueIn("지난달 30일")).toBe("2025-12-30");
    expect(valueIn("이달 5일")).toBe("2026-01-05");
    expect(valueIn("다음달 3일")).toBe("2026-02-03");
    expect(valueIn("지난해 11월")).toBe("2025-11");
    expect(valueIn("작년")).toBe("2025");
    expect(valueIn("올해")).toBe("2026");
    expect(valueIn("내년")).toBe("2027");
    expect(only("지난주").value).toMatchObject({ iso: "2026-01-12T00:00:00+09:00", grain: "week" });
    expect(only("이번 주").value?.iso).toBe("2026-01-19T00:00:00+09:00");
    expect(only("다음 주").value?.iso).toBe("2026-01-26T00:00:00+09:00");
  });

  it("resolves weekdays: alone the most recent one or today, with 지난/이번 주/다음 주 as said", () => {
    expect(valueIn("월요일")).toBe("2026-01-19");
    expect(valueIn("화요일")).toBe("2026-01-20");
    expect(valueIn("수요일")).toBe("2026-01-14");
    expect(valueIn("지난 화요일")).toBe("2026-01-13");
    expect(valueIn("지난 월요일")).toBe("2026-01-19");
    expect(valueIn("이번 주 금요일")).toBe("2026-01-23");
    expect(valueIn("다음 주 화요일")).toBe("2026-01-27");
    expect(valueIn("14일(수)")).toBe("2026-01-14");
  });

  it("reads a weekend as Friday 18:00 to the end of Sunday", () => {
    expect(valueIn("주말")).toBe("2026-01-16T18:00:00+09:00");
    expect(endIn("주말")).toBe("2026-01-18T23:00:00+09:00");
    expect(valueIn("이번 주말")).toBe("2026-01-23T18:00:00+09:00");
  });

  it("does not take a holiday period, 오늘날 or 그제야 for a date", () => {
    for (const text of ["설 연휴 기간", "연휴 기간 중", "오늘날 클라우드", "그제야 밝혀졌다", "연휴 첫날"]) {
      expect(parseTimes(text, { ref: REF }), text).toEqual([]);
    }
  });

  it("resolves holidays to the nearest occurrence in news mode", () => {
    expect(valueIn("추석", { ref: "2025-10-02T18:30:00+09:00" })).toBe("2025-10-06");
    expect(valueIn("광복절", { ref: "2025-10-02T18:30:00+09:00" })).toBe("2025-08-15");
    expect(valueIn("설날")).toBe("2026-02-17");
  });
});
