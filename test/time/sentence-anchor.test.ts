import { describe, expect, it } from "vitest";
import { formatByGrain, parseTimes, TimeResolver } from "../../src/extract/time/index.js";

/** Saturday 2025-09-27, a minute before midnight: how a date-only publication time is read. */
const SAT = "2025-09-27T23:59:00+09:00";

const shown = (found: ReturnType<typeof parseTimes>) =>
  found.map((e) => [e.text, e.value ? formatByGrain(e.value) : null, e.to ? formatByGrain(e.to) : null]);

describe("이날 and 당일 within a sentence", () => {
  it("이날 after 전날 in the same sentence is still the reference day", () => {
    const found = parseTimes(
      "경찰에 따르면 전날 오후 9시 40분께 시작된 접속 장애가 이날 오전 5시 10분 해소됐다",
      {
        ref: SAT,
      },
    );
    expect(shown(found)).toEqual([
      ["전날 오후 9시 40분께", "2025-09-26T21:40:00+09:00", null],
      ["이날 오전 5시 10분", "2025-09-27T05:10:00+09:00", null],
    ]);
  });

  it("27일 opening the sentence fixes 이날 even after 전날 moved the anchor", () => {
    const found = parseTimes(
      "27일 운영사에 따르면 전날 오후 11시께 멈춘 결제 서버가 이날 오전 7시 재가동됐다",
      {
        ref: SAT,
      },
    );
    expect(shown(found).map(([, value]) => value)).toEqual([
      "2025-09-27",
      "2025-09-26T23:00:00+09:00",
      "2025-09-27T07:00:00+09:00",
    ]);
  });

  it("당일 after 다음날 is the day the sentence started on, from the caller's anchor", () => {
    const anchor = { iso: "2025-09-20T00:00:00+09:00", grain: "day" as const, stated: [], implied: [] };
    const found = parseTimes("다음날 새벽 점검이 예고됐지만 당일 오후 6시 조기 종료됐다", {
      ref: SAT,
      anchor,
    });
    expect(shown(found).map(([, value]) => value)).toEqual([
      "2025-09-21T00:00:00+09:00",
      "2025-09-20T18:00:00+09:00",
    ]);
  });

  it("a date written later in the sentence moves 이날, and a bare clock time still follows 전날", () => {
    const found = parseTimes(
      "전날 오후 8시 접수된 신고는 9시께 처리됐고, 25일 재발한 장애는 이날 오후 2시 끝났다",
      {
        ref: SAT,
      },
    );
    expect(shown(found).map(([, value]) => value)).toEqual([
      "2025-09-26T20:00:00+09:00",
      "2025-09-26T21:00:00+09:00",
      "2025-09-25",
      "2025-09-25T14:00:00+09:00",
    ]);
  });

  it("오늘 after 어제 stays the reference day", () => {
    const found = parseTimes("어제 오후 10시 끊긴 통신이 오늘 오전 4시 복구됐다", { ref: SAT });
    expect(shown(found).map(([, value]) => value)).toEqual([
      "2025-09-26T22:00:00+09:00",
      "2025-09-27T04:00:00+09:00",
    ]);
  });

  it("the end of a range written 이날 is the sentence's day, not the start's", () => {
    const [range] = parseTimes("전날 오후 11시부터 이날 오전 3시까지 예약이 막혔다", { ref: SAT });
    expect(range && shown([range])).toEqual([
      ["전날 오후 11시부터 이날 오전 3시까지", "2025-09-26T23:00:00+09:00", "2025-09-27T03:00:00+09:00"],
    ]);
  });

  it("a new sentence in one text starts from the anchor the previous one left", () => {
    const found = parseTimes(
      "30일 오후 11시께 장애가 났다. 다음날 오전 1시 복구됐다. 이날 오후 회사가 사과했다.",
      {
        ref: "2026-01-20T10:00:00+09:00",
      },
    );
    expect(shown(found).map(([, value]) => value)).toEqual([
      "2025-12-30T23:00:00+09:00",
      "2025-12-31T01:00:00+09:00",
      "2025-12-31T12:00:00+09:00",
    ]);
  });

  it("TimeResolver gives 이날 the day the previous sentence ended on", () => {
    const doc = new TimeResolver({ ref: SAT });
    doc.parse("26일 밤 데이터센터 전원 장치에서 불이 났다.");
    const found = doc.parse("전날 점검 기록은 없었고 불은 이날 오후 10시 꺼졌다.");
    expect(shown(found).map(([, value]) => value)).toEqual(["2025-09-25", "2025-09-26T22:00:00+09:00"]);
  });
});

describe("holidays do not anchor what follows", () => {
  const WED = "2025-09-17T23:59:00+09:00";

  it("추석 as a topic leaves a later clock range on the reference day", () => {
    const found = parseTimes("추석 열차표 예매 마감이 오후 1시에서 오후 4시까지 미뤄졌다", { ref: WED });
    expect(shown(found)).toEqual([
      ["추석", "2025-10-06", null],
      ["오후 1시에서 오후 4시까지", "2025-09-17T13:00:00+09:00", "2025-09-17T16:00:00+09:00"],
    ]);
  });

  it("설날 does not become the day 이날 or a bare hour refers to", () => {
    const found = parseTimes("설날 귀성 수요에 대비해 이날 오전 10시 증편을 발표했고 11시 예매를 열었다", {
      ref: "2026-01-20T10:00:00+09:00",
    });
    expect(shown(found).map(([, value]) => value)).toEqual([
      "2026-02-17",
      "2026-01-20T10:00:00+09:00",
      "2026-01-20T11:00:00+09:00",
    ]);
  });

  it("추석 전날, 설날 다음날 and 추석 당일 count from the holiday", () => {
    const found = parseTimes("추석 전날 밤과 설날 다음날, 추석 당일 오후 2시", { ref: WED });
    expect(shown(found)).toEqual([
      ["추석 전날 밤", "2025-10-05T18:00:00+09:00", "2025-10-05T23:00:00+09:00"],
      ["설날 다음날", "2026-02-18", null],
      ["추석 당일 오후 2시", "2025-10-06T14:00:00+09:00", null],
    ]);
  });

  it("a holiday leaves the document's anchor where it was", () => {
    const doc = new TimeResolver({ ref: WED });
    doc.parse("15일 오후 장애가 있었다.");
    doc.parse("회사는 추석 전에 이중화를 마치겠다고 했다.");
    expect(doc.anchor?.iso).toBe("2025-09-15T12:00:00+09:00");
  });
});
