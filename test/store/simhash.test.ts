import { describe, expect, it } from "vitest";
import { bands, hamming, NEAR_DUPLICATE_BITS, simhash } from "../../src/store/simhash.js";

const story =
  "이동통신사 망에서 오전 11시께 장애가 발생해 전국의 유선 인터넷과 카드 결제가 약 40분 동안 멈췄다. 회사는 라우팅 설정을 바꾸는 과정에서 오류가 생겼다고 설명했다. 회사 관계자는 피해 보상안을 이번 주 안에 내놓겠다고 말했다.";

describe("SimHash near-duplicate fingerprints", () => {
  it("puts a syndicated copy with different chrome within the threshold", () => {
    const copy = `[서울=통신사] ${story} 무단 전재 금지`;
    expect(hamming(simhash(story), simhash(copy))).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS + 5);
  });

  it("ignores the wire dateline, reporter e-mail, photo credit and copyright notice a copy adds", () => {
    const copy = [
      `(서울=한빛통신) 박서연 기자 = ${story}`,
      "[한빛통신 자료사진] 박서연 기자 syeon@hanbit.example",
      "<저작권자(c) 한빛통신, 무단 전재 및 재배포 금지>",
    ].join("\n");
    expect(hamming(simhash(story), simhash(copy))).toBe(0);
    const edited = story.replace("40분", "4시간");
    expect(hamming(simhash(story), simhash(edited))).toBeGreaterThan(0);
  });

  it("keeps unrelated stories far apart", () => {
    const other =
      "시중 은행의 모바일 앱이 새벽 점검 이후 로그인 오류를 일으켜 고객 불편이 이어졌다. 은행은 오전 중 복구를 마쳤다고 밝혔다.";
    expect(hamming(simhash(story), simhash(other))).toBeGreaterThan(12);
  });

  it("splits into four 16-bit bands", () => {
    const b = bands(simhash(story));
    expect(b).toHaveLength(4);
    for (const v of b) expect(v).toBeLessThan(65536);
  });
});
