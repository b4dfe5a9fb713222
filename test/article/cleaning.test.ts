import { describe, expect, it } from "vitest";
import { cleanParagraphs, dedupeParagraphs } from "../../src/article/clean-body.js";
import { classifyLine, stripInlineNoise } from "../../src/article/clean-lines.js";
import { articleFromHtml, articleFromText } from "../../src/article/index.js";

describe("line cleaning", () => {
  it("strips lead bylines and datelines but keeps the sentence", () => {
    expect(stripInlineNoise("(서울=연합뉴스) 홍길동 기자 = 우체국 금융망이 멈췄다.")).toBe(
      "우체국 금융망이 멈췄다.",
    );
    expect(stripInlineNoise("[이데일리 최영지 기자] 연말연시에 장애가 발생했다.")).toBe(
      "연말연시에 장애가 발생했다.",
    );
    expect(stripInlineNoise("[세종=뉴스핌] 김범주 기자 = 화재가 초진됐다.")).toBe("화재가 초진됐다.");
    expect(stripInlineNoise("[앵커] 정부 전산망이 멈췄습니다.")).toBe("정부 전산망이 멈췄습니다.");
    expect(stripInlineNoise("복구를 마쳤다고 밝혔다. 홍길동 기자 hong@example.com")).toBe(
      "복구를 마쳤다고 밝혔다.",
    );
  });

  it("drops bylines, e-mails, copyright, 제보, hashtags, prompts and broadcast markers", () => {
    for (const line of [
      "홍길동 기자 hong@example.com",
      "홍길동 기자",
      "hong@example.com",
      "ⓒ연합뉴스TV, 무단 전재-재배포, AI 학습 및 활용 금지",
      "저작권자 © 가나일보 무단전재 및 재배포 금지",
      "Copyright ⓒ 가나방송. All rights reserved.",
      "연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23",
      "#화재 #우체국 #국정자원",
      "▶ 네이버에서 가나일보를 구독하세요",
      "[영상취재 정진우]",
      "[앵커]",
      "[기자]",
      "최덕재 기자입니다.",
      "연합뉴스TV 최덕재입니다.",
      "촬영기자:박정민/영상편집:이지원",
      "입력 2026.03.03 15:20",
    ]) {
      expect(classifyLine(stripInlineNoise(line)), line).toBe("drop");
    }
  });

  it("sets photo captions apart", () => {
    for (const line of [
      "우정사업본부 로고. /우본 제공",
      "정차 중인 KTX와 SRT. /뉴시스",
      "소방 119로고 [사진=뉴스핌DB]",
    ]) {
      expect(classifyLine(line), line).toBe("caption");
    }
  });

  it("keeps story sentences that merely mention 제보, dates or credits", () => {
    for (const line of [
      "경찰은 시민 제보를 받고 현장에 출동해 화재를 확인했다고 밝혔다.",
      "2025년 9월 26일 밤 발생한 화재는 건국 이래 최대 규모의 행정망 마비를 불렀다.",
      "우정사업본부는 자료를 제공하지 않았다.",
    ]) {
      expect(classifyLine(stripInlineNoise(line)), line).toBe("keep");
    }
  });
});

describe("repeats and boxes", () => {
  it("keeps one copy of a body printed twice, even with a lead line and footer around each copy", () => {
    const body = [
      "첫 문단은 우체국 금융망에 장애가 발생했다는 소식을 전한다.",
      "소제목",
      "둘째 문단은 오후 5시 50분에 모든 서비스가 복구됐다고 전한다.",
      "셋째 문단은 해킹이 아닌 장비 오류가 원인이라고 설명한다.",
    ];
    const raw = [
      "요약: 전산망 장애",
      ...body,
      "홍길동 기자 hong@example.com",
      ...body,
      "홍길동 기자 hong@example.com",
    ];
    expect(cleanParagraphs(raw, { mode: "text" }).paragraphs).toEqual(["요약: 전산망 장애", ...body]);
  });

  it("drops repeated paragraphs keeping the first, ignoring spacing and punctuation differences", () => {
    const a = "정부는 행정전산망 장애 원인이 라우터 포트 불량이라고 발표했다.";
    const b = "복구는 다음 날 새벽에야 끝났다고 행정안전부가 밝혔다.";
    const again = "정부는 행정전산망 장애 원인이 라우터 포트 불량 이라고 발표했다";
    expect(dedupeParagraphs([a, b, again, "끝"])).toEqual([a, b, "끝"]);
  });

  it("keeps short headings that recur as structure, not as a second copy", () => {
    const paragraphs = [
      "오전 일정",
      "오전에는 접수 창구를 먼저 열고 대기 번호표를 나눠 준다고 안내했다.",
      "오후 일정",
      "오후에는 온라인 발급이 재개되는지 확인한 뒤 창구를 줄인다고 밝혔다.",
      "오전 일정",
      "다음 날 오전에는 복구 상황을 다시 점검하고 결과를 공지하기로 했다.",
    ];
    expect(dedupeParagraphs(paragraphs)).toEqual(paragraphs);
  });

  it("cuts a trailing BEST 뉴스 list from plain text", () => {
    const text = [
      "우체국 금융 서비스가 오후 들어 정상화됐다고 우정사업본부가 밝혔다.",
      "우정사업본부는 장애 원인을 조사하고 있다고 덧붙였다.",
      "BEST 뉴스",
      "연예인 결혼 소식에 팬들 축하",
      "주말 날씨 맑고 포근",
      "이 기사는 장애와 무관한 다른 기사의 첫 문장으로 상당히 길게 이어진다고 한다.",
    ].join("\n");
    const a = articleFromText(text, { source: "t.txt" });
    expect(a.text).toBe(
      "우체국 금융 서비스가 오후 들어 정상화됐다고 우정사업본부가 밝혔다.\n\n우정사업본부는 장애 원인을 조사하고 있다고 덧붙였다.",
    );
  });

  it("drops a 많이 본 뉴스 box inside an HTML body", () => {
    const story = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>${i + 1}번째 문단에서 통신망 장애의 경과와 복구 과정을 자세히 설명했다고 관계자가 전했다.</p>`,
    ).join("");
    const html = `<html><body><div class="article">${story}<div class="box"><h4>많이 본 뉴스</h4><ul><li><a href="#">다른 기사 제목 하나</a></li><li><a href="#">다른 기사 제목 둘</a></li></ul></div></div></body></html>`;
    const a = articleFromHtml(html, { source: "b.html" });
    expect(a.text).not.toContain("많이 본 뉴스");
    expect(a.text).not.toContain("다른 기사 제목");
    expect(a.text.split("\n\n")).toHaveLength(4);
  });
});

describe("articleFromText", () => {
  it("drops the title line, bylines and footers and reads the sidecar meta", () => {
    const text = [
      "우체국 금융 전산망 장애, 2시간 만에 복구",
      "",
      "우정사업본부 로고. /우본 제공",
      "",
      "(서울=가나뉴스) 홍길동 기자 = 우체국 금융 전산망에서 장애가 발생했다가 복구됐다.",
      "",
      "장애는 오후 5시 50분 기준으로 모두 정상화됐다.",
      "",
      "홍길동 기자 hong@example.com",
      "ⓒ 가나뉴스, 무단 전재 및 재배포 금지",
    ].join("\n");
    const a = articleFromText(text, {
      source: "d01.txt",
      meta: {
        url: "https://www.etnews.com/1",
        title: "우체국 금융 전산망 장애, 2시간 만에 복구",
        outlet: null,
        published: "2026-01-14",
      },
    });
    expect(a.title).toBe("우체국 금융 전산망 장애, 2시간 만에 복구");
    expect(a.text).toBe(
      "우체국 금융 전산망에서 장애가 발생했다가 복구됐다.\n\n장애는 오후 5시 50분 기준으로 모두 정상화됐다.",
    );
    expect(a.captions).toEqual(["우정사업본부 로고. /우본 제공"]);
    expect(a.published).toBe("2026-01-14");
    expect(a.outlet).toBe("전자신문");
    expect(a.language).toBe("kor");
  });

  it("takes the time from a date line when there is no sidecar", () => {
    const a = articleFromText(
      "정부 행정망 복구\n입력 2023.11.19 10:05\n행정망이 사실상 정상 복구됐다고 정부가 밝혔다.",
      {
        source: "x.txt",
      },
    );
    expect(a.published).toBe("2023-11-19T10:05:00+09:00");
    expect(a.text).toBe("정부 행정망 복구\n\n행정망이 사실상 정상 복구됐다고 정부가 밝혔다.");
  });
});
