import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

describe("Korean incident assembly", () => {
  const text = [
    "한빛은행 모바일뱅킹 먹통…1시간 40분 만에 복구",
    "4일 한빛은행에 따르면 이날 오전 9시 10분께부터 모바일뱅킹 앱과 인터넷뱅킹에서 로그인이 되지 않았다.",
    '은행 측은 "인증 서버 이상으로 장애가 발생한 것으로 파악했다"며 "해킹 등 외부 공격에 의한 것은 아니다"라고 설명했다.',
    "장애는 1시간 40분 만인 오전 10시 50분께 모두 정상화됐다.",
    "영업점 창구와 자동화기기(ATM)에서는 장애가 발생하지 않았다.",
    "한빛은행은 지난해 11월 3일에도 전산 장애로 이체 서비스가 중단된 바 있다.",
  ].join("\n");
  const r = extract(text);
  const [main, past] = r.incidents;

  it("puts the headline outage first with its start and end", () => {
    expect(main?.headline).toBe(true);
    expect(main?.start).toBe("2025-03-04T09:10:00+09:00");
    expect(main?.end).toBe("2025-03-04T10:50:00+09:00");
  });

  it("keeps a past outage mentioned as background as its own dated incident", () => {
    expect(past?.headline).toBe(false);
    expect(past?.start?.startsWith("2024-11-03")).toBe(true);
    expect(main?.services.map((s) => s.name)).not.toContain("이체 서비스");
  });

  it("finds the operator and the affected services, not the unaffected ones", () => {
    expect(main?.operators.map((o) => o.canonical ?? o.name)).toContain("한빛은행");
    const names = main?.services.map((s) => s.name) ?? [];
    expect(names.some((n) => n.includes("모바일뱅킹"))).toBe(true);
    expect(names).toContain("인터넷뱅킹");
    expect(names).not.toContain("자동화기기(ATM)");
    expect(r.unaffected.map((s) => s.name).join(" ")).toMatch(/창구|자동화기기/);
  });

  it("separates the stated cause from the denied one", () => {
    const causes = main?.causes.map((c) => `${c.negated ? "!" : ""}${c.code}`) ?? [];
    expect(causes).toContain("hardware");
    expect(causes).toContain("!cyberattack");
  });

  it("dates the restoration claim", () => {
    const restored = main?.claims.find((c) => c.kind === "restored");
    expect(restored?.at).toBe("2025-03-04T10:50:00+09:00");
  });

  it("names who made a promise and when it is for", () => {
    const p = extract(
      '4일 오전 10시께부터 카드 결제 승인 시스템에 장애가 이어지고 있다.\n카드사 관계자는 "오후 3시까지 모든 결제를 정상화할 계획"이라고 말했다.',
    );
    const expected = p.incidents[0]?.claims.find((c) => c.kind === "expected");
    expect(expected?.claimant).toBe("카드사 관계자");
    expect(expected?.at).toBe("2025-03-04T15:00:00+09:00");
    expect(expected?.quote).toContain("정상화할 계획");
  });

  it("finds nothing in an article about something else", () => {
    const other = extract(
      "은행은 새 데이터센터 건립에 3천억원을 투자한다고 밝혔다.\n서버 3만 대를 수용할 수 있는 규모다.",
    );
    expect(other.incidents).toEqual([]);
  });

  it("turns a withdrawn suspicion into a ruled-out cause", () => {
    const w = extract(
      "통신사 인터넷이 오전 11시께부터 먹통이 됐다.\n회사는 당초 디도스 공격으로 추정했으나 이후 라우팅 설정 오류로 장애가 발생한 것으로 파악했다고 밝혔다.",
    );
    const causes = w.incidents[0]?.causes.map((c) => `${c.negated ? "!" : ""}${c.code}`) ?? [];
    expect(causes).toContain("!cyberattack");
    expect(causes).toContain("network");
  });

  it("reads progress and keeps per-grade figures apart", () => {
    const p = extract(
      "화재로 멈췄던 정부 시스템 복구가 이어지고 있다.\n이날 오후 6시 기준 전체 709개 시스템 중 412개가 복구됐다.\n1등급 시스템은 40개 중 38개가 정상화됐다.",
    );
    expect(p.incidents[0]?.progress).toMatchObject({ restored: 412, total: 709, scope: null });
  });
});
