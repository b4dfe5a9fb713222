// Scores per-article extractions against a gold corpus with the matching rules
// of ../shared/eval/FORMAT.md §4 (the same rules as the shared score.mjs).
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

export const FIELDS = [
  "services",
  "operators",
  "start",
  "end",
  "causes",
  "ruled_out",
  "claims",
  "claim_times",
  "progress",
] as const;
export type Field = (typeof FIELDS)[number];
const MIN_SUPPORT = 5;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}
export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f: number;
}
export interface CorpusScore {
  articles: number;
  missing: number;
  fields: Record<Field, FieldScore>;
  counted: Field[];
  overall: number;
  perArticle: Array<{ id: string; missing: boolean; misses: Partial<Record<Field, string[]>> }>;
}

type GoldClaim = { kind: string; at?: string | null };
type GoldIncident = {
  services?: string[][];
  operators?: string[][];
  start?: string | null;
  end?: string | null;
  causes?: string[];
  ruled_out?: string[];
  claims?: GoldClaim[];
  progress?: { restored: number; total: number } | null;
};
type PredIncident = {
  services?: Array<{ name?: string }>;
  operators?: Array<{ name?: string }>;
  start?: string | null;
  end?: string | null;
  causes?: Array<{ code?: string; negated?: boolean }>;
  claims?: Array<{ kind?: string; at?: string | null }>;
  progress?: { restored?: number | null; total?: number | null } | null;
};

export const idOf = (source: string) =>
  basename(String(source)).replace(/\.(gold\.json|meta\.json|txt|html?|json)$/i, "");
export const norm = (s: unknown) =>
  String(s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");

export function nameMatches(pred: string, form: string): boolean {
  const a = norm(pred);
  const b = norm(form);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length / long.length >= 0.6;
}

function scoreNames(predNames: Array<string | undefined>, goldLists: string[][]): Counts {
  const byCanonical = new Map<string, string[]>();
  for (const forms of goldLists) {
    const key = norm(forms[0]);
    byCanonical.set(key, [...new Set([...(byCanonical.get(key) ?? []), ...forms])]);
  }
  const gold = [...byCanonical.values()];
  const matched = new Set<number>();
  const seen = new Set<string>();
  const misses: string[] = [];
  let tp = 0;
  let fp = 0;
  for (const p of predNames) {
    const key = norm(p);
    if (!p || !key || seen.has(key)) continue;
    seen.add(key);
    if (gold.findIndex((forms) => forms.some((f) => nameMatches(p, f))) === -1) {
      fp++;
      misses.push(`+ ${p}`);
      continue;
    }
    const free = gold.findIndex((forms, i) => !matched.has(i) && forms.some((f) => nameMatches(p, f)));
    if (free === -1) continue;
    matched.add(free);
    tp++;
  }
  gold.forEach((forms, i) => {
    if (!matched.has(i)) misses.push(`- ${forms[0]}`);
  });
  return { tp, fp, fn: gold.length - matched.size, misses };
}

function scoreSets(pred: Array<string | undefined>, gold: string[]): Counts {
  const p = new Set(pred.filter((x): x is string => !!x));
  const g = new Set(gold);
  const misses: string[] = [];
  let tp = 0;
  for (const x of p) g.has(x) ? tp++ : misses.push(`+ ${x}`);
  for (const x of g) if (!p.has(x)) misses.push(`- ${x}`);
  return { tp, fp: p.size - tp, fn: g.size - tp, misses };
}

export function toKst(value: unknown): string | null {
  if (value == null || value === "") return null;
  const s = String(value);
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s)) return s;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t + 9 * 3600 * 1000).toISOString().slice(0, 16);
}

function timeMatches(pred: unknown, gold: unknown): boolean {
  const p = toKst(pred);
  const g = toKst(gold);
  return p != null && g != null && p.length >= g.length && p.startsWith(g);
}

function scoreTime(pred: unknown, gold: string | null): Counts {
  const p = toKst(pred);
  if (gold == null) return { tp: 0, fp: p ? 1 : 0, fn: 0, misses: p ? [`+ ${p}`] : [] };
  if (p == null) return { tp: 0, fp: 0, fn: 1, misses: [`- ${gold}`] };
  return timeMatches(p, gold)
    ? { tp: 1, fp: 0, fn: 0, misses: [] }
    : { tp: 0, fp: 1, fn: 1, misses: [`+ ${p}`, `- ${gold}`] };
}

function scoreClaimTimes(predClaims: GoldClaim[], goldClaims: GoldClaim[]): Counts {
  const uniq = (list: GoldClaim[]) => [
    ...new Map(list.filter((c) => toKst(c.at)).map((c) => [`${c.kind}@${toKst(c.at)}`, c])).values(),
  ];
  const preds = uniq(predClaims);
  const golds = uniq(goldClaims);
  const used = new Set<number>();
  const misses: string[] = [];
  let tp = 0;
  for (const g of golds) {
    const i = preds.findIndex((p, j) => !used.has(j) && p.kind === g.kind && timeMatches(p.at, g.at));
    if (i === -1) misses.push(`- ${g.kind}@${g.at}`);
    else {
      used.add(i);
      tp++;
    }
  }
  preds.forEach((p, j) => {
    if (!used.has(j)) misses.push(`+ ${p.kind}@${toKst(p.at)}`);
  });
  return { tp, fp: preds.length - tp, fn: golds.length - tp, misses };
}

function scoreProgress(pred: PredIncident["progress"], gold: GoldIncident["progress"]): Counts {
  if (!gold)
    return { tp: 0, fp: pred ? 1 : 0, fn: 0, misses: pred ? [`+ ${pred.restored}/${pred.total}`] : [] };
  if (!pred) return { tp: 0, fp: 0, fn: 1, misses: [`- ${gold.restored}/${gold.total}`] };
  const ok = Number(pred.restored) === gold.restored && Number(pred.total) === gold.total;
  return ok
    ? { tp: 1, fp: 0, fn: 0, misses: [] }
    : {
        tp: 0,
        fp: 1,
        fn: 1,
        misses: [`+ ${pred.restored}/${pred.total}`, `- ${gold.restored}/${gold.total}`],
      };
}

export function scoreArticle(
  pred: { incidents?: PredIncident[] } | undefined,
  gold: { incidents?: GoldIncident[] },
): Record<Field, Counts> {
  const pi = Array.isArray(pred?.incidents) ? pred.incidents : [];
  const gi = gold.incidents ?? [];
  const predCauses = pi.flatMap((x) => x.causes ?? []);
  const predClaims = pi
    .flatMap((x) => x.claims ?? [])
    .map((c) => ({ kind: String(c.kind), at: c.at ?? null }));
  return {
    services: scoreNames(
      pi.flatMap((x) => x.services ?? []).map((s) => s.name),
      gi.flatMap((x) => x.services ?? []),
    ),
    operators: scoreNames(
      pi.flatMap((x) => x.operators ?? []).map((s) => s.name),
      gi.flatMap((x) => x.operators ?? []),
    ),
    start: scoreTime(pi[0]?.start, gi[0]?.start ?? null),
    end: scoreTime(pi[0]?.end, gi[0]?.end ?? null),
    causes: scoreSets(
      predCauses.filter((c) => !c.negated).map((c) => c.code),
      gi.flatMap((x) => x.causes ?? []),
    ),
    ruled_out: scoreSets(
      predCauses.filter((c) => c.negated).map((c) => c.code),
      gi.flatMap((x) => x.ruled_out ?? []),
    ),
    claims: scoreSets(
      predClaims.map((c) => c.kind),
      gi.flatMap((x) => x.claims ?? []).map((c) => c.kind),
    ),
    claim_times: scoreClaimTimes(
      predClaims,
      gi.flatMap((x) => x.claims ?? []),
    ),
    progress: scoreProgress(pi[0]?.progress ?? null, gi[0]?.progress ?? null),
  };
}

function f1({ tp, fp, fn }: { tp: number; fp: number; fn: number }) {
  const p = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : tp + fp ? 0 : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function goldIds(goldDir: string): string[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith(".gold.json"))
    .map(idOf)
    .sort();
}

export function scoreCorpus(
  goldDir: string,
  preds: Array<{ source: string; incidents?: PredIncident[] }>,
): CorpusScore {
  const byId = new Map(preds.map((p) => [idOf(p.source), p]));
  const totals = Object.fromEntries(FIELDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Field,
    { tp: number; fp: number; fn: number }
  >;
  const perArticle: CorpusScore["perArticle"] = [];
  let missing = 0;
  const ids = goldIds(goldDir);
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(goldDir, `${id}.gold.json`), "utf8"));
    const pred = byId.get(id);
    if (!pred) missing++;
    const s = scoreArticle(pred, gold);
    const misses: Partial<Record<Field, string[]>> = {};
    for (const k of FIELDS) {
      totals[k].tp += s[k].tp;
      totals[k].fp += s[k].fp;
      totals[k].fn += s[k].fn;
      if (s[k].misses.length) misses[k] = s[k].misses;
    }
    perArticle.push({ id, missing: !pred, misses });
  }
  const fields = Object.fromEntries(FIELDS.map((k) => [k, { ...totals[k], ...f1(totals[k]) }])) as Record<
    Field,
    FieldScore
  >;
  const counted = FIELDS.filter((k) => fields[k].tp + fields[k].fn >= MIN_SUPPORT);
  const overall = counted.length ? counted.reduce((a, k) => a + fields[k].f, 0) / counted.length : 0;
  return { articles: ids.length, missing, fields, counted, overall, perArticle };
}

export function formatScore(result: CorpusScore, explain = false): string {
  const lines: string[] = [];
  if (explain) {
    for (const a of result.perArticle) {
      if (!a.missing && !Object.keys(a.misses).length) continue;
      lines.push(`${a.id}${a.missing ? "  (no prediction)" : ""}`);
      for (const [k, v] of Object.entries(a.misses)) lines.push(`  ${k.padEnd(11)} ${v.join(" | ")}`);
    }
    lines.push("");
  }
  lines.push(`articles ${result.articles}, without prediction ${result.missing}`);
  lines.push("field        tp   fp   fn  precision recall  f1");
  for (const [k, v] of Object.entries(result.fields)) {
    const note = result.counted.includes(k as Field)
      ? ""
      : `  (under ${MIN_SUPPORT} gold items: not in overall)`;
    lines.push(
      `${k.padEnd(11)} ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)}  ${v.p.toFixed(3).padStart(9)} ${v.r.toFixed(3).padStart(6)} ${v.f.toFixed(3).padStart(5)}${note}`,
    );
  }
  lines.push(`overall F1 ${result.overall.toFixed(3)}`);
  return `${lines.join("\n")}\n`;
}
