// Runs test/time/news-corpus.jsonl: news-style sentences written for this project, each with the value
// its time expression must resolve to. Every line must pass.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  formatByGrain,
  parseTimes,
  type TimeExpression,
  type TimePoint,
} from "../../src/extract/time/index.js";

interface Expect {
  kind: TimeExpression["kind"];
  value?: string | null;
  to?: string | null;
  grain?: string;
  toGrain?: string;
  duration?: { iso: string; relation?: "elapsed" | "span" | null };
  approximate?: boolean;
}

interface CorpusLine {
  text: string;
  ref: string;
  anchor?: string;
  future?: boolean;
  /** The expression under test when the sentence has several; otherwise it must have exactly one. */
  match?: string;
  /** null: the sentence has no time expression at all. */
  expect: Expect | null;
}

const path = fileURLToPath(new URL("./news-corpus.jsonl", import.meta.url));
const lines: CorpusLine[] = readFileSync(path, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as CorpusLine);

function anchorPoint(anchor: string): TimePoint {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(anchor);
  return {
    iso: dateOnly ? `${anchor}T00:00:00+09:00` : anchor,
    grain: dateOnly ? "day" : "minute",
    stated: [],
    implied: [],
  };
}

/** The differences between what the line expects and what was parsed; empty when it passes. */
function check(line: CorpusLine): string[] {
  const found = parseTimes(line.text, {
    ref: line.ref,
    future: line.future,
    anchor: line.anchor ? anchorPoint(line.anchor) : null,
  });
  const summary = found.map((e) => e.text).join(" | ");
  if (line.expect === null) return found.length ? [`expected nothing, found ${summary}`] : [];
  const exp = line.expect;
  let e: TimeExpression | undefined;
  if (line.match !== undefined) {
    e = found.find((x) => x.text === line.match);
    if (!e) return [`no expression "${line.match}" among ${summary || "nothing"}`];
  } else {
    if (found.length !== 1) return [`expected one expression, found ${found.length}: ${summary}`];
    e = found[0] as TimeExpression;
  }
  const problems: string[] = [];
  const show = (p: TimePoint | null) => (p ? formatByGrain(p) : null);
  if (e.kind !== exp.kind) problems.push(`kind ${e.kind} ≠ ${exp.kind}`);
  if (exp.value !== undefined && show(e.value) !== exp.value)
    problems.push(`value ${show(e.value)} ≠ ${exp.value}`);
  if (exp.to !== undefined && show(e.to) !== exp.to) problems.push(`to ${show(e.to)} ≠ ${exp.to}`);
  if (exp.grain !== undefined && e.value?.grain !== exp.grain)
    problems.push(`grain ${e.value?.grain} ≠ ${exp.grain}`);
  if (exp.toGrain !== undefined && e.to?.grain !== exp.toGrain)
    problems.push(`to grain ${e.to?.grain} ≠ ${exp.toGrain}`);
  if (exp.duration) {
    if (e.duration?.iso !== exp.duration.iso)
      problems.push(`duration ${e.duration?.iso} ≠ ${exp.duration.iso}`);
    if (exp.duration.relation !== undefined && e.duration?.relation !== exp.duration.relation) {
      problems.push(`relation ${e.duration?.relation} ≠ ${exp.duration.relation}`);
    }
  }
  if (exp.approximate !== undefined && e.approximate !== exp.approximate)
    problems.push(`approximate ${e.approximate}`);
  return problems;
}

describe("news corpus", () => {
  it("has at least 300 time expressions and some sentences without any", () => {
    expect(lines.filter((l) => l.expect !== null).length).toBeGreaterThanOrEqual(300);
    expect(lines.some((l) => l.expect === null)).toBe(true);
  });

  it("resolves every line as expected", () => {
    const failures = lines
      .map((line, i) => ({ line, i, problems: check(line) }))
      .filter((r) => r.problems.length);
    const passed = lines.length - failures.length;
    console.log(`news corpus: ${passed}/${lines.length} lines pass`);
    const report = failures.map((f) => `#${f.i + 1} ${f.line.text}: ${f.problems.join("; ")}`);
    expect(report).toEqual([]);
  });
});
