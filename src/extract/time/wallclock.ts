// Calendar arithmetic on local wall-clock readings in a fixed UTC offset.
// A Wall is the epoch milliseconds of the local reading taken as if it were UTC,
// so the UTC getters of Date read the local fields and no DST or zone database is involved.

export type Wall = number;
/** Internal grains: the public ones plus second and quarter. */
export type FineGrain = "year" | "quarter" | "month" | "week" | "day" | "hour" | "minute" | "second";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export function makeWall(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Wall {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

export function fields(w: Wall): WallFields {
  const d = new Date(w);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

export function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function startOfDay(w: Wall): Wall {
  return Math.floor(w / DAY) * DAY;
}

export function addDays(w: Wall, days: number): Wall {
  return w + days * DAY;
}

/** Adds calendar months, clamping the day to the target month's length (1월 31일 + 1 month → 2월 28일). */
export function addMonths(w: Wall, months: number): Wall {
  const f = fields(w);
  const index = f.year * 12 + (f.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return makeWall(year, month, Math.min(f.day, daysInMonth(year, month)), f.hour, f.minute, f.second);
}

/** Monday-based week start. */
export function startOfWeek(w: Wall): Wall {
  const day = startOfDay(w);
  const weekday = fields(day).weekday;
  return addDays(day, -((weekday + 6) % 7));
}

export function truncate(w: Wall, grain: FineGrain): Wall {
  const f = fields(w);
  switch (grain) {
    case "year":
      return makeWall(f.year, 1, 1);
    case "quarter":
      return makeWall(f.year, f.month - ((f.month - 1) % 3), 1);
    case "month":
      return makeWall(f.year, f.month, 1);
    case "week":
      return startOfWeek(w);
    case "day":
      return startOfDay(w);
    case "hour":
      return makeWall(f.year, f.month, f.day, f.hour);
    case "minute":
      return makeWall(f.year, f.month, f.day, f.hour, f.minute);
    case "second":
      return w - (w % 1000);
  }
}

export function addGrain(w: Wall, grain: FineGrain, n: number): Wall {
  switch (grain) {
    case "year":
      return addMonths(w, 12 * n);
    case "quarter":
      return addMonths(w, 3 * n);
    case "month":
      return addMonths(w, n);
    case "week":
      return addDays(w, 7 * n);
    case "day":
      return addDays(w, n);
    case "hour":
      return w + n * HOUR;
    case "minute":
      return w + n * MINUTE;
    case "second":
      return w + n * 1000;
  }
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function wallToIso(w: Wall, offset: string): string {
  const f = fields(w);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${offset}`;
}

/** Parses "+09:00" / "-02:00" into minutes east of UTC, or null when malformed. */
export function parseOffset(offset: string): number | null {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

export function wallFromInstant(ms: number, offsetMinutes: number): Wall {
  return ms + offsetMinutes * MINUTE;
}
