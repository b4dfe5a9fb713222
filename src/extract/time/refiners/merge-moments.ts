import type { Mention, Moment, MomentMention } from "../mention.js";

// Adjacent pieces of one moment join up, coarse to fine: [2026년 1월 14일][(수)][오후][3시14분],
// [이번 주][금요일], [다음날][새벽][1시], [추석][전날]. A moment may also join the start of a compact range: [14일][오후][2~4시].
const GAP = /^[\s,]{0,3}$/;

/** 0 year, 1 month/quarter/season, 2 week, 3 day, 4 weekday, 5 part of day, 6 clock. */
function levels(m: Moment): number[] {
  const d = m.date;
  const out: number[] = [];
  if (d.year !== undefined || d.shortYear !== undefined || d.yearOffset !== undefined) out.push(0);
  if (
    d.month !== undefined ||
    d.monthOffset !== undefined ||
    d.quarter !== undefined ||
    d.quarterOffset !== undefined ||
    d.season !== undefined
  )
    out.push(1);
  if (d.weekOffset !== undefined) out.push(2);
  if (
    d.day !== undefined ||
    d.dayOffset !== undefined ||
    d.nthDay !== undefined ||
    d.holiday !== undefined ||
    d.ordinal !== undefined
  )
    out.push(3);
  if (d.weekday !== undefined || d.weekend) out.push(4);
  if (m.part !== undefined) out.push(5);
  if (m.clock !== undefined || m.now) out.push(6);
  return out;
}

/** 추석 전날, 설날 다음날, 추석 당일: a day counted from the holiday just named. */
function countsFromHoliday(a: Moment, b: Moment): boolean {
  const offset = b.date.dayOffset;
  return (
    a.date.holiday !== undefined &&
    a.date.dayOffset === undefined &&
    !a.part &&
    !a.clock &&
    offset !== undefined &&
    offset.base !== "ref" &&
    levels(b).every((l) => l === 3)
  );
}

function canJoin(a: Moment, b: Moment): boolean {
  if (countsFromHoliday(a, b)) return true;
  const la = levels(a);
  const lb = levels(b);
  if (!la.length || !lb.length) return false;
  // An ordinal (첫째 화요일) carries a weekday of its own and needs a month before it, not a day.
  if (b.date.ordinal && la.some((l) => l >= 3)) return false;
  if (a.date.ordinal && b.date.weekday !== undefined) return false;
  return Math.max(...la) < Math.min(...lb);
}

function joinMoments(a: Moment, b: Moment): Moment {
  const joined: Moment = { date: { ...a.date, ...b.date } };
  const part = b.part ?? a.part;
  if (part !== undefined) joined.part = part;
  const clock = b.clock ?? a.clock;
  if (clock !== undefined) joined.clock = clock;
  if (a.now || b.now) joined.now = true;
  return joined;
}

function ruleOf(m: Moment, fallback: string): string {
  if (m.clock) return "ko.time.clock";
  if (m.part) return "ko.time.part-of-day";
  return fallback;
}

export function mergeMoments(mentions: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last?.type === "moment" && GAP.test(text.slice(last.end, m.start))) {
      if (m.type === "moment" && canJoin(last.moment, m.moment)) {
        const moment = joinMoments(last.moment, m.moment);
        out[out.length - 1] = {
          ...last,
          end: m.end,
          moment,
          approximate: last.approximate || m.approximate,
          rule: ruleOf(moment, last.rule),
        } satisfies MomentMention;
        continue;
      }
      if (m.type === "range" && canJoin(last.moment, m.from)) {
        out[out.length - 1] = {
          ...m,
          start: last.start,
          from: joinMoments(last.moment, m.from),
          approximate: last.approximate || m.approximate,
        };
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
