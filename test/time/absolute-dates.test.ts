import { describe, expect, it } from "vitest";
import { parseTimes } from "../../src/extract/time/index.js";
import { only, REF, valueIn } from "./helpers.js";

describe("absolute dates", () => {
  it("reads year, month and day in Korean", () => {
    expect(valueIn("2026년 1월 14일")).toBe("2026-01-14");
    expect(valueIn("2026년1월14일")).toBe("2026-01-14");
    expect(valueIn("2023년 11월")).toBe("2023-11");
    expect(valueIn("2023년에")).toBe("2023");
    expect(valueIn("'25년 3월")).toBe("2025-03");
  });

  it("reads numeric dates", () => {
    expect(valueIn("2025.9.29")).toBe("2025-09-29");
    expect(valueIn("2025. 9. 29.")).toBe("2025-09-29");
    expect(valueIn("2025-09-29")).toBe("2025-09-29");
    expect(valueIn("2015/3/3")).toBe("2015-03-03");
    expect(valueIn("74/10/31")).toBe("1974-10-31");
    expect(valueIn("9/29")).toBe("2025-09-29");
  });

  it("reads Sino-Korean numerals when two parts are written", () => {
    expect(valueIn("이천십오년 삼월 삼일")).toBe("2015-03-03");
    expect(valueIn("시월 구일")).toBe("2025-10-09");
    expect(parseTimes("삼일절 행사", { ref: REF }).map((e) => e.rule)).toEqual(["ko.time.holiday"]);
  });

  it("leans to the past in news mode", () => {
    expect(valueIn("14일")).toBe("2026-01-14");
    expect(valueIn("28일", { ref: "2026-01-03T08:00:00+09:00" })).toBe("2025-12-28");
    expect(valueIn("12월 25일")).toBe("2025-12-25");
    expect(valueIn("3월")).toBe("2025-03");
  });

  it("takes a day of the month in the next three days as coming, not a month back", () => {
    expect(valueIn("21일")).toBe("2026-01-21");
    expect(valueIn("23일")).toBe("2026-01-23");
    expect(valueIn("24일")).toBe("2025-12-24");
  });

  it("reads 지난 and 오는 before a day or month", () => {
    expect(valueIn("지난 20일")).toBe("2025-12-20");
    expect(valueIn("지난 14일")).toBe("2026-01-14");
    expect(valueIn("오는 25일")).toBe("2026-01-25");
    expect(valueIn("지난 1월")).toBe("2025-01");
    expect(valueIn("다음 3월")).toBe("2026-03");
  });

  it("records stated and implied components", () => {
    const e = only("1월 14일 오후 3시14분께");
    expect(e.value?.stated).toEqual(["month", "day", "meridiem", "hour", "minute"]);
    expect(e.value?.implied).toEqual(["year"]);
    expect(e.approximate).toBe(true);
  });

  it("rejects impossible dates and words that only look like dates", () => {
    expect(parseTimes("13월 5일", { ref: REF }).map((e) => e.text)).toEqual(["5일"]);
    expect(parseTimes("2025년 2월 30일", { ref: REF })).toEqual([]);
    for (const text of [
      "2020년대 들어",
      "90년생 개발자",
      "창립 10주년",
      "1위 업체",
      "3분의 1",
      "1/3 수준으로 줄었다",
    ]) {
      expect(parseTimes(text, { ref: REF }), text).toEqual([]);
    }
  });

  it("gives UTF-16 spans into the input", () => {
    const text = "공지: 2026년 1월 14일 장애";
    const [e] = parseTimes(text, { ref: REF });
    expect(e && text.slice(e.span.start, e.span.end)).toBe("2026년 1월 14일");
  });
});
