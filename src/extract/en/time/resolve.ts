// Turns one time expression into a KST point, the way English news means it:
// a bare weekday is the latest such day up to the publication date ("the
// fire started Friday", read on Saturday, is yesterday) unless the sentence
// looks ahead ("expected back by Friday"); a clock time without a date falls
// on the day the text last named; "until midnight Tuesday" ends as Wednesday
// begins. Calendar dates go through compromise-dates, with a year correction
// for dates that would otherwise land in the future.
import { parseEnglish } from "../nlp.js";
import { addDays, type Day, dayString, msOf, parseDay, point, weekday } from "./calendar.js";
import type { Piece, RawExpression } from "./grammar.js";
import type { EnTimePoint, Grain } from "./types.js";

export interface ResolveContext {
  /** Publication time (ms) and day. */
  refMs: number;
  ref: Day;
  /** The day the text last named, for clock times without a date. */
  anchor: Day | null;
  future: boolean;
  prep: string | null;
  /** This expression closes an interval ("… until midnight"). */
  closing: boolean;
}

export interface Resolved {
  value: EnTimePoint;
  /** The calendar day the text names. */
  day: Day;
}

const WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const CLOSING_PREPS = new Set(["until", "till", "by", "to", "through", "before"]);

export function resolveExpression(expr: RawExpression, ctx: ResolveContext): Resolved | null {
  const clockPiece = expr.pieces.find((p) => p.kind === "tod" || p.kind === "tod24");
  const datePiece = pickDatePiece(expr.pieces);
  const clock = clockPiece ? readClock(clockPiece.text) : null;
  const date = datePiece ? resolveDate(datePiece, ctx) : null;
  if (datePiece && !date) return null;
  if (!clock) return date;
  let day = date?.day ?? ctx.anchor ?? ctx.ref;
  if (!date && !ctx.future && dayString(day) === dayString(ctx.ref)) {
    // A clock time later than the publication on the same day was the day before.
    if (msOf(point(day, "minute", clock.hour, clock.minute)) > ctx.refMs + 3600_000) day = addDays(day, -1);
  }
  if (clock.midnight && (ctx.closing || (ctx.prep !== null && CLOSING_PREPS.has(ctx.prep)))) {
    return { value: point(addDays(day, 1), "minute", 0, 0), day };
  }
  return { value: point(day, "minute", clock.hour, clock.minute), day };
}

function pickDatePiece(pieces: Piece[]): Piece | null {
  const order = ["md", "dm", "wd", "rel", "part", "my", "yr"];
  const dates = pieces.filter((p) => order.includes(p.kind));
  dates.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return dates[0] ?? null;
}

interface Clock {
  hour: number;
  minute: number;
  midnight: boolean;
}

export function readClock(text: string): Clock | null {
  const t = text.toLowerCase();
  if (/midnight/.test(t)) return { hour: 0, minute: 0, midnight: true };
  if (/noon|midday/.test(t)) return { hour: 12, minute: 0, midnight: false };
  const m = /(\d{1,2})(?::(\d{2}))?\s?([ap])?/.exec(t);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  if (m[3] === "p" && hour < 12) hour += 12;
  if (m[3] === "a" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute, midnight: false };
}

function resolveDate(piece: Piece, ctx: ResolveContext): Resolved | null {
  const text = piece.text;
  switch (piece.kind) {
    case "wd":
      return resolveWeekday(text, ctx);
    case "rel":
      return dayResolved(relativeDay(text, ctx));
    case "part":
      return dayResolved(ctx.anchor ?? ctx.ref);
    case "md":
    case "dm":
      return resolveCalendar(text, ctx, "day");
    case "my":
      return resolveCalendar(text, ctx, "month");
    case "yr":
      return resolveYear(text, ctx);
    default:
      return null;
  }
}

const dayResolved = (day: Day, grain: Grain = "day"): Resolved => ({ value: point(day, grain), day });

function resolveWeekday(text: string, ctx: ResolveContext): Resolved | null {
  const name = /(monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i.exec(text)?.[1]?.toLowerCase();
  if (!name) return null;
  const target = WEEKDAY_INDEX[name]!;
  const mod = /^(last|next|this)\s/i.exec(text)?.[1]?.toLowerCase() ?? null;
  const today = weekday(ctx.ref);
  let delta: number;
  if (mod === "next" || (ctx.future && mod !== "last")) {
    delta = (target - today + 7) % 7;
    if (mod === "next" && delta === 0) delta = 7;
  } else {
    delta = -((today - target + 7) % 7);
    if (mod === "last" && delta === 0) delta = -7;
  }
  return dayResolved(addDays(ctx.ref, delta));
}

function relativeDay(text: string, ctx: ResolveContext): Day {
  const t = text.toLowerCase();
  const base = ctx.anchor ?? ctx.ref;
  if (/yesterday|last night/.test(t)) return addDays(ctx.ref, -1);
  if (/next|following/.test(t)) return addDays(base, 1);
  if (/same/.test(t)) return base;
  return ctx.ref;
}

/** Month-day (and month-year) phrases through compromise-dates, then a news-year correction. */
function resolveCalendar(text: string, ctx: ResolveContext, grain: Grain): Resolved | null {
  const explicitYear = /\b\d{4}\b|\b(?:last|this|next) year\b/i.test(text);
  const day = viaCompromise(text, ctx.ref) ?? ownCalendar(text, ctx.ref);
  if (!day) return null;
  let resolved = day;
  if (!explicitYear) {
    const ms = msOf(point(day, "day"));
    const slack = grain === "month" ? 31 : 7;
    if (!ctx.future && ms > ctx.refMs + slack * 86_400_000) resolved = { ...day, y: day.y - 1 };
    if (ctx.future && ms < ctx.refMs - slack * 86_400_000) resolved = { ...day, y: day.y + 1 };
  }
  return dayResolved(grain === "month" ? { ...resolved, d: 1 } : resolved, grain);
}

function viaCompromise(text: string, ref: Day): Day | null {
  try {
    const found = parseEnglish(text)
      .dates({ today: dayString(ref), timezone: "Asia/Seoul" })
      .get();
    const start = found[0]?.start;
    return start ? parseDay(start) : null;
  } catch {
    return null;
  }
}

function ownCalendar(text: string, ref: Day): Day | null {
  const t = text.toLowerCase();
  const mi = MONTHS.findIndex((m) => new RegExp(`\\b${m}`).test(t));
  if (mi === -1) return null;
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(t.replace(/\b\d{4}\b/, ""));
  const year = /\b(\d{4})\b/.exec(t);
  const rel = /\b(last|next) year\b/.exec(t)?.[1];
  const y = year ? Number(year[1]) : ref.y + (rel === "last" ? -1 : rel === "next" ? 1 : 0);
  return { y, m: mi + 1, d: day ? Number(day[1]) : 1 };
}

function resolveYear(text: string, ctx: ResolveContext): Resolved | null {
  const t = text.toLowerCase();
  const year = /\b(\d{4})\b/.exec(t);
  const y = year
    ? Number(year[1])
    : /last/.test(t)
      ? ctx.ref.y - 1
      : /next/.test(t)
        ? ctx.ref.y + 1
        : ctx.ref.y;
  return dayResolved({ y, m: 1, d: 1 }, "year");
}
