// Calendar arithmetic on KST wall-clock days, kept as plain numbers so no
// system time zone ever leaks in.
import type { EnTimePoint, Grain } from "./types.js";

export interface Day {
  y: number;
  m: number;
  d: number;
}

const KST_MS = 9 * 3600_000;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function dayOfMs(ms: number): Day {
  const t = new Date(ms + KST_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday. */
export const weekday = (day: Day) => new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();

export const dayString = (day: Day) => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;

export function parseDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function point(day: Day, grain: Grain, hour = 0, minute = 0): EnTimePoint {
  if (grain === "year") return { iso: `${pad(day.y, 4)}-01-01T00:00:00+09:00`, grain };
  if (grain === "month") return { iso: `${pad(day.y, 4)}-${pad(day.m)}-01T00:00:00+09:00`, grain };
  return { iso: `${dayString(day)}T${pad(hour)}:${pad(minute)}:00+09:00`, grain };
}

export const msOf = (p: EnTimePoint) => Date.parse(p.iso);

/** The point in the contract's format: full ISO for clock times, YYYY-MM-DD / YYYY-MM / YYYY otherwise. */
export function formatPoint(p: EnTimePoint): string {
  if (p.grain === "minute") return p.iso;
  if (p.grain === "day") return p.iso.slice(0, 10);
  if (p.grain === "month") return p.iso.slice(0, 7);
  return p.iso.slice(0, 4);
}

export function shiftMinutes(p: EnTimePoint, minutes: number): EnTimePoint {
  const ms = msOf(p) + minutes * 60_000;
  const t = new Date(ms + KST_MS);
  const day = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  return point(day, "minute", t.getUTCHours(), t.getUTCMinutes());
}
