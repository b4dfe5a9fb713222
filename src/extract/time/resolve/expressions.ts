// Turns mentions into TimeExpressions, one after another, moving the anchor as dates are met.
import { durationIso, durationMinutes, largestUnit, normalise } from "../durations.js";
import type { DurationSpec, DurationUnit, Mention, Moment, Relation } from "../mention.js";
import type { Grain, TimeExpression, TimePoint } from "../types.js";
import {
  addDays,
  addGrain,
  addMonths,
  type FineGrain,
  truncate,
  type Wall,
  wallToIso,
} from "../wallclock.js";
import type { Context, RPoint } from "./context.js";
import { type Resolved, resolveMoment } from "./moment.js";

const PUBLIC_GRAIN: Record<FineGrain, Grain> = {
  year: "year",
  quarter: "month",
  month: "month",
  week: "week",
  day: "day",
  hour: "hour",
  minute: "minute",
  second: "minute",
};

/** "N units ago / within N units" is reported one grain finer than its largest unit, as Duckling does. */
const FINER: Record<DurationUnit, FineGrain> = {
  year: "month",
  month: "day",
  week: "day",
  day: "hour",
  hour: "minute",
  minute: "second",
  second: "second",
};

const UNIT_GRAIN: Record<DurationUnit, FineGrain> = {
  year: "year",
  month: "month",
  week: "week",
  day: "day",
  hour: "hour",
  minute: "minute",
  second: "second",
};

export function toTimePoint(p: RPoint, offset: string): TimePoint {
  const stated = [...new Set(p.stated)];
  const implied = [...new Set(p.implied)].filter((c) => !stated.includes(c));
  return { iso: wallToIso(truncate(p.wall, p.grain), offset), grain: PUBLIC_GRAIN[p.grain], stated, implied };
}

function addDuration(wall: Wall, spec: DurationSpec, sign: 1 | -1): Wall {
  const n = normalise(spec);
  let w = addMonths(wall, sign * (12 * (n.year ?? 0) + (n.month ?? 0)));
  w = addDays(w, sign * (7 * (n.week ?? 0) + (n.day ?? 0)));
  return w + sign * (((n.hour ?? 0) * 60 + (n.minute ?? 0)) * 60_000 + (n.second ?? 0) * 1000);
}

function durationField(spec: DurationSpec, relation: Relation): TimeExpression["duration"] {
  return { iso: durationIso(spec), minutes: durationMinutes(spec), relation };
}

interface Parts {
  kind: TimeExpression["kind"];
  value: RPoint | null;
  to: RPoint | null;
  duration: TimeExpression["duration"];
  /** The point that becomes the anchor for what follows, if any. */
  anchor: RPoint | null;
}

/** The moments a mention is made of. */
function momentsOf(mention: Mention): Moment[] {
  switch (mention.type) {
    case "moment":
      return [mention.moment];
    case "range":
      return [mention.from, mention.to];
    case "open":
      return [mention.from, mention.to].filter((m): m is Moment => m !== undefined);
    case "span":
      return [mention.from];
    default:
      return [];
  }
}

/**
 * Holidays, seasons, weekends and parts of a month name when something happens in general (추석 승차권,
 * 이달 말 발표), not the day a story is on, so later times do not count from them.
 */
function namesCalendarPeriod(mention: Mention): boolean {
  return momentsOf(mention).some(
    ({ date: d }) =>
      d.holiday !== undefined || d.season !== undefined || d.weekend || d.monthPart !== undefined,
  );
}

export function resolveMention(mention: Mention, text: string, ctx: Context): TimeExpression | null {
  const parts = resolveParts(mention, ctx);
  if (!parts) return null;
  if (
    parts.anchor &&
    ["day", "hour", "minute", "second"].includes(parts.anchor.grain) &&
    !namesCalendarPeriod(mention)
  ) {
    ctx.anchor = {
      wall: parts.anchor.wall,
      grain: parts.anchor.grain,
      hasTime: parts.anchor.grain !== "day",
      fromText: true,
    };
  }
  return {
    text: text.slice(mention.start, mention.end),
    span: { start: mention.start, end: mention.end },
    kind: parts.kind,
    value: parts.value ? toTimePoint(parts.value, ctx.offset) : null,
    to: parts.to ? toTimePoint(parts.to, ctx.offset) : null,
    duration: parts.duration,
    approximate: mention.approximate,
    rule: mention.rule,
  };
}

function fromResolved(r: Resolved): Parts {
  if (r.kind === "point") return { kind: "point", value: r.point, to: null, duration: null, anchor: r.point };
  return { kind: "interval", value: r.from, to: r.to, duration: null, anchor: r.from };
}

const nowPoint = (ctx: Context): RPoint => ({ wall: ctx.ref, grain: "second", stated: ["now"], implied: [] });

function resolveParts(mention: Mention, ctx: Context): Parts | null {
  switch (mention.type) {
    case "moment": {
      const r = resolveMoment(mention.moment, ctx);
      return r ? fromResolved(r) : null;
    }
    case "duration":
      return {
        kind: "duration",
        value: null,
        to: null,
        duration: durationField(mention.duration, mention.relation),
        anchor: null,
      };
    case "offset":
      return resolveOffset(mention.duration, mention.direction, ctx);
    case "rolling":
      return resolveRolling(mention.amount, mention.unit, mention.direction, ctx);
    case "range":
      return resolveRange(mention.from, mention.to, ctx);
    case "open":
      return resolveOpen(mention, ctx);
    case "span":
      return resolveSpan(mention.from, mention.duration, mention.relation, ctx);
  }
}

function resolveOffset(
  spec: DurationSpec,
  direction: Extract<Mention, { type: "offset" }>["direction"],
  ctx: Context,
): Parts {
  const grain = FINER[largestUnit(spec)];
  const duration = durationField(spec, null);
  const point = (wall: Wall): RPoint => ({
    wall: truncate(wall, grain),
    grain,
    stated: ["offset"],
    implied: [],
  });
  switch (direction) {
    case "ago": {
      const p = point(addDuration(ctx.ref, spec, -1));
      return { kind: "point", value: p, to: null, duration, anchor: p };
    }
    case "later": {
      // In news, "이틀 뒤" counts from the date the text gave; an hour count needs a time to count from.
      const anchor = ctx.anchor;
      const fromAnchor =
        !ctx.future &&
        anchor.fromText &&
        (anchor.hasTime || ["year", "month", "week", "day"].includes(largestUnit(spec)));
      const p = point(addDuration(fromAnchor ? anchor.wall : ctx.ref, spec, 1));
      return { kind: "point", value: p, to: null, duration, anchor: p };
    }
    case "after":
      return {
        kind: "interval",
        value: point(addDuration(ctx.ref, spec, 1)),
        to: null,
        duration,
        anchor: null,
      };
    case "within":
      return { kind: "point", value: point(addDuration(ctx.ref, spec, 1)), to: null, duration, anchor: null };
    case "within-interval":
      return {
        kind: "interval",
        value: nowPoint(ctx),
        to: point(addDuration(ctx.ref, spec, 1)),
        duration,
        anchor: null,
      };
  }
}

function resolveRolling(amount: number, unit: DurationUnit, direction: "past" | "next", ctx: Context): Parts {
  const grain = UNIT_GRAIN[unit];
  const current = truncate(ctx.ref, grain);
  const mk = (wall: Wall): RPoint => ({ wall, grain, stated: ["offset"], implied: [] });
  const from = direction === "past" ? addGrain(current, grain, -amount) : addGrain(current, grain, 1);
  const to = direction === "past" ? addGrain(current, grain, -1) : addGrain(current, grain, amount);
  return {
    kind: "interval",
    value: mk(from),
    to: mk(to),
    duration: durationField({ [unit]: amount }, "span"),
    anchor: null,
  };
}

function resolveRange(fromMoment: Moment, toMoment: Moment, ctx: Context): Parts | null {
  const from = resolveMoment(fromMoment, ctx);
  if (!from) return null;
  const start = from.kind === "point" ? from.point : from.from;
  const saved = ctx.rangeStart;
  ctx.rangeStart = start;
  const end = resolveMoment(toMoment, ctx);
  ctx.rangeStart = saved;
  if (!end) return null;
  const to = end.kind === "point" ? end.point : end.to;
  return { kind: "interval", value: start, to, duration: null, anchor: to };
}

function resolveOpen(mention: Extract<Mention, { type: "open" }>, ctx: Context): Parts | null {
  if (mention.from) {
    const r = resolveMoment(mention.from, ctx);
    if (!r) return null;
    const from = r.kind === "point" ? r.point : r.from;
    return { kind: "interval", value: from, to: null, duration: null, anchor: from };
  }
  if (!mention.to) return null;
  const r = resolveMoment(mention.to, ctx);
  if (!r) return null;
  // "Until X" runs to the end of X; "before X" stops at its start.
  const to = r.kind === "point" ? r.point : mention.until ? r.to : r.from;
  // Future mode (Duckling): "until X" starts now. In news the start is unknown.
  const value = mention.until && ctx.future ? nowPoint(ctx) : null;
  return { kind: "interval", value, to, duration: null, anchor: to };
}

function resolveSpan(fromMoment: Moment, spec: DurationSpec, relation: Relation, ctx: Context): Parts | null {
  const r = resolveMoment(fromMoment, ctx);
  if (!r) return null;
  const from = r.kind === "point" ? r.point : r.from;
  const end = addDuration(from.wall, spec, 1);
  const grain: FineGrain = from.grain === "second" ? "second" : durationGrain(spec, from.grain);
  const to: RPoint = { wall: end, grain, stated: ["offset"], implied: [] };
  return { kind: "interval", value: from, to, duration: durationField(spec, relation), anchor: from };
}

/** The end of start + duration is as precise as the finer of the two. */
function durationGrain(spec: DurationSpec, startGrain: FineGrain): FineGrain {
  const order: FineGrain[] = ["year", "quarter", "month", "week", "day", "hour", "minute", "second"];
  const n = normalise(spec);
  const finest = (["second", "minute", "hour", "day", "week", "month", "year"] as DurationUnit[]).find(
    (u) => n[u],
  );
  const g = finest ? UNIT_GRAIN[finest] : startGrain;
  return order.indexOf(g) > order.indexOf(startGrain) ? g : startGrain;
}
