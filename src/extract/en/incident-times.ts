// When the headline outage began and ended: the earliest strongly cued onset
// time, and the latest restoration report after it (or the end of a stated
// span or length).
import type { ClaimFact, Evidence } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import type { SentenceFacts } from "./sentence-facts.js";
import { type EnTimeExpression, type EnTimePoint, msOf, shiftMinutes } from "./time/index.js";

export interface Timed {
  point: EnTimePoint;
  evidence: Evidence;
}

export interface DatedClaim {
  fact: ClaimFact;
  point: EnTimePoint | null;
  explicit: boolean;
}

/** Strictly earlier, comparing at the coarser of the two grains ("2024-11-12" is not before 08:00 that day). */
export function before(a: EnTimePoint, b: EnTimePoint): boolean {
  if (a.grain !== "minute" || b.grain !== "minute") {
    const n =
      a.grain === "day" || b.grain === "day" ? 10 : a.grain === "month" || b.grain === "month" ? 7 : 4;
    return a.iso.slice(0, n) < b.iso.slice(0, n);
  }
  return msOf(a) < msOf(b);
}

const grainRank = (p: EnTimePoint) => ["year", "month", "day", "minute"].indexOf(p.grain);

export function findStart(
  facts: SentenceFacts[],
  claimTimes: Set<EnTimeExpression>,
  headline: boolean,
): Timed | null {
  const candidates: Array<Timed & { score: number; order: number }> = [];
  facts.forEach((f, order) => {
    const restoredHere = f.claims.some((c) => c.fact.kind === "restored");
    if (!f.outage && !f.onset && !restoredHere) return;
    if (f.claims.some((c) => c.fact.kind === "expected")) return;
    for (const t of f.times) {
      if (t.kind === "duration" || !t.value || t.statement || t.future) continue;
      // "from 11 a.m. until 1:50 p.m., when the network was restored": the span opens at the start.
      if (claimTimes.has(t) && t.kind !== "interval") continue;
      if (!f.outage && !f.onset && t.kind !== "interval") continue;
      // A headline outage is dated to the day; an outage recalled in passing may be known only by month.
      if (grainRank(t.value) < (headline ? 2 : 0)) continue;
      let score = f.onset && f.outage ? 2 : 1;
      if (t.kind === "interval" || t.prep === "from" || t.prep === "since") score += 2;
      if (t.value.grain === "minute") score += 1;
      candidates.push({ point: t.value, evidence: evidenceOf(f.sentence, t.rule), score, order });
    }
  });
  if (!candidates.length) return null;
  // The earliest strongly-cued time wins: news names the onset before the aftermath.
  const best = Math.max(...candidates.map((c) => c.score));
  const strong = candidates.filter((c) => c.score >= Math.min(best, 3));
  strong.sort((a, b) => msOf(a.point) - msOf(b.point) || a.order - b.order);
  const first = strong[0];
  if (!first || first.point.grain === "minute") return first ?? null;
  // A day is only a coarser reading of a clock time on that same day.
  const day = first.point.iso.slice(0, 10);
  return strong.find((c) => c.point.grain === "minute" && c.point.iso.startsWith(day)) ?? first;
}

export interface End extends Timed {
  /** Computed from an interval or a duration rather than a restoration report. */
  derived: boolean;
}

export function findEnd(
  facts: SentenceFacts[],
  start: Timed,
  claims: Array<DatedClaim & { sentence: SentenceFacts }>,
): End | null {
  const startMs = msOf(start.point);
  let best: End | null = null;
  for (const c of claims) {
    if (c.fact.kind !== "restored" || !c.point || !c.explicit) continue;
    // A day-only end on the day the outage began still counts ("back online late Tuesday").
    if (before(c.point, start.point)) continue;
    if (!best || msOf(c.point) > msOf(best.point))
      best = { point: c.point, evidence: c.fact.evidence, derived: false };
  }
  if (best) {
    // A part still broken at a later time means the outage was not over.
    const later = claims.some(
      (c) => c.fact.kind === "partial" && c.point && msOf(c.point) > msOf(best!.point),
    );
    return later ? null : best;
  }
  for (const f of facts) {
    if (!f.outage) continue;
    for (const t of f.times) {
      if (t.kind === "interval" && t.to && t.value && msOf(t.value) === startMs) {
        return { point: t.to, evidence: evidenceOf(f.sentence, t.rule), derived: true };
      }
    }
  }
  if (start.point.grain !== "minute") return null;
  for (const f of facts) {
    if (!f.outage) continue;
    const length = f.times.find((t) => t.kind === "duration" && t.outageLength && t.minutes);
    if (length?.minutes)
      return {
        point: shiftMinutes(start.point, length.minutes),
        evidence: evidenceOf(f.sentence, length.rule),
        derived: true,
      };
  }
  return null;
}
