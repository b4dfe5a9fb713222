import type { TimeOptions, TimePoint } from "../types.js";
import {
  type FineGrain,
  makeWall,
  parseOffset,
  startOfDay,
  type Wall,
  wallFromInstant,
} from "../wallclock.js";

/** A resolved point before it is written out: a wall-clock reading, its grain and what was written. */
export interface RPoint {
  wall: Wall;
  grain: FineGrain;
  stated: string[];
  implied: string[];
}

/** The last date the text gave (or the reference date until it gives one). */
export interface Anchor {
  wall: Wall;
  grain: FineGrain;
  hasTime: boolean;
  /** False while the anchor is still the reference date. */
  fromText: boolean;
}

export interface Context {
  ref: Wall;
  refDay: Wall;
  offset: string;
  future: boolean;
  anchor: Anchor;
  /**
   * The day 이날 and 당일 name: the anchor's day when the sentence began, moved only by a date written out
   * in it (27일, 9월 27일, 토요일), not by words counted from the anchor (전날, 다음날) or by holidays.
   */
  sentenceDay: Wall;
  /** While resolving the end of a range: its start, from which the end inherits. */
  rangeStart?: RPoint;
}

const LOCAL_ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s?(Z|[+-]\d{2}:?\d{2})?$/;

/** Reads an ISO time; one without an offset is taken as a wall-clock reading in the given offset. */
export function toWall(value: Date | string, offsetMinutes: number): Wall | null {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : wallFromInstant(ms, offsetMinutes);
  }
  const m = LOCAL_ISO.exec(value.trim());
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    const wall = makeWall(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
    if (!zone) return wall;
    const zoneMinutes =
      zone === "Z" ? 0 : parseOffset(zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone);
    if (zoneMinutes === null) return null;
    return wallFromInstant(wall - zoneMinutes * 60_000, offsetMinutes);
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : wallFromInstant(ms, offsetMinutes);
}

const GRAINS: readonly string[] = ["year", "month", "week", "day", "hour", "minute"];

export function createContext(options: TimeOptions): Context {
  if (!options || typeof options !== "object")
    throw new TypeError("parseTimes: options with a ref time are required");
  const offset = options.timezone ?? "+09:00";
  const offsetMinutes = parseOffset(offset);
  if (offsetMinutes === null)
    throw new TypeError(`parseTimes: timezone must look like +09:00, got ${String(offset)}`);
  const ref = options.ref === undefined ? null : toWall(options.ref, offsetMinutes);
  if (ref === null) throw new TypeError(`parseTimes: ref is not a valid time: ${String(options.ref)}`);
  const context: Context = {
    ref,
    refDay: startOfDay(ref),
    offset,
    future: options.future === true,
    anchor: { wall: startOfDay(ref), grain: "day", hasTime: false, fromText: false },
    sentenceDay: startOfDay(ref),
  };
  if (options.anchor) context.anchor = anchorFromPoint(options.anchor, offsetMinutes);
  startSentence(context);
  return context;
}

/** A new sentence: 이날 is again the anchor's day. */
export function startSentence(ctx: Context): void {
  ctx.sentenceDay = startOfDay(ctx.anchor.wall);
}

function anchorFromPoint(point: TimePoint, offsetMinutes: number): Anchor {
  const wall = typeof point.iso === "string" ? toWall(point.iso, offsetMinutes) : null;
  if (wall === null || !GRAINS.includes(point.grain)) {
    throw new TypeError(`parseTimes: anchor is not a TimePoint: ${JSON.stringify(point)}`);
  }
  const hasTime = point.grain === "hour" || point.grain === "minute";
  return { wall, grain: point.grain, hasTime, fromText: true };
}
