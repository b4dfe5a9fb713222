import { describe, expect, it } from "vitest";
import { parseTimes } from "../../src/extract/time/index.js";
import { endIn, only, valueIn } from "./helpers.js";

/** Wednesday 2025-09-17. */
const ref = "2025-09-17T23:59:00+09:00";
const at = { ref };

describe("parts of a month", () => {
  it("이달 말, 다음 달 말 and 10월 말 are the last day of the month", () => {
    expect(only("이달 말", at).value).toMatchObject({ iso: "2025-09-30T00:00:00+09:00", grain: "day" });
    expect(valueIn("다음 달 말", at)).toBe("2025-10-31");
    expect(valueIn("지난달 말", at)).toBe("2025-08-31");
    // News leans to the past: an October not yet begun is last year's.
    expect(valueIn("10월 말", at)).toBe("2024-10-31");
    expect(valueIn("2월 말", { ref: "2024-03-05T09:00:00+09:00" })).toBe("2024-02-29");
    expect(only("이달 말", at).kind).toBe("point");
  });

  it("연말, 올해 말, 지난해 말 and 2024년 말 are December 31", () => {
    expect(valueIn("연말", at)).toBe("2025-12-31");
    expect(valueIn("연말", { ref: "2026-01-06T09:00:00+09:00" })).toBe("2025-12-31");
    expect(valueIn("연말", { ref: "2026-01-06T09:00:00+09:00", future: true })).toBe("2026-12-31");
    expect(valueIn("올해 말", at)).toBe("2025-12-31");
    expect(valueIn("지난해 말", at)).toBe("2024-12-31");
    expect(valueIn("2024년 말", at)).toBe("2024-12-31");
    expect(valueIn("지난해 연말", at)).toBe("2024-12-31");
  });

  it("초 and 초순 run from the 1st to the 10th, 중순 the 11th to the 20th, 하순 the 21st to the end", () => {
    const read = (text: string) => {
      const e = only(text, at);
      return [e.kind, valueIn(text, at), endIn(text, at), e.value?.grain];
    };
    expect(read("이달 초")).toEqual(["interval", "2025-09-01", "2025-09-10", "day"]);
    expect(read("다음 달 초순")).toEqual(["interval", "2025-10-01", "2025-10-10", "day"]);
    expect(read("다음 달 중순")).toEqual(["interval", "2025-10-11", "2025-10-20", "day"]);
    expect(read("이달 하순")).toEqual(["interval", "2025-09-21", "2025-09-30", "day"]);
    expect(read("2026년 2월 하순")).toEqual(["interval", "2026-02-21", "2026-02-28", "day"]);
    expect(read("2024년 12월 하순")).toEqual(["interval", "2024-12-21", "2024-12-31", "day"]);
  });

  it("reads the part written without a space and with 께 or 쯤", () => {
    expect(only("이달말께", at)).toMatchObject({ text: "이달말께", approximate: true });
    expect(valueIn("이달말께", at)).toBe("2025-09-30");
    expect(valueIn("내달초", at)).toBe("2025-10-01");
    expect(valueIn("올해말", at)).toBe("2025-12-31");
    expect(only("11월 중순 쯤", at)).toMatchObject({ text: "11월 중순 쯤", approximate: true });
  });

  it("takes until, from and ranges to the right end of the part", () => {
    expect(only("다음 달 말까지", { ...at, future: true })).toMatchObject({ kind: "interval" });
    expect(endIn("다음 달 말까지", at)).toBe("2025-10-31");
    expect(endIn("이달 중순까지", at)).toBe("2025-09-20");
    expect(valueIn("이달 하순부터", at)).toBe("2025-09-21");
    const range = only("다음 달 초부터 다음 달 말까지", at);
    expect([valueIn("다음 달 초부터 다음 달 말까지", at), range.to?.iso]).toEqual([
      "2025-10-01",
      "2025-10-31T00:00:00+09:00",
    ]);
  });

  it("keeps 말 and 초 of other words out: 말했다, 말기, 초과, 연말정산, 연말·연시, 주말", () => {
    const texts = (text: string) => parseTimes(text, at).map((e) => e.text);
    expect(texts("지난 3월 말했다")).toEqual(["지난 3월"]);
    expect(texts("3월 초과 근무")).toEqual(["3월"]);
    expect(texts("연말정산 서비스가 멈췄다")).toEqual([]);
    expect(texts("연말·연시 승차권 예매, 연말연시 특수")).toEqual([]);
    expect(texts("이번 주말 점검")).toEqual(["이번 주말"]);
    expect(texts("1분기말 실적")).toEqual([]);
    expect(texts("14일말")).toEqual([]);
    expect(texts("이달 말일까지")).toEqual(["이달 말일까지"]);
  });

  it("does not let a part of a month anchor later times", () => {
    const found = parseTimes("이달 말 개편을 앞두고 오후 3시 점검했다", at);
    expect(found.map((e) => e.value?.iso)).toEqual([
      "2025-09-30T00:00:00+09:00",
      "2025-09-17T15:00:00+09:00",
    ]);
  });
});
