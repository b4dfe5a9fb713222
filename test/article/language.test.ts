import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/article/index.js";

describe("detectLanguage", () => {
  it("calls mixed Korean/English IT text Korean", () => {
    const text =
      "AWS 서울 리전의 EC2와 RDS 인스턴스에서 API 오류가 발생해 Slack, Notion 등 SaaS 서비스가 약 2시간 동안 영향을 받았다.";
    const result = detectLanguage(text);
    expect(result.code).toBe("kor");
    expect(result.hangulShare).toBeGreaterThan(0.3);
  });

  it("recognises English and other languages", () => {
    expect(
      detectLanguage(
        "The nationwide outage left millions of customers unable to make card payments for several hours on Friday.",
      ).code,
    ).toBe("eng");
    expect(
      detectLanguage(
        "La panne a privé des millions de clients de paiement par carte pendant plusieurs heures vendredi soir.",
      ).code,
    ).toBe("fra");
    expect(
      detectLanguage("全国的なシステム障害で、多くの利用者が数時間にわたりカード決済を利用できなかった。")
        .code,
    ).toBe("jpn");
  });

  it("keeps an English page with a Korean menu word English", () => {
    const text =
      "한국어 Cold wave alerts were issued on Tuesday as temperatures dropped sharply across the country, forecasters said.";
    expect(detectLanguage(text).code).toBe("eng");
  });

  it("returns und for too little text", () => {
    expect(detectLanguage("").code).toBe("und");
    expect(detectLanguage("OK 123").code).toBe("und");
  });
});
