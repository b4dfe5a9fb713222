// Resolves a moment (date, part of day, clock time) to a point or, for a bare part of day, a weekend
// or a season, to an interval.
import type { PartOfDay } from "../constants.js";
import type { ClockSpec, DateSpec, Moment } from "../mention.js";
import { addDays, addGrain, fields, startOfDay, type Wall } from "../wallclock.js";
import type { Context, RPoint } from "./context.js";
import { type DateResult, hasDate, resolveDate } from "./date.js";

export type Resolved = { kind: "point"; point: RPoint } | { kind: "interval"; from: RPoint; to: RPoint };

const HOUR = 3_600_000;

/** [start hour, end hour) of each part of the day; past 24 runs into the next day. */
const PART_BOUNDS: Record<PartOfDay, [number, number]> = {
  새벽: [0, 6],
  아침: [4, 12],
  오전: [0, 12],
  점심: [12, 14],
  낮: [12, 18],
  한낮: [12, 15],
  오후: [12, 19],
  저녁: [18, 24],
  밤: [18, 24],
  심야: [22, 30],
  한밤중: [22, 28],
  // Last night: from the evening before the day to its early morning.
  간밤: [-6, 6],
  지난밤: [-6, 6],
  밤사이: [-6, 6],
};

/** Where a clock time got its day from. */
type DaySource = "text" | "range" | "anchor" | "ref";

interface DayInfo {
  wall: Wall;
  stated: string[];
  implied: string[];
  source: DaySource;
}

export function resolveMoment(m: Moment, ctx: Context): Resolved | null {
  if (m.now)
    return { kind: "point", point: { wall: ctx.ref, grain: "second", stated: ["now"], implied: [] } };
  let date: DateResult | null = null;
  if (hasDate(m.date)) {
    date = resolveDate(m.date, ctx);
    if (!date) return null;
    if (writesDay(m.date) && date.grain === "day" && date.end === undefined) ctx.sentenceDay = date.wall;
  }
  if (!m.clock && !m.part) {
    if (!date) return null;
    if (date.end !== undefined) return periodOf(date, date.end);
    return { kind: "point", point: strip(date) };
  }
  // A time of day on something coarser than a day (이번 주 오후) keeps only the date.
  if (date && (date.grain !== "day" || date.end !== undefined)) {
    return date.end !== undefined ? periodOf(date, date.end) : { kind: "point", point: strip(date) };
  }
  const day = date
    ? { wall: date.wall, stated: date.stated, implied: date.implied, source: "text" as const }
    : dayFromAnchor(ctx);
  if (m.clock) return { kind: "point", point: resolveClock(m.clock, m.part, day, ctx) };
  return partInterval(m.part as PartOfDay, day);
}

/** A day written out (27일, 9월 27일, 토요일, 말일), which 이날 later in the sentence refers to. */
function writesDay(d: DateSpec): boolean {
  if (d.holiday !== undefined || d.weekend || d.monthPart !== undefined || d.season !== undefined)
    return false;
  return d.day !== undefined || d.weekday !== undefined || d.ordinal !== undefined;
}

function strip(date: DateResult): RPoint {
  return { wall: date.wall, grain: date.grain, stated: date.stated, implied: date.implied };
}

function periodOf(date: DateResult, end: Wall): Resolved {
  const from = strip(date);
  return { kind: "interval", from, to: { ...from, wall: addGrain(end, date.grain, -1) } };
}

function dayFromAnchor(ctx: Context): DayInfo {
  const implied = ["year", "month", "day"];
  if (ctx.rangeStart) return { wall: startOfDay(ctx.rangeStart.wall), stated: [], implied, source: "range" };
  return {
    wall: startOfDay(ctx.anchor.wall),
    stated: [],
    implied,
    source: ctx.anchor.fromText ? "anchor" : "ref",
  };
}

function partInterval(part: PartOfDay, day: DayInfo): Resolved {
  const [startHour, endHour] = PART_BOUNDS[part];
  const from: RPoint = {
    wall: day.wall + startHour * HOUR,
    grain: "hour",
    stated: [...day.stated, "meridiem"],
    implied: day.implied,
  };
  return { kind: "interval", from, to: { ...from, wall: day.wall + (endHour - 1) * HOUR } };
}

/** The 24-hour value of an hour said with a part of the day, and the day shift it implies. */
function hourWithPart(part: PartOfDay, h: number): { hour: number; dayShift: number } {
  switch (part) {
    case "오전":
    case "새벽":
      return { hour: h === 12 ? 0 : h, dayShift: 0 };
    case "아침":
      return { hour: h, dayShift: 0 };
    case "오후":
    case "저녁":
      return { hour: h < 12 ? h + 12 : h, dayShift: 0 };
    case "점심":
      return { hour: h <= 5 ? h + 12 : h, dayShift: 0 };
    case "낮":
    case "한낮":
      return { hour: h <= 6 ? h + 12 : h, dayShift: 0 };
    case "밤":
    case "심야":
    case "한밤중":
      // 밤 9시 is 21:00, 밤 12시 midnight (24:00), 밤 2시 the early hours of that date.
      if (h === 12) return { hour: 24, dayShift: 0 };
      return { hour: h >= (part === "밤" ? 6 : 9) && h < 12 ? h + 12 : h, dayShift: 0 };
    case "간밤":
    case "지난밤":
    case "밤사이":
      if (h === 12) return { hour: 0, dayShift: 0 };
      return h >= 6 && h < 12 ? { hour: h + 12, dayShift: -1 } : { hour: h, dayShift: 0 };
  }
}

/**
 * An hour from 1 to 11 with no 오전/오후 or part of the day. Korean news marks afternoon hours with 오후
 * or writes them on the 24-hour clock (15시), so a bare hour is read as written (3시 → 03:00), except:
 * - the end of a range takes the first reading not before its start (오후 2시부터 4시까지 → 16:00);
 * - after an afternoon time on the same day, a smaller hour continues into the afternoon
 *   (오후 2시께 장애 … 4시께 복구 → 16:00);
 * - in future mode on the reference day, the first reading not before the reference (Duckling: 3:30 → 15:30).
 */
function readBareHour(h: number, minutes: number, day: DayInfo, ctx: Context): number {
  const am = day.wall + h * HOUR + minutes * 60_000;
  const pm = am + 12 * HOUR;
  if (day.source === "range" && ctx.rangeStart) {
    if (am >= ctx.rangeStart.wall) return h;
    return pm >= ctx.rangeStart.wall ? h + 12 : h;
  }
  const anchor = ctx.anchor;
  if (day.source === "anchor" && anchor.hasTime && fields(anchor.wall).hour >= 12) {
    if (startOfDay(anchor.wall) === day.wall && am < anchor.wall && pm >= anchor.wall) return h + 12;
  }
  if (ctx.future && day.wall === ctx.refDay) {
    if (am >= ctx.ref) return h;
    if (pm >= ctx.ref) return h + 12;
  }
  return h;
}

function resolveClock(clock: ClockSpec, part: PartOfDay | undefined, day: DayInfo, ctx: Context): RPoint {
  const minute = clock.minute ?? 0;
  const second = clock.second ?? 0;
  const stated = [...day.stated];
  const implied = [...day.implied];
  let h = clock.hour;
  let dayWall = day.wall;
  if (clock.named === "midnight") h = 24;
  else if (clock.named === "noon") h = 12;
  else if (clock.meridiem) h = clock.meridiem === "am" ? (h === 12 ? 0 : h) : h < 12 ? h + 12 : h;
  else if (part) {
    const read = hourWithPart(part, h);
    h = read.hour;
    dayWall = addDays(dayWall, read.dayShift);
  } else if (h >= 1 && h <= 11) {
    h = readBareHour(h, minute + second / 60, day, ctx);
    implied.push("meridiem");
  }
  if (clock.meridiem || part || clock.named) stated.push("meridiem");
  stated.push("hour");
  if (clock.minute !== undefined) stated.push("minute");
  if (clock.second !== undefined) stated.push("second");

  let wall = dayWall + h * HOUR + minute * 60_000 + second * 1000;
  if (day.source === "range" && ctx.rangeStart && wall < ctx.rangeStart.wall) wall = addDays(wall, 1);
  if (day.source === "ref") {
    // Future mode: an undated time already past today is tomorrow's (아침 3시 at 04:30 → tomorrow 03:00).
    if (ctx.future && wall < ctx.ref) wall = addDays(wall, 1);
    // News mode: an undated 자정 (or 밤 12시) is the midnight that has passed, not the coming one.
    const midnight = clock.named === "midnight" || (part !== undefined && h === 24);
    if (!ctx.future && midnight && wall > ctx.ref) wall = addDays(wall, -1);
  }
  const grain = clock.second !== undefined ? "second" : clock.minute !== undefined ? "minute" : "hour";
  return { wall, grain, stated, implied };
}
