// Resolves the date part of a moment. News mode leans to the past (the latest match not after the
// reference date), future mode to the future (the earliest match not before it), as Duckling does.
import { holidayDate } from "../holidays.js";
import type { DateSpec, MonthPart } from "../mention.js";
import {
  addDays,
  addMonths,
  daysInMonth,
  fields,
  isValidDate,
  makeWall,
  startOfDay,
  startOfWeek,
  type Wall,
} from "../wallclock.js";
import type { Context, RPoint } from "./context.js";

export interface DateResult extends RPoint {
  /** Weekends and seasons are periods: [wall, end) with `end` exclusive. */
  end?: Wall;
  /** True when the date came from the text's anchor rather than being written. */
  fromAnchor?: boolean;
}

export function hasDate(spec: DateSpec): boolean {
  return Object.values(spec).some((v) => v !== undefined);
}

export function resolveDate(spec: DateSpec, ctx: Context): DateResult | null {
  if (spec.holiday !== undefined) return resolveHoliday(spec, ctx);
  if (spec.season !== undefined) return resolveSeason(spec, ctx);
  if (spec.weekend) return resolveWeekend(spec, ctx);
  if (spec.dayOffset) {
    const { base, days } = spec.dayOffset;
    const from =
      base === "ref"
        ? ctx.refDay
        : base === "sentence"
          ? ctx.sentenceDay
          : startOfDay(ctx.rangeStart?.wall ?? ctx.anchor.wall);
    return day(addDays(from, days), ["year", "month", "day"], []);
  }
  if (spec.nthDay !== undefined) return resolveNthDay(spec.nthDay, ctx);
  if (spec.weekOffset !== undefined) return resolveWeek(spec, ctx);
  if (spec.ordinal) return resolveOrdinal(spec, ctx);

  const year = resolveYear(spec, ctx);
  if (year === null) return null;
  const month = resolveMonth(spec, ctx, year.value);
  if (month === null) return null;

  if (spec.day !== undefined) return resolveDayOfMonth(spec, ctx, year.value, month?.value);
  if (spec.weekday !== undefined) return resolveWeekday(spec, ctx);
  if (spec.quarter !== undefined || spec.quarterOffset !== undefined)
    return resolveQuarter(spec, ctx, year.value);
  if (spec.yearEnd && year.value === undefined) return resolveYearEnd(ctx);
  if (month) {
    const found = resolveMonthOnly(spec, ctx, year.value, month.value, month.stated);
    return found && spec.monthPart ? partOfMonth(found, spec.monthPart) : found;
  }
  if (year.value !== undefined)
    return { wall: makeWall(year.value, 1, 1), grain: "year", stated: ["year"], implied: [] };
  return null;
}

function day(wall: Wall, stated: string[], implied: string[]): DateResult {
  return { wall, grain: "day", stated, implied };
}

function resolveYear(spec: DateSpec, ctx: Context): { value: number | undefined } | null {
  const refYear = fields(ctx.ref).year;
  if (spec.year !== undefined) return { value: spec.year };
  if (spec.shortYear !== undefined) {
    const y = 2000 + spec.shortYear;
    return { value: y <= refYear + 10 ? y : y - 100 };
  }
  if (spec.yearOffset !== undefined) {
    const base = spec.yearFromAnchor ? fields(ctx.anchor.wall).year : refYear;
    return { value: base + spec.yearOffset };
  }
  return { value: undefined };
}

/** The month when one is written or named relatively; undefined when none; null when invalid. */
function resolveMonth(
  spec: DateSpec,
  ctx: Context,
  year: number | undefined,
): { value: { year: number | undefined; month: number }; stated: string[] } | undefined | null {
  if (spec.monthOffset !== undefined) {
    const f = fields(addMonths(makeWall(fields(ctx.ref).year, fields(ctx.ref).month, 1), spec.monthOffset));
    return { value: { year: f.year, month: f.month }, stated: ["year", "month"] };
  }
  if (spec.month !== undefined) return { value: { year, month: spec.month }, stated: ["month"] };
  return undefined;
}

/** Picks from candidate dates by the lean: news → latest ≤ pivot, future → earliest ≥ pivot. */
function pick(candidates: Wall[], pivot: Wall, lean: "past" | "future", strict = false): Wall | null {
  let best: Wall | null = null;
  for (const c of candidates) {
    if (lean === "past") {
      if ((strict ? c < pivot : c <= pivot) && (best === null || c > best)) best = c;
    } else if ((strict ? c > pivot : c >= pivot) && (best === null || c < best)) best = c;
  }
  return best;
}

/**
 * A day of the month in news mode: the latest one not after the reference date, unless the same day
 * falls within the next few days (19일 in an article of the 18th is tomorrow, not a month ago).
 */
const NEWS_FORWARD_DAYS = 3;

function pickNewsDay(candidates: Wall[], refDay: Wall): Wall | null {
  const soon = pick(
    candidates.filter((c) => c <= addDays(refDay, NEWS_FORWARD_DAYS)),
    refDay,
    "future",
    true,
  );
  return soon ?? pick(candidates, refDay, "past");
}

/** Holidays in news mode: the nearest occurrence, as one is as often coming as just past. */
function pickNearest(candidates: Wall[], pivot: Wall): Wall | null {
  let best: Wall | null = null;
  for (const c of candidates) {
    if (
      best === null ||
      Math.abs(c - pivot) < Math.abs(best - pivot) ||
      (Math.abs(c - pivot) === Math.abs(best - pivot) && c < best)
    )
      best = c;
  }
  return best;
}

function leanOf(ctx: Context): "past" | "future" {
  return ctx.future ? "future" : "past";
}

function resolveDayOfMonth(
  spec: DateSpec,
  ctx: Context,
  year: number | undefined,
  month: { year: number | undefined; month: number } | undefined,
): DateResult | null {
  const d = spec.day ?? 1;
  const y = month?.year ?? year;
  const m = month?.month;
  const stated = [...(y !== undefined ? ["year"] : []), ...(m !== undefined ? ["month"] : []), "day"];
  if (spec.monthOffset !== undefined) stated.unshift("year");
  const statedSet = [...new Set(stated)];
  if (y !== undefined && m !== undefined) {
    return isValidDate(y, m, d) ? day(makeWall(y, m, d), statedSet, []) : null;
  }
  const start = ctx.rangeStart;
  if (start) {
    // The end of a range takes what it does not say from the start: 7월 13일 - 15일.
    const s = fields(start.wall);
    const candidates: Wall[] = [];
    for (let i = 0; i < 14; i++) {
      const t = fields(addMonths(makeWall(s.year, s.month, 1), i));
      if (m !== undefined && t.month !== m) continue;
      if (y !== undefined && t.year !== y) continue;
      if (isValidDate(t.year, t.month, d)) candidates.push(makeWall(t.year, t.month, d));
    }
    const wall = pick(candidates, startOfDay(start.wall), "future");
    const implied = ["year", "month", "day"].filter((c) => !statedSet.includes(c));
    return wall === null ? null : day(wall, statedSet, implied);
  }
  const candidates: Wall[] = [];
  const ref = fields(ctx.ref);
  if (m !== undefined) {
    for (const cy of [ref.year - 1, ref.year, ref.year + 1])
      if (isValidDate(cy, m, d)) candidates.push(makeWall(cy, m, d));
  } else {
    for (let i = -13; i <= 13; i++) {
      const t = fields(addMonths(makeWall(ref.year, ref.month, 1), i));
      if (y !== undefined && t.year !== y) continue;
      if (isValidDate(t.year, t.month, d)) candidates.push(makeWall(t.year, t.month, d));
    }
  }
  let wall: Wall | null;
  if (spec.dayDirection === "past") wall = pick(candidates, ctx.refDay, "past", true);
  else if (spec.dayDirection === "next") wall = pick(candidates, ctx.refDay, "future", true);
  else wall = ctx.future ? pick(candidates, ctx.refDay, "future") : pickNewsDay(candidates, ctx.refDay);
  const implied = ["year", "month"].filter((c) => !statedSet.includes(c));
  return wall === null ? null : day(wall, statedSet, implied);
}

function resolveMonthOnly(
  spec: DateSpec,
  ctx: Context,
  year: number | undefined,
  month: { year: number | undefined; month: number },
  stated: string[],
): DateResult | null {
  const y = month.year ?? year;
  if (y !== undefined) {
    return {
      wall: makeWall(y, month.month, 1),
      grain: "month",
      stated: [...new Set(["year", ...stated])],
      implied: [],
    };
  }
  const ref = fields(ctx.ref);
  const refMonth = makeWall(ref.year, ref.month, 1);
  const start = ctx.rangeStart;
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((cy) => makeWall(cy, month.month, 1));
  let wall: Wall | null;
  if (start)
    wall = pick(candidates, makeWall(fields(start.wall).year, fields(start.wall).month, 1), "future");
  else if (spec.monthDirection === "past") wall = pick(candidates, refMonth, "past", true);
  else if (spec.monthDirection === "next") wall = pick(candidates, refMonth, "future", true);
  else wall = pick(candidates, refMonth, leanOf(ctx));
  return wall === null ? null : { wall, grain: "month", stated, implied: ["year"] };
}

/** The days of a month that 초, 중순, 하순 and 말 name: [first, last]. */
function monthPartDays(part: MonthPart, last: number): [number, number] {
  switch (part) {
    case "start":
      return [1, 10];
    case "middle":
      return [11, 20];
    case "late":
      return [21, last];
    case "end":
      return [last, last];
  }
}

/** 10월 말 is the month's last day; 초, 중순, 하순 are ten-day periods ([wall, end) as for seasons). */
function partOfMonth(month: DateResult, part: MonthPart): DateResult {
  const { year, month: m } = fields(month.wall);
  const [first, last] = monthPartDays(part, daysInMonth(year, m));
  const implied = [...month.implied, "day"];
  const wall = makeWall(year, m, first);
  return first === last
    ? day(wall, month.stated, implied)
    : { wall, end: makeWall(year, m, last + 1), grain: "day", stated: month.stated, implied };
}

/** 연말 with no year: the nearest Dec 31 in news (the one just past in January), the coming one in future mode. */
function resolveYearEnd(ctx: Context): DateResult | null {
  const refYear = fields(ctx.ref).year;
  const candidates = [refYear - 1, refYear, refYear + 1].map((y) => makeWall(y, 12, 31));
  const wall = ctx.future ? pick(candidates, ctx.refDay, "future") : pickNearest(candidates, ctx.refDay);
  return wall === null ? null : day(wall, ["month"], ["year", "day"]);
}

function resolveQuarter(spec: DateSpec, ctx: Context, year: number | undefined): DateResult | null {
  const ref = fields(ctx.ref);
  const refQuarterStart = makeWall(ref.year, ref.month - ((ref.month - 1) % 3), 1);
  if (spec.quarterOffset !== undefined) {
    return {
      wall: addMonths(refQuarterStart, 3 * spec.quarterOffset),
      grain: "quarter",
      stated: ["year", "quarter"],
      implied: [],
    };
  }
  const q = spec.quarter ?? 1;
  if (year !== undefined)
    return { wall: makeWall(year, 3 * q - 2, 1), grain: "quarter", stated: ["year", "quarter"], implied: [] };
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((cy) => makeWall(cy, 3 * q - 2, 1));
  const wall = pick(candidates, refQuarterStart, leanOf(ctx));
  return wall === null ? null : { wall, grain: "quarter", stated: ["quarter"], implied: ["year"] };
}

function resolveWeek(spec: DateSpec, ctx: Context): DateResult {
  const weekStart = addDays(startOfWeek(ctx.ref), 7 * (spec.weekOffset ?? 0));
  if (spec.weekday === undefined)
    return { wall: weekStart, grain: "week", stated: ["year", "month", "week"], implied: [] };
  let wall = addDays(weekStart, (spec.weekday + 6) % 7);
  // Duckling reads 이번 주 월요일 as the coming Monday once this week's has passed.
  if (ctx.future && spec.weekOffset === 0 && wall < ctx.refDay) wall = addDays(wall, 7);
  return day(wall, ["year", "month", "week", "weekday", "day"], []);
}

function resolveWeekday(spec: DateSpec, ctx: Context): DateResult | null {
  const weekday = spec.weekday ?? 0;
  const start = ctx.rangeStart;
  const pivot = start ? startOfDay(start.wall) : ctx.refDay;
  const candidates: Wall[] = [];
  for (let i = -7; i <= 7; i++) {
    const c = addDays(pivot, i);
    if (fields(c).weekday === weekday) candidates.push(c);
  }
  let wall: Wall | null;
  if (start) wall = pick(candidates, pivot, "future");
  else if (spec.weekdayDirection === "past") wall = pick(candidates, pivot, "past", true);
  else if (spec.weekdayDirection === "next") wall = pick(candidates, pivot, "future", true);
  else if (ctx.future) wall = pick(candidates, pivot, "future", true);
  else wall = pick(candidates, pivot, "past");
  const stated = spec.weekdayDirection ? ["weekday", "week"] : ["weekday"];
  return wall === null ? null : day(wall, stated, ["year", "month", "day"]);
}

function resolveNthDay(n: number, ctx: Context): DateResult {
  // 사흘째: the third day counted from the date the text gave; without one, today is that day.
  if (!ctx.anchor.fromText) return day(ctx.refDay, ["day"], ["year", "month"]);
  let wall = addDays(startOfDay(ctx.anchor.wall), n - 1);
  if (!ctx.future && wall > ctx.refDay) wall = ctx.refDay;
  return day(wall, ["day"], ["year", "month"]);
}

function resolveOrdinal(spec: DateSpec, ctx: Context): DateResult | null {
  const ordinal = spec.ordinal;
  if (!ordinal) return null;
  const year = resolveYear(spec, ctx);
  const month = year ? resolveMonth(spec, ctx, year.value) : null;
  // 2025년 마지막 날: the last day of the year.
  if (!month && year?.value !== undefined && ordinal.unit === "day" && ordinal.n === -1) {
    return day(makeWall(year.value, 12, 31), ["year", "day"], ["month"]);
  }
  if (!month) return null;
  let y = month.value.year;
  const m = month.value.month;
  if (y === undefined) {
    const found = resolveMonthOnly(spec, ctx, undefined, month.value, month.stated);
    if (!found) return null;
    y = fields(found.wall).year;
  }
  const stated = [...new Set([...month.stated, ...(spec.year !== undefined ? ["year"] : []), "day"])];
  const implied = stated.includes("year") ? [] : ["year"];
  const last = daysInMonth(y, m);
  if (ordinal.unit === "day") return day(makeWall(y, m, last), stated, implied);
  // Mondays in the month; a week counts when it starts in the month, and the last week must end in it.
  const mondays: Wall[] = [];
  const days: Wall[] = [];
  for (let d = 1; d <= last; d++) {
    const w = makeWall(y, m, d);
    const wd = fields(w).weekday;
    if (ordinal.unit === "week" && wd === 1) mondays.push(w);
    if (ordinal.unit === "weekday" && wd === spec.weekday) days.push(w);
  }
  if (ordinal.unit === "week") {
    const weeks = ordinal.n === -1 ? mondays.filter((w) => fields(addDays(w, 6)).month === m) : mondays;
    const wall = ordinal.n === -1 ? weeks[weeks.length - 1] : weeks[ordinal.n - 1];
    return wall === undefined ? null : { wall, grain: "week", stated, implied };
  }
  const wall = ordinal.n === -1 ? days[days.length - 1] : days[ordinal.n - 1];
  return wall === undefined ? null : day(wall, [...stated, "weekday"], implied);
}

function resolveHoliday(spec: DateSpec, ctx: Context): DateResult | null {
  const name = spec.holiday ?? "";
  const explicit = resolveYear(spec, ctx)?.value;
  const years = explicit !== undefined ? [explicit] : [-1, 0, 1].map((i) => fields(ctx.ref).year + i);
  const candidates: Wall[] = [];
  for (const y of years) {
    const md = holidayDate(name, y);
    if (md) candidates.push(makeWall(y, md[0], md[1]));
  }
  let wall: Wall | null;
  if (explicit !== undefined) wall = candidates[0] ?? null;
  else wall = ctx.future ? pick(candidates, ctx.refDay, "future") : pickNearest(candidates, ctx.refDay);
  // 추석 전날, 설날 다음날, 추석 당일: counted from the holiday.
  if (wall !== null && spec.dayOffset && spec.dayOffset.base !== "ref")
    wall = addDays(wall, spec.dayOffset.days);
  return wall === null
    ? null
    : day(
        wall,
        explicit !== undefined ? ["year", "month", "day"] : ["month", "day"],
        explicit !== undefined ? [] : ["year"],
      );
}

const SEASON_BOUNDS: Record<string, [number, number, number, number]> = {
  spring: [3, 20, 6, 21],
  summer: [6, 21, 9, 24],
  autumn: [9, 24, 12, 21],
  winter: [12, 21, 3, 21],
};

function resolveSeason(spec: DateSpec, ctx: Context): DateResult | null {
  const bounds = SEASON_BOUNDS[spec.season ?? ""];
  if (!bounds) return null;
  const [m1, d1, m2, d2] = bounds;
  const ref = fields(ctx.ref);
  const periods: [Wall, Wall][] = [];
  for (let y = ref.year - 2; y <= ref.year + 1; y++) {
    periods.push([makeWall(y, m1, d1), makeWall(m2 < m1 ? y + 1 : y, m2, d2)]);
  }
  // The season containing the reference, else the latest past one (news) or the next one (future).
  // 이번/올 name the season containing the reference or, failing that, the one starting this year.
  const containing = periods.findIndex(([a, b]) => a <= ctx.refDay && ctx.refDay < b);
  let index: number;
  if (spec.seasonOffset !== undefined) {
    const base = containing !== -1 ? containing : periods.findIndex(([a]) => fields(a).year === ref.year);
    index = base + spec.seasonOffset;
  } else if (containing !== -1) {
    index = containing;
  } else if (ctx.future) {
    index = periods.findIndex(([a]) => a > ctx.refDay);
  } else {
    index = -1;
    periods.forEach(([, b], i) => {
      if (b <= ctx.refDay) index = i;
    });
  }
  const period = periods[index];
  if (!period) return null;
  return { wall: period[0], end: period[1], grain: "day", stated: ["season"], implied: ["year"] };
}

function resolveWeekend(spec: DateSpec, ctx: Context): DateResult {
  let weekStart = startOfWeek(ctx.ref);
  if (spec.weekOffset !== undefined) weekStart = addDays(weekStart, 7 * spec.weekOffset);
  else if (!ctx.future) {
    // The most recent weekend: this week's once it has begun (Friday 18:00), else last week's.
    const begins = addDays(weekStart, 4) + 18 * 3_600_000;
    if (ctx.ref < begins) weekStart = addDays(weekStart, -7);
  }
  const from = addDays(weekStart, 4) + 18 * 3_600_000;
  return {
    wall: from,
    end: addDays(weekStart, 7),
    grain: "hour",
    stated: ["weekend"],
    implied: ["year", "month", "day"],
  };
}
