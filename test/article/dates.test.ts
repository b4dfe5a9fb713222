import { describe, expect, it } from "vitest";
import { findDateLines, isDateOnlyLine, parseDate } from "../../src/article/dates.js";

describe("parseDate", () => {
  it("keeps KST times and converts other offsets to KST", () => {
    expect(parseDate("2025-06-04T02:37:08+09:00")).toBe("2025-06-04T02:37:08+09:00");
    expect(parseDate("2025-05-15T20:00:52.000+0900")).toBe("2025-05-15T20:00:52+09:00");
    // 17:37 UTC on the 3rd is already the 4th in Korea.
    expect(parseDate("2025-06-03T17:37:08Z")).toBe("2025-06-04T02:37:08+09:00");
    expect(parseDate("2024-01-01T00:30:00-05:00")).toBe("2024-01-01T14:30:00+09:00");
  });

  it("reads naive times as KST", () => {
    expect(parseDate("2023-11-02 20:06:13")).toBe("2023-11-02T20:06:13+09:00");
    expect(parseDate("2026.01.29 18:40")).toBe("2026-01-29T18:40:00+09:00");
    expect(parseDate("2026. 1. 6. 16:19")).toBe("2026-01-06T16:19:00+09:00");
    expect(parseDate("2023.11.02. 오후 8:06")).toBe("2023-11-02T20:06:00+09:00");
    expect(parseDate("2023-11-02 오전 12:10")).toBe("2023-11-02T00:10:00+09:00");
    expect(parseDate("2026년 3월 3일 15시 20분")).toBe("2026-03-03T15:20:00+09:00");
    expect(parseDate("2024.07.19 (21:15)")).toBe("2024-07-19T21:15:00+09:00");
    expect(parseDate("20231102200613")).toBe("2023-11-02T20:06:13+09:00");
  });

  it("keeps a bare day as a day and rejects non-dates", () => {
    expect(parseDate("2026-03-03")).toBe("2026-03-03");
    expect(parseDate("2026.03.03")).toBe("2026-03-03");
    expect(parseDate("2023-02-30 10:00")).toBeNull();
    expect(parseDate("조회수 1,234")).toBeNull();
    expect(parseDate("")).toBeNull();
    expect(parseDate(null)).toBeNull();
  });

  it("reads English dates with and without a zone", () => {
    expect(parseDate("Tue, 07 Nov 2023 15:03:30 +0900")).toBe("2023-11-07T15:03:30+09:00");
    expect(parseDate("November 7, 2023")).toBe("2023-11-07");
  });
});

describe("findDateLines", () => {
  it("finds labelled published and updated times", () => {
    expect(findDateLines("윤서연 기자 | 입력 2026.03.03 15:20 | 수정 2026.03.03 16:01")).toEqual({
      published: "2026-03-03T15:20:00+09:00",
      updated: "2026-03-03T16:01:00+09:00",
    });
    expect(findDateLines("기사입력 2023-11-02 오후 8:06").published).toBe("2023-11-02T20:06:00+09:00");
    expect(findDateLines("승인 2023.11.17 14:17 | 최종 수정 2023.11.17 23:00")).toEqual({
      published: "2023-11-17T14:17:00+09:00",
      updated: "2023-11-17T23:00:00+09:00",
    });
    expect(findDateLines("등록 2026. 1. 6. 16:19").published).toBe("2026-01-06T16:19:00+09:00");
    expect(findDateLines("일반입력 :2013/03/26 13:33").published).toBe("2013-03-26T13:33:00+09:00");
  });

  it("ignores dates without a label", () => {
    expect(findDateLines("2020년 3월 4일 행사가 열린다")).toEqual({ published: null, updated: null });
  });

  it("tells date-only lines from sentences that contain a date", () => {
    expect(isDateOnlyLine("입력 2026.03.03 15:20 | 수정 2026.03.03 16:01")).toBe(true);
    expect(isDateOnlyLine("2018.07.28 오후 10:29")).toBe(true);
    expect(isDateOnlyLine("2025년 9월 26일 화재가 발생했다.")).toBe(false);
  });
});
