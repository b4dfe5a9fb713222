import { describe, expect, it } from "vitest";
import { formatByGrain, parseTimes, TimeResolver } from "../../src/extract/time/index.js";
import { REF } from "./helpers.js";

const values = (found: ReturnType<TimeResolver["parse"]>) =>
  found.map((e) => (e.value ? formatByGrain(e.value) : null));

describe("anchors", () => {
  it("carries the last date across sentences", () => {
    const doc = new TimeResolver({ ref: REF });
    expect(values(doc.parse("30일 오후 11시께 결제 장애가 발생했다."))).toEqual([
      "2025-12-30T23:00:00+09:00",
    ]);
    expect(values(doc.parse("서비스는 다음날 오전 1시20분 복구됐다."))).toEqual([
      "2025-12-31T01:20:00+09:00",
    ]);
    expect(values(doc.parse("이날 오후 3시 회사는 사과문을 냈다."))).toEqual(["2025-12-31T15:00:00+09:00"]);
    expect(values(doc.parse("4시께 보상안도 발표했다."))).toEqual(["2025-12-31T16:00:00+09:00"]);
    expect(doc.anchor?.iso).toBe("2025-12-31T16:00:00+09:00");
  });

  it("starts from the reference date", () => {
    const doc = new TimeResolver({ ref: REF });
    expect(doc.anchor).toMatchObject({ iso: "2026-01-20T00:00:00+09:00", grain: "day" });
    expect(values(doc.parse("오후 3시 복구"))).toEqual(["2026-01-20T15:00:00+09:00"]);
  });

  it("moves the anchor within one sentence", () => {
    const found = parseTimes("14일 오후 2시 장애가 났고 전날 밤 배포가 원인이었다", { ref: REF });
    expect(values(found)).toEqual(["2026-01-14T14:00:00+09:00", "2026-01-13T18:00:00+09:00"]);
  });

  it("accepts an anchor from the caller", () => {
    const anchor = { iso: "2025-09-26T20:20:00+09:00", grain: "minute" as const, stated: [], implied: [] };
    const found = parseTimes("8시 40분께 대응 2단계가 발령됐다", { ref: REF, anchor });
    expect(values(found)).toEqual(["2025-09-26T20:40:00+09:00"]);
    expect(values(parseTimes("사흘째", { ref: REF, anchor }))).toEqual(["2025-09-28"]);
  });

  it("does not move the anchor on months, years or durations", () => {
    const doc = new TimeResolver({ ref: REF });
    doc.parse("14일 장애가 났다.");
    doc.parse("지난해 11월에도 3시간 동안 비슷한 일이 있었다.");
    expect(values(doc.parse("이날 오후 2시"))).toEqual(["2026-01-14T14:00:00+09:00"]);
  });

  it("throws a clear error on invalid options, never on text", () => {
    expect(() => parseTimes("오늘", { ref: "not a date" })).toThrow(/ref is not a valid time/);
    expect(() => parseTimes("오늘", { ref: REF, timezone: "KST" })).toThrow(/timezone/);
    expect(() => new TimeResolver({ ref: new Date(Number.NaN) })).toThrow(/ref/);
  });

  it("reads a ref without an offset as KST, and other offsets on request", () => {
    expect(values(parseTimes("오늘", { ref: "2026-01-20" }))).toEqual(["2026-01-20"]);
    expect(values(parseTimes("오늘", { ref: "2026-01-19T20:00:00Z" }))).toEqual(["2026-01-20"]);
    expect(
      parseTimes("오후 3시", { ref: "2026-01-20T10:00:00-02:00", timezone: "-02:00" })[0]?.value?.iso,
    ).toBe("2026-01-20T15:00:00-02:00");
  });
});
