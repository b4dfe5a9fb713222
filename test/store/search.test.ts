import { describe, expect, it } from "vitest";
import { openDb } from "../../src/store/db.js";
import { toBigramText, toMatchQuery } from "../../src/store/search-terms.js";

describe("Korean full-text search", () => {
  it("indexes Hangul runs as syllable bigrams", () => {
    expect(toBigramText("장애 정상화됐다 KT")).toBe("장애 정상 상화 화됐 됐다 KT");
    expect(toMatchQuery("정상화")).toBe('"정상 상화"');
    expect(toMatchQuery("장애 금융")).toBe('"장애" AND "금융"');
  });

  it("finds two-syllable words and longer ones, and not absent ones", () => {
    const db = openDb(":memory:");
    const insert = db.prepare("INSERT INTO article_search (rowid, title, text) VALUES (?, '', ?)");
    insert.run(1, toBigramText("우체국 금융망에 장애가 발생했다가 오후에 정상화됐다."));
    insert.run(2, toBigramText("통신사 DNS 서버 오류로 인터넷이 끊겼다."));
    const search = (q: string) =>
      (
        db
          .prepare("SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid")
          .all(toMatchQuery(q)) as Array<{
          rowid: number;
        }>
      ).map((r) => r.rowid);
    expect(search("장애")).toEqual([1]);
    expect(search("금융")).toEqual([1]);
    expect(search("정상화")).toEqual([1]);
    expect(search("DNS")).toEqual([2]);
    expect(search("인터넷 오류")).toEqual([2]);
    expect(search("화재")).toEqual([]);
    expect(search("상화정")).toEqual([]);
  });
});
