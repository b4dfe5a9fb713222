import { describe, expect, it } from "vitest";
import { Extraction } from "../../src/contracts.js";
import { jangae, jsonl } from "./cli.js";

describe("jangae extract", () => {
  it("prints one contract-valid JSON line per article, with evidence on every fact", () => {
    const r = jangae([
      "extract",
      "corpus/ko-02-kt-routing-error.html",
      "corpus/ko-10-epost-nextgen-shutdown.txt",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout).map((x) => Extraction.parse(x));
    expect(rows.map((x) => x.source)).toEqual([
      "corpus/ko-02-kt-routing-error.html",
      "corpus/ko-10-epost-nextgen-shutdown.txt",
    ]);
    for (const row of rows) {
      expect(row.article.language).toBe("kor");
      expect(row.incidents.length).toBeGreaterThan(0);
      for (const inc of row.incidents) {
        for (const f of [...inc.services, ...inc.operators, ...inc.causes, ...inc.claims]) {
          expect(row.article.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
          expect(f.evidence.rule).toMatch(/^ko\./);
        }
      }
    }
  });

  it("reads the .meta.json sidecar of a .txt for the publication time", () => {
    const [row] = jsonl(jangae(["extract", "corpus/ko-10-epost-nextgen-shutdown.txt"]).stdout);
    expect(row.article.published).toBeTruthy();
  });

  it("finds no incident in a non-outage article", () => {
    const [row] = jsonl(jangae(["extract", "corpus/ko-09-ai-datacenter-investment.html"]).stdout);
    expect(row.incidents).toEqual([]);
  });

  it("reads stdin with - and honours --published", () => {
    const text =
      "은행 앱 먹통\n이날 오전 9시께 시중은행 모바일뱅킹 앱에 접속 장애가 발생했다. 은행은 오전 10시 20분 복구를 완료했다고 밝혔다.";
    const r = jangae(["extract", "-", "--published", "2025-03-04T12:00:00+09:00"], { input: text });
    expect(r.code).toBe(0);
    const [row] = jsonl(r.stdout);
    expect(row.incidents[0].start).toMatch(/^2025-03-04T09:00/);
    expect(row.incidents[0].end).toMatch(/^2025-03-04T10:20/);
  });

  it("records a missing file, goes on, and exits 3", () => {
    const r = jangae(["extract", "corpus/does-not-exist.txt", "corpus/ko-02-kt-routing-error.html"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/does-not-exist\.txt: failed: /);
    expect(jsonl(r.stdout)).toHaveLength(1);
  });

  it("exits 2 on usage errors with one line on stderr", () => {
    const r = jangae(["extract", "--format", "yaml", "corpus"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(jangae(["extract"]).code).toBe(2);
    expect(jangae(["no-such-command"]).code).toBe(2);
  });

  it("prints the article stage alone", () => {
    const r = jangae(["article", "corpus/ko-14-game-server-duplicated.txt"]);
    const [row] = jsonl(r.stdout);
    expect(Object.keys(row).sort()).toEqual([
      "language",
      "outlet",
      "published",
      "source",
      "text",
      "title",
      "url",
    ]);
  });
});

describe("jangae rules test and eval", () => {
  it("runs every rule example", () => {
    const r = jangae(["rules", "test"]);
    expect(r.stdout).toMatch(/\d+ passed, 0 failed/);
    expect(r.code).toBe(0);
  });

  it("scores the bundled Korean corpus above the floor", () => {
    const r = jangae(["eval", "corpus", "--json"]);
    expect(r.code).toBe(0);
    const score = JSON.parse(r.stdout);
    expect(score.missing).toBe(0);
    expect(score.overall).toBeGreaterThanOrEqual(0.7);
  });
});
