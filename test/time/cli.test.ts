// `jangae time` as a user runs it: the built CLI in a subprocess (npm test builds first).
import { describe, expect, it } from "vitest";
import { jangae, jsonl } from "../e2e/cli.js";

const REF = "2026-01-20T10:00:00+09:00";

describe("jangae time", () => {
  it("prints the expressions in TEXT as a JSON array", () => {
    const r = jangae(["time", "14일 오후 2시부터 4시까지 장애", "--ref", REF]);
    expect(r.code).toBe(0);
    const found = JSON.parse(r.stdout);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      text: "14일 오후 2시부터 4시까지",
      kind: "interval",
      value: { iso: "2026-01-14T14:00:00+09:00" },
      to: { iso: "2026-01-14T16:00:00+09:00" },
      rule: "ko.time.range",
    });
  });

  it("prints one expression a line with --format jsonl, and leans forward with --future", () => {
    const r = jangae(["time", "14일, 15일", "--ref", REF, "--future", "--format", "jsonl"]);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((e) => e.value.iso)).toEqual([
      "2026-02-14T00:00:00+09:00",
      "2026-02-15T00:00:00+09:00",
    ]);
  });

  it("reads stdin as one document, one JSON line per input line", () => {
    const input = "30일 오후 11시께 장애가 발생했다.\n서비스는 다음날 오전 1시20분 복구됐다.\n\n";
    const r = jangae(["time", "--ref", REF], { input });
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.map((row) => row.input)).toEqual([
      "30일 오후 11시께 장애가 발생했다.",
      "서비스는 다음날 오전 1시20분 복구됐다.",
      "",
    ]);
    expect(rows[1].expressions[0].value.iso).toBe("2025-12-31T01:20:00+09:00");
    expect(rows[2].expressions).toEqual([]);
  });

  it("exits 2 with one line on stderr for usage errors", () => {
    for (const args of [
      ["time", "오늘", "--ref", "yesterday-ish"],
      ["time", "오늘", "--format", "xml"],
    ]) {
      const r = jangae(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stdout).toBe("");
    }
  });
});
