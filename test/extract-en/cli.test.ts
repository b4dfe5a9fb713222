import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jangae } from "./cli.js";

const KO = "test/extract-en/fixtures/kt-outage-ko.txt";
const EN = "test/extract-en/fixtures/kt-outage-en.txt";

describe("jangae with English articles", () => {
  it("stores a Korean and an English report of one outage as one incident with both sources", () => {
    const db = join(mkdtempSync(join(tmpdir(), "jangae-en-merge-")), "merge.db");
    const ingest = jangae(["ingest", KO, EN, "--db", db]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const rows = jangae(["query", "--db", db, "--format", "jsonl"])
      .stdout.split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect([...rows[0].sources].sort()).toEqual([EN, KO].sort());
    expect(rows[0].operators.map((o: { canonical: string }) => o.canonical)).toContain("KT");
    expect(rows[0].start).toBe("2021-10-25T11:20:00+09:00");
  });

  it("prints the per-field table for corpus/en and meets the floor (jangae eval --min-f1)", () => {
    const r = jangae(["eval", "corpus/en", "--min-f1", "0.95"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^services\s+\d+/m);
    expect(r.stdout).toMatch(/overall F1 0\.9\d\d/);
  });

  it("runs the English rule examples (jangae rules test --lang en)", () => {
    const r = jangae(["rules", "test", "--lang", "en"]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/\d+ passed, 0 failed/);
  });
});
