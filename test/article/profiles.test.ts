import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { articleFromHtml, loadSiteProfiles } from "../../src/article/index.js";
import { parseSiteProfile, profileForUrl } from "../../src/article/site-profiles.js";

const profiles = loadSiteProfiles();

describe("bundled site profiles", () => {
  it("cover the outlets the brief names", () => {
    const outlets = new Set(profiles.map((p) => p.outlet));
    for (const name of [
      "네이버 뉴스",
      "다음뉴스",
      "연합뉴스",
      "연합뉴스TV",
      "뉴스1",
      "뉴시스",
      "KBS",
      "MBC",
      "SBS",
      "YTN",
      "조선일보",
      "중앙일보",
      "동아일보",
      "한겨레",
      "경향신문",
      "한국일보",
      "국민일보",
      "세계일보",
      "서울신문",
      "머니투데이",
      "이데일리",
      "전자신문",
      "한국경제",
      "매일경제",
      "아시아경제",
      "지디넷코리아",
      "아주경제",
    ]) {
      expect(outlets.has(name), name).toBe(true);
    }
  });

  it("use only selectors that parse", () => {
    const $ = cheerio.load("<html><body></body></html>");
    for (const p of profiles) {
      const selectors = [
        ...p.body,
        ...p.drop,
        ...p.captions,
        ...p.title,
        ...p.published.map((r) => r.selector),
        ...p.updated.map((r) => r.selector),
        ...p.outletFrom.map((r) => r.selector),
      ];
      for (const s of selectors) expect(() => $(s), `${p.id}: ${s}`).not.toThrow();
    }
  });

  it("match hosts by suffix, most specific first", () => {
    expect(profileForUrl(profiles, "https://n.news.naver.com/article/001/1")?.id).toBe("naver-news");
    expect(profileForUrl(profiles, "https://m.yna.co.kr/view/AKR1")?.id).toBe("yonhap");
    expect(profileForUrl(profiles, "https://biz.chosun.com/it/1")?.id).toBe("chosunbiz");
    expect(profileForUrl(profiles, "https://www.chosun.com/national/1")?.id).toBe("chosun");
    expect(profileForUrl(profiles, "https://notchosun.com/1")).toBeNull();
    expect(profileForUrl(profiles, "not a url")).toBeNull();
  });
});

describe("profile errors", () => {
  it("report file:line:col for malformed YAML", () => {
    expect(() => parseSiteProfile("id: x\noutlet: [unclosed\nhosts: a\n", "rules/sites/bad.yaml")).toThrow(
      /^rules\/sites\/bad\.yaml:\d+:\d+: /,
    );
  });

  it("report file:line:col pointing at the bad field", () => {
    const text = "id: good-id\noutlet: 가나일보\nhosts: [ganada.example]\nbody:\n  - 42\n";
    expect(() => parseSiteProfile(text, "g.yaml")).toThrow(/^g\.yaml:5:5: body\.0: /);
    expect(() => parseSiteProfile("id: Bad Id\noutlet: x\nhosts: [a.b]\n", "b.yaml")).toThrow(
      /^b\.yaml:1:5: id: /,
    );
    expect(() => parseSiteProfile("id: a\noutlet: x\nhosts: [a.b]\nbodyy: ['#x']\n", "c.yaml")).toThrow(
      /^c\.yaml:\d+:\d+: /,
    );
    expect(() => parseSiteProfile("- a\n- b\n", "d.yaml")).toThrow(/^d\.yaml:1:1: /);
  });

  it("loadSiteProfiles reports the failing file and duplicate ids", () => {
    const dir = mkdtempSync(join(tmpdir(), "profiles-"));
    writeFileSync(join(dir, "a.yaml"), "id: same\noutlet: 가\nhosts: [a.example]\n");
    writeFileSync(join(dir, "b.yaml"), "id: same\noutlet: 나\nhosts: [b.example]\n");
    expect(() => loadSiteProfiles(dir)).toThrow(/b\.yaml:1:1: profile id "same"/);
    writeFileSync(join(dir, "b.yaml"), "id: other\noutlet: 나\nhosts: [b.example\n");
    expect(() => loadSiteProfiles(dir)).toThrow(/b\.yaml:\d+:\d+: /);
  });
});

describe("profiles never do worse than the generic extractor", () => {
  const story = Array.from(
    { length: 5 },
    (_, i) =>
      `<p>${i + 1}번째 문단은 통신망 장애가 어떻게 번졌고 언제 복구됐는지를 차례로 설명한다고 관계자가 말했다.</p>`,
  ).join("");
  it("falls back when the body selector finds nothing", () => {
    const html = `<html><body><div class="new-layout">${story}</div></body></html>`;
    const a = articleFromHtml(html, { source: "x.html", url: "https://www.yna.co.kr/view/AKR1" });
    expect(a.text.split("\n\n")).toHaveLength(5);
  });

  it("falls back when the body selector finds too little", () => {
    const html = `<html><body><article class="story-news"><p>짧은 안내</p></article><div class="content">${story}</div></body></html>`;
    const a = articleFromHtml(html, { source: "x.html", url: "https://www.yna.co.kr/view/AKR1" });
    expect(a.text).toContain("5번째 문단은");
  });
});

describe("profile directory", () => {
  it("names the directory it cannot read", () => {
    expect(() => loadSiteProfiles("/nonexistent/profiles")).toThrow(/^\/nonexistent\/profiles: cannot read/);
  });
});
