// Random and mutated markup must never make the extractor throw, and its output
// must always satisfy the Article contract.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleFromHtml, articleFromText, detectLanguage } from "../../src/article/index.js";
import { Article } from "../../src/contracts.js";

const SAMPLE = `<!DOCTYPE html><html><head><title>장애 | 가나일보</title>
<meta property="og:title" content="장애"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-01T10:00:00+09:00"}</script>
</head><body><div id="article"><p>(서울=가나뉴스) 홍길동 기자 = 전산망이 멈췄다.</p><p>입력 2025.01.01 10:00</p>
<figure><img src="a.jpg"><figcaption>사진 설명 /가나뉴스</figcaption></figure><p>복구는 오후에 끝났다고 밝혔다.</p>
<div class="related"><h3>관련기사</h3><ul><li><a href="#">다른 기사</a></li></ul></div></div></body></html>`;

const fragments = fc.constantFrom(
  "<p>",
  "</p>",
  '<div class="article">',
  "</div>",
  "<br>",
  "<script>",
  "</script>",
  "<!--",
  "-->",
  "<table><tr><td>",
  "</td></tr></table>",
  "&amp;",
  "&#xD55C;",
  "&#99999999;",
  "<",
  ">",
  '"',
  "'",
  "입력 2025.13.45 99:99",
  "BEST 뉴스",
  '<meta property="article:published_time" content="garbage">',
  '<script type="application/ld+json">{"@graph":[',
  '"contentHtml":"\\u003cp',
  "ⓒ",
  "홍길동 기자 = ",
  "\u0000",
  "\ud800",
  "<svg><p>",
  '<a href="#">링크</a>',
);

function mutate(base: string, cuts: Array<[number, number, string]>): string {
  let s = base;
  for (const [at, len, insert] of cuts) {
    const i = at % (s.length + 1);
    s = s.slice(0, i) + insert + s.slice(i + (len % 20));
  }
  return s;
}

describe("robustness", () => {
  it("never throws on random markup", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string()), { maxLength: 60 }), (parts) => {
        const html = parts.join("");
        const a = articleFromHtml(html, { source: "random.html" });
        expect(() => Article.parse(a)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on mutated news markup", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.oneof(fragments, fc.string())), { maxLength: 12 }),
        (cuts) => {
          const a = articleFromHtml(mutate(SAMPLE, cuts), {
            source: "m.html",
            url: "https://ganada.example/1",
          });
          expect(() => Article.parse(a)).not.toThrow();
          expect(a.text).not.toMatch(/\n{3,}/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("survives markup nested far deeper than the call stack allows", () => {
    const p =
      "<p>우체국 금융 전산망 장애가 발생했다고 우정사업본부가 밝혔다. 복구는 오후 5시 50분에 끝났다.</p>";
    const a = articleFromHtml(`${"<div>".repeat(20_000)}${p}${p.replace("우체국", "은행")}`, {
      source: "deep.html",
    });
    expect(a.text.split("\n\n")).toHaveLength(2);
  });

  it("never throws on random plain text and meta", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.option(fc.string()), (text, title, published) => {
        const a = articleFromText(text, { source: "t.txt", meta: { title, published, url: title } });
        expect(() => Article.parse(a)).not.toThrow();
        expect(typeof detectLanguage(text).code).toBe("string");
      }),
      { numRuns: 300 },
    );
  });
});
