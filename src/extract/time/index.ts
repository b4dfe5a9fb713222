// Korean time expressions in news text: dates, clock times, ranges and durations, resolved against
// the publication time and the last date the text mentioned. Standalone: no other jangae module is used.
import { parseWithContext } from "./engine.js";
import { type Context, createContext } from "./resolve/context.js";
import { toTimePoint } from "./resolve/expressions.js";
import type { TimeExpression, TimeOptions, TimePoint } from "./types.js";

export { formatByGrain } from "./format.js";
export type { Grain, TimeExpression, TimeOptions, TimePoint } from "./types.js";

/** Every time expression in `text`, in order. Throws only on invalid options, never on the text. */
export function parseTimes(text: string, options: TimeOptions): TimeExpression[] {
  return parseWithContext(text, createContext(options));
}

/** Parses a document sentence by sentence, carrying the anchor (the last date mentioned) across sentences. */
export class TimeResolver {
  readonly #ctx: Context;

  constructor(options: TimeOptions) {
    this.#ctx = createContext(options);
  }

  parse(sentence: string): TimeExpression[] {
    return parseWithContext(sentence, this.#ctx);
  }

  /** The current anchor; before the text gives a date, the reference date. */
  get anchor(): TimePoint | null {
    const a = this.#ctx.anchor;
    return toTimePoint(
      { wall: a.wall, grain: a.grain, stated: [], implied: a.fromText ? [] : ["year", "month", "day"] },
      this.#ctx.offset,
    );
  }
}
