// Duckling's JSON value shape for an expression, so the module can be measured against Duckling's
// Korean corpus (scripts/check-duckling.mjs). Conventions that differ are converted here, not in the parser:
// - Duckling's interval end is exclusive. Ours is the last unit inside the period (ranges, parts of the day,
//   weekends, seasons, rolling windows), so one grain is added; until/before/within bounds are kept as they are.
// - Our grains stop at minute and have no quarter: Duckling's "second" and "quarter" are compared as
//   "minute" and "month" in the lenient count, and the strict count reports them as failures.
import type { TimeExpression, TimeOptions } from "./types.js";
import { addGrain, type FineGrain, makeWall, wallToIso } from "./wallclock.js";

export interface DucklingValue {
  type: "value" | "interval";
  value?: string;
  from?: string;
  to?: string;
  grain: string;
}

export interface DucklingCase {
  text: string;
  value: DucklingValue;
  line: number;
}

export interface DucklingResult {
  text: string;
  line: number;
  pass: boolean;
  strictPass: boolean;
  expected: DucklingValue;
  got: DucklingValue | null;
  reason: string;
}

const BOUND_RULES = new Set(["ko.time.until", "ko.time.before", "ko.time.offset", "ko.time.span"]);
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?([+-]\d{2}:\d{2})$/;
const LENIENT_GRAIN: Record<string, string> = { second: "minute", quarter: "month" };
/** Particles Duckling's corpus leaves on some inputs (15일에, 오후에); they are not part of our spans. */
const TRAILING = /^(?:에는|에서|에)?\s*$/;

function plusOneGrain(iso: string, grain: FineGrain): string {
  const m = ISO_RE.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi, s, offset] = m;
  const wall = makeWall(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  return wallToIso(addGrain(wall, grain, 1), offset ?? "+00:00");
}

export function toDucklingValue(e: TimeExpression): DucklingValue | null {
  if (e.kind === "duration") return null;
  if (e.kind === "point") return e.value ? { type: "value", value: e.value.iso, grain: e.value.grain } : null;
  const out: DucklingValue = { type: "interval", grain: (e.value ?? e.to)?.grain ?? "day" };
  if (e.value) out.from = e.value.iso;
  if (e.to) out.to = BOUND_RULES.has(e.rule) || !e.value ? e.to.iso : plusOneGrain(e.to.iso, e.to.grain);
  return out;
}

const normaliseTime = (iso: string | undefined) => iso?.replace(/\.\d+(?=[+-Z])/, "");

function sameTimes(a: DucklingValue, b: DucklingValue): boolean {
  return (
    a.type === b.type &&
    normaliseTime(a.value) === normaliseTime(b.value) &&
    normaliseTime(a.from) === normaliseTime(b.from) &&
    normaliseTime(a.to) === normaliseTime(b.to)
  );
}

export function checkDucklingCase(
  c: DucklingCase,
  parse: (text: string) => TimeExpression[],
): DucklingResult {
  const base = { text: c.text, line: c.line, expected: c.value };
  const found = parse(c.text);
  if (found.length !== 1) {
    const got = found[0] ? toDucklingValue(found[0]) : null;
    return {
      ...base,
      pass: false,
      strictPass: false,
      got,
      reason: `${found.length} expressions: ${found.map((e) => e.text).join(" | ")}`,
    };
  }
  const e = found[0] as TimeExpression;
  const covered = !c.text.slice(0, e.span.start).trim() && TRAILING.test(c.text.slice(e.span.end));
  const got = toDucklingValue(e);
  if (!covered) return { ...base, pass: false, strictPass: false, got, reason: `covers only "${e.text}"` };
  if (!got) return { ...base, pass: false, strictPass: false, got, reason: `a ${e.kind}` };
  if (!sameTimes(got, c.value))
    return { ...base, pass: false, strictPass: false, got, reason: "different time" };
  const strictPass = got.grain === c.value.grain;
  const pass = strictPass || got.grain === (LENIENT_GRAIN[c.value.grain] ?? c.value.grain);
  return { ...base, pass, strictPass, got, reason: pass ? "" : `grain ${got.grain}` };
}

export interface DucklingCorpus {
  reference: string;
  cases: DucklingCase[];
}

export function runDucklingCorpus(
  corpus: DucklingCorpus,
  parseTimes: (text: string, options: TimeOptions) => TimeExpression[],
): { total: number; passed: number; strictPassed: number; results: DucklingResult[] } {
  const offset = /([+-]\d{2}:\d{2})$/.exec(corpus.reference)?.[1] ?? "+00:00";
  const options: TimeOptions = { ref: corpus.reference, future: true, timezone: offset };
  const results = corpus.cases.map((c) => checkDucklingCase(c, (text) => parseTimes(text, options)));
  return {
    total: results.length,
    passed: results.filter((r) => r.pass).length,
    strictPassed: results.filter((r) => r.strictPass).length,
    results,
  };
}
