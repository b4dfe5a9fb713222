import { describe, expect, it } from "vitest";
import { articleFromHtml } from "../../src/article/index.js";
import { parseLenientJson } from "../../src/article/json-ld.js";
import { cleanTitle } from "../../src/article/title.js";

const BODY =
  "<p>정부 전산망 장애가 세 시간 만에 복구됐다고 행정안전부가 밝혔다. 원인은 네트워크 장비 오류로 파악됐다.</p>";

describe("JSON-LD", () => {
  it("reads NewsArticle fields from an @graph", () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"가나신문"},
      {"@type":["NewsArticle"],"headline":"전산망 복구","datePublished":"2025-10-01T08:00:00+09:00",
       "dateModified":"2025-10-01T09:30:00+09:00","author":[{"@type":"Person","name":"김가나"},{"@type":"Person","name":"이다라"}],
       "publisher":{"@type":"Organization","name":"가나신문"}}]}</script></head><body>${BODY}</body></html>`;
    const a = articleFromHtml(html, { source: "x.html", url: "https://ganada.example/1" });
    expect(a.title).toBe("전산망 복구");
    expect(a.published).toBe("2025-10-01T08:00:00+09:00");
    expect(a.updated).toBe("2025-10-01T09:30:00+09:00");
    expect(a.author).toBe("김가나, 이다라");
    expect(a.outlet).toBe("가나신문");
  });

  it("tolerates raw newlines and trailing commas that CMSs print", () => {
    expect(parseLenientJson('{"headline":"첫 줄\n둘째 줄","a":[1,2,],}')).toEqual({
      headline: "첫 줄\n둘째 줄",
      a: [1, 2],
    });
    expect(parseLenientJson("{not json")).toBeNull();
  });

  it("falls back to OpenGraph and article:published_time", () => {
    const html = `<html><head><meta property="og:title" content="통신망 장애 - 가나일보"><meta property="og:site_name" content="가나일보">
      <meta property="article:published_time" content="2024-02-01T23:10:00Z"></head><body>${BODY}</body></html>`;
    const a = articleFromHtml(html, { source: "x.html" });
    expect(a.title).toBe("통신망 장애");
    expect(a.outlet).toBe("가나일보");
    expect(a.published).toBe("2024-02-02T08:10:00+09:00");
  });

  it("reads Naver's data-date-time and the visible 입력 line", () => {
    const naver = `<html><body><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2023-11-02 20:06:13">2023.11.02. 오후 8:06</span>${BODY}</body></html>`;
    expect(articleFromHtml(naver, { source: "n.html" }).published).toBe("2023-11-02T20:06:13+09:00");
    const line = `<html><body><div class="info">홍길동 기자 | 기사입력 2023-11-02 오후 8:06</div>${BODY}</body></html>`;
    expect(articleFromHtml(line, { source: "l.html" }).published).toBe("2023-11-02T20:06:00+09:00");
  });

  it("takes the outlet from the host table when the page names none", () => {
    const a = articleFromHtml(`<html><body>${BODY}</body></html>`, {
      source: "x.html",
      url: "https://www.yna.co.kr/view/AKR20250101000100001",
    });
    expect(a.outlet).toBe("연합뉴스");
  });
});

describe("cleanTitle", () => {
  it("drops the site name on either side", () => {
    expect(cleanTitle("우체국 금융 장애 복구 | 연합뉴스", ["연합뉴스"])).toBe("우체국 금융 장애 복구");
    expect(cleanTitle("우체국 금융 장애 복구 - 조선일보", ["조선일보"])).toBe("우체국 금융 장애 복구");
    expect(cleanTitle("대전일보 모바일 :: 코로나19 성금 기탁", ["대전일보"])).toBe("코로나19 성금 기탁");
    expect(cleanTitle("뉴시스 정부24 접속 장애::공감언론 뉴시스::", ["뉴시스"])).toBe(
      "뉴시스 정부24 접속 장애",
    );
    expect(cleanTitle("행정망 먹통 원인 발표-사회ㅣ한국일보", ["한국일보"])).toBe("행정망 먹통 원인 발표");
  });

  it("keeps titles that only contain separators as text", () => {
    expect(cleanTitle("KTX-SRT 예매 앱 동시 장애", ["연합뉴스"])).toBe("KTX-SRT 예매 앱 동시 장애");
    expect(cleanTitle(null, [])).toBeNull();
  });
});
