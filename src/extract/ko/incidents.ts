import type {
  ClaimFact,
  Evidence,
  Incident,
  OperatorFact,
  ProgressFact,
  ServiceFact,
} from "../../contracts.js";
import { publicationMs } from "../common-facts.js";
import { evidenceOf } from "../evidence.js";
import { dedupeClaims, dedupeServices, mergeCauses } from "../refiners.js";
import { formatByGrain, type TimeExpression, type TimePoint } from "../time/index.js";
import type { SentenceFacts } from "./sentence-facts.js";

const DAY = 86_400_000;

interface TimedValue {
  point: TimePoint;
  evidence: Evidence;
}

/**
 * `isResponder`: bodies that respond to or oversee incidents (fire-fighting,
 * police, regulators) are operators only when they run an affected service.
 */
export function assembleIncidents(
  facts: SentenceFacts[],
  published: string | null,
  isResponder: (canonical: string) => boolean,
): Incident[] {
  const publishedMs = publicationMs(published);
  const main = facts.filter((f) => !isBackground(f, publishedMs));
  const background = facts.filter((f) => isBackground(f, publishedMs));
  const incidents: Incident[] = [];
  const headline = buildIncident(main, true, publishedMs, isResponder);
  if (isOutage(headline, main)) incidents.push(headline);
  for (const group of groupByDay(background)) {
    const inc = buildIncident(group, false, publishedMs, isResponder);
    if (!inc.services.length) continue;
    if (!inc.operators.length && headline.operators.length) inc.operators = headline.operators.slice(0, 1);
    incidents.push(inc);
  }
  return incidents;
}

function isOutage(inc: Incident, facts: SentenceFacts[]): boolean {
  const affected = inc.services.filter((s) => s.status !== "unaffected");
  const outageSentences = facts.filter((f) => f.outage).length;
  return affected.length > 0 && outageSentences > 0;
}

/** A sentence about an earlier, separate outage: a background cue and a date well before the news. */
function isBackground(f: SentenceFacts, publishedMs: number): boolean {
  if (!f.background || !(f.outage || f.services.length)) return false;
  const dated = f.times.find((t) => t.value && t.kind !== "duration" && hasStatedDay(t.value));
  if (!dated?.value || Number.isNaN(publishedMs)) return false;
  return publishedMs - Date.parse(dated.value.iso) > (f.backgroundStrong ? 2 : 20) * DAY;
}

function hasStatedDay(p: TimePoint): boolean {
  return p.stated.includes("day") || p.stated.includes("month") || p.stated.includes("year");
}

function groupByDay(facts: SentenceFacts[]): SentenceFacts[][] {
  const groups = new Map<string, SentenceFacts[]>();
  for (const f of facts) {
    const t = f.times.find((x) => x.value && x.kind !== "duration");
    const key = t?.value ? formatByGrain({ ...t.value, grain: coarser(t.value.grain, "day") }) : "?";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

function coarser(g: TimePoint["grain"], cap: TimePoint["grain"]): TimePoint["grain"] {
  const order = ["year", "month", "week", "day", "hour", "minute"];
  return order.indexOf(g) > order.indexOf(cap) ? cap : g;
}

function buildIncident(
  facts: SentenceFacts[],
  headline: boolean,
  publishedMs: number,
  isResponder: (canonical: string) => boolean,
): Incident {
  const services = dedupeServices(facts.flatMap((f) => f.services).filter((s) => s.status !== "unaffected"));
  const operators = pickOperators(facts, services, isResponder);
  const start = findStart(facts);
  const claims = facts.flatMap((f) =>
    f.claims.map((c) => ({ ...c.fact, at: claimTime(f, c.verbAt, c.fact.kind) }) as ClaimFact),
  );
  const end = start ? findEnd(facts, start, publishedMs) : null;
  // A restoration reported without a time, or dated only by its day, happened at the incident's end.
  if (end) {
    for (const c of claims)
      if (c.kind === "restored" && (!c.at || (c.at.length === 10 && c.at === dayOf(end.point))))
        c.at = formatByGrain(end.point);
  }
  return {
    headline,
    services: services.map(({ operator: _o, ...s }) => s as ServiceFact),
    operators,
    start: start ? formatByGrain(start.point) : null,
    end: end ? formatByGrain(end.point) : null,
    startEvidence: start?.evidence ?? null,
    endEvidence: end?.evidence ?? null,
    causes: mergeCauses(facts.flatMap((f) => f.causes)),
    claims: dedupeClaims(claims),
    progress: pickProgress(facts),
    causeUnderInvestigation: facts.some((f) => f.investigating),
  };
}

function pickOperators(
  facts: SentenceFacts[],
  services: Array<ServiceFact & { operator: string | null }>,
  isResponder: (canonical: string) => boolean,
): OperatorFact[] {
  const out = new Map<string, OperatorFact>();
  const linked = new Set(services.map((s) => s.operator).filter((o): o is string => !!o));
  const vendors = new Set(
    facts.flatMap((f) =>
      f.operators.filter((o) => isVendorMention(f.sentence.text, o.name)).map((o) => o.canonical ?? o.name),
    ),
  );
  for (const f of facts) {
    const relevant =
      f.outage || f.claims.length > 0 || f.causes.length > 0 || f.services.length > 0 || f.onset;
    if (!relevant) continue;
    for (const o of f.operators) {
      const key = o.canonical ?? o.name;
      if (vendors.has(key)) continue;
      if (isResponder(key) && !linked.has(key)) continue;
      if (!out.has(key)) out.set(key, { name: o.name, canonical: o.canonical, evidence: o.evidence });
    }
  }
  return [...out.values()];
}

/** The maker of a faulty product is a cause, not an operator: `X가 배포한 업데이트`, `보안업체 X`. */
function isVendorMention(s: string, name: string): boolean {
  const at = s.indexOf(name);
  if (at < 0) return false;
  const after = s.slice(at + name.length, at + name.length + 16);
  const before = s.slice(Math.max(0, at - 8), at);
  return (
    /^(?:\([^)]{0,12}\))?(?:가|이|의)?\s?(?:배포한|내놓은|만든|공급한|납품한|(?:보안\s?)?(?:소프트웨어|업데이트|제품|솔루션|장비|패치|운영체제)|[가-힣]{0,3}\s?(?:윈도|운영체제))/u.test(
      after,
    ) || /(?:업체|제조사|납품사|개발사)\s?$/u.test(before)
  );
}

function timePoints(
  f: SentenceFacts,
): Array<{ point: TimePoint; to: TimePoint | null; expr: TimeExpression }> {
  return f.times
    .filter((t) => t.value && t.kind !== "duration")
    .map((t) => ({ point: t.value!, to: t.to, expr: t }));
}

const grainRank = (p: TimePoint) => ["year", "month", "week", "day", "hour", "minute"].indexOf(p.grain);

const dayOf = (p: TimePoint) => p.iso.slice(0, 10);

function findStart(facts: SentenceFacts[]): TimedValue | null {
  const candidates: Array<TimedValue & { score: number; order: number }> = [];
  facts.forEach((f, order) => {
    if (!f.outage && !f.onset) return;
    // Status reports (`밤 10시 기준 81개 복구`) and forecasts date the report, not the outage.
    if (f.claims.some((c) => c.fact.kind === "expected" || c.fact.kind === "partial") || f.progress.length)
      return;
    const points = timePoints(f).filter(
      ({ expr }) => !/^\s?(?:기준|현재)/u.test(f.sentence.text.slice(expr.span.end, expr.span.end + 4)),
    );
    // The onset is the time written before the onset verb, the nearest one.
    const before = points.filter(({ expr }) => f.onsetAt < 0 || expr.span.start < f.onsetAt);
    const pick = (before.length ? before : points).slice(-1);
    for (const { point, expr } of [
      ...pick,
      ...points.filter((p) => p.expr.kind === "interval" && !pick.includes(p)),
    ]) {
      const after = f.sentence.text.slice(expr.span.end, expr.span.end + 4);
      let score = f.onset && f.outage ? 2 : 1;
      if (/^\s?부터/u.test(after) || expr.kind === "interval") score += 2;
      if (grainRank(point) >= 4) score += 1;
      candidates.push({ point, evidence: evidenceOf(f.sentence, expr.rule), score, order });
    }
  });
  if (!candidates.length) return null;
  const best = Math.max(...candidates.map((c) => c.score));
  const strong = candidates.filter((c) => c.score >= Math.min(best, 3));
  // The earliest day; on that day the best-cued, then the most precise, then the earliest time.
  strong.sort(
    (a, b) =>
      dayOf(a.point).localeCompare(dayOf(b.point)) ||
      b.score - a.score ||
      grainRank(b.point) - grainRank(a.point) ||
      Date.parse(a.point.iso) - Date.parse(b.point.iso) ||
      a.order - b.order,
  );
  return strong[0] ?? null;
}

function findEnd(facts: SentenceFacts[], start: TimedValue, publishedMs: number): TimedValue | null {
  const startMs = Date.parse(start.point.iso);
  let best: TimedValue | null = null;
  const outage = /장애|먹통|마비|중단|오류|지연|불통|차질/u;
  for (const f of facts) {
    for (const c of f.claims) {
      if (c.fact.kind !== "restored") continue;
      // `대부분 정상 작동하고 있으나 … 오류가 발생` is not an end.
      if (outage.test(f.sentence.text.slice(c.verbAt))) continue;
      const t = timeBefore(f, c.verbAt);
      if (t && Date.parse(t.iso) > publishedMs) continue;
      if (!t || dayOf(t) < dayOf(start.point) || (grainRank(t) >= 4 && Date.parse(t.iso) < startMs)) continue;
      // The latest day wins; on that day the most precise, latest time.
      if (!best || laterOrFiner(t, best.point)) {
        best = { point: t, evidence: c.fact.evidence };
      }
    }
  }
  if (best) return best;
  for (const f of facts) {
    const restored = f.claims.some((c) => c.fact.kind === "restored");
    for (const t of f.times) {
      if (
        t.kind === "interval" &&
        t.to &&
        t.value &&
        Date.parse(t.value.iso) === startMs &&
        (f.outage || restored)
      ) {
        return { point: t.to, evidence: evidenceOf(f.sentence, t.rule) };
      }
      if (
        restored &&
        t.kind === "duration" &&
        t.duration?.relation === "elapsed" &&
        grainRank(start.point) >= 4
      ) {
        const end = new Date(startMs + t.duration.minutes * 60_000);
        return {
          point: { ...start.point, iso: isoKst(end), stated: [], implied: ["day", "hour", "minute"] },
          evidence: evidenceOf(f.sentence, t.rule),
        };
      }
    }
  }
  return null;
}

function laterOrFiner(a: TimePoint, b: TimePoint): boolean {
  if (dayOf(a) !== dayOf(b)) return dayOf(a) > dayOf(b);
  if (grainRank(a) !== grainRank(b)) return grainRank(a) > grainRank(b);
  return Date.parse(a.iso) > Date.parse(b.iso);
}

function isoKst(d: Date): string {
  return `${new Date(d.getTime() + 9 * 3600_000).toISOString().slice(0, 19)}+09:00`;
}

/** The time a claim is about: the nearest time before its verb in the sentence, else the first one after. */
function timeBefore(f: SentenceFacts, verbAt: number): TimePoint | null {
  const fine = (p: TimePoint | null | undefined): p is TimePoint => !!p && grainRank(p) >= 3;
  // A claim is about a day or a moment (`금주 중` is not a date); `11월 20일까지` gives its end.
  const pts = f.times.filter((t) => t.kind !== "duration" && (fine(t.value) || (!t.value && fine(t.to))));
  // `오는 20일` is a promise, never the time of a restoration.
  const before = pts.filter((t) => t.span.start < verbAt && !/^오는/u.test(t.text));
  const pick = before.at(-1) ?? pts[0];
  if (!pick) return null;
  if (!pick.value) return pick.to;
  return pick.kind === "interval" && pick.to && pick.span.end <= verbAt ? pick.to : pick.value;
}

/**
 * The time a claim is about: a promise reads the sentence forward-leaning;
 * `오후 2시부터 … 1시간 40분 만에 정상화` is start + elapsed; a claim with no
 * time of its own is dated by the day the text is talking about.
 */
function claimTime(f: SentenceFacts, verbAt: number, kind: ClaimFact["kind"]): string | null {
  if (kind === "no_eta") return null;
  if (kind === "expected") {
    const t = timeBefore({ ...f, times: f.futureTimes }, verbAt);
    return t ? formatByGrain(t) : null;
  }
  const elapsed = f.times.find(
    (t) => t.kind === "duration" && t.duration?.relation === "elapsed" && t.span.start < verbAt,
  );
  if (elapsed?.duration) {
    const from = f.times.find(
      (t) => t.kind !== "duration" && t.value && t.span.start < elapsed.span.start,
    )?.value;
    if (from && grainRank(from) >= 4)
      return formatByGrain({
        ...from,
        iso: isoKst(new Date(Date.parse(from.iso) + elapsed.duration.minutes * 60_000)),
        grain: "minute",
      });
  }
  const t = timeBefore(f, verbAt);
  if (t) return formatByGrain(t);
  // Daily recovery reports and dated timeline entries are about the day the text is on.
  if (f.anchor && (kind === "partial" || f.anchorFromHeader))
    return formatByGrain({ ...f.anchor, grain: "day" });
  return null;
}

/** Totals the article gives for systems (`709개 정보 시스템`), most mentioned first. */
function systemTotals(facts: SentenceFacts[]): number[] {
  const counts = new Map<number, number>();
  for (const f of facts) {
    for (const m of f.sentence.text.matchAll(
      /(?:총|전체)?\s?(\d[\d,]*)개(?:의)?\s?(?:[가-힣]{1,8}\s?)?시스템/gu,
    )) {
      const n = Number(m[1]!.replace(/,/g, ""));
      if (/[1-4]등급\s?$/u.test(f.sentence.text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([n]) => n);
}

function pickProgress(facts: SentenceFacts[]): ProgressFact | null {
  const all = facts.flatMap((f) =>
    f.progress.map((p) => ({
      ...p,
      at: f.anchor ? formatByGrain({ ...f.anchor, grain: coarser(f.anchor.grain, "day") }) : null,
    })),
  );
  const overall = all.filter((p) => p.scope === null);
  const mentioned = systemTotals(facts);
  const totals = [...overall.map((p) => p.total).filter((t): t is number => t != null), ...mentioned];
  const completed = overall.map((p) => {
    if (p.total != null || p.restored == null) return p;
    if (!p.percent) return mentioned[0] && mentioned[0] >= p.restored ? { ...p, total: mentioned[0] } : p;
    const implied = (p.restored * 100) / p.percent;
    const snap = totals.find((t) => Math.abs(t - implied) / t < 0.02);
    return snap ? { ...p, total: snap } : p;
  });
  const full = completed.filter((p) => p.restored != null && p.total != null);
  if (!full.length) return null;
  full.sort((a, b) => b.restored! - a.restored! || b.total! - a.total!);
  return full[0]!;
}
