import {
  formatByGrain,
  parseTimes,
  type TimeExpression,
  type TimeOptions,
} from "../../src/extract/time/index.js";

/** Tuesday 2026-01-20 10:00 KST, the publication time most tests use. */
export const REF = "2026-01-20T10:00:00+09:00";

/** The single expression in `text`; fails when there is not exactly one. */
export function only(text: string, options: Partial<TimeOptions> = {}): TimeExpression {
  const found = parseTimes(text, { ref: REF, ...options });
  if (found.length !== 1)
    throw new Error(
      `expected one expression in "${text}", got ${found.map((e) => e.text).join(" | ") || "none"}`,
    );
  return found[0] as TimeExpression;
}

/** The value of the single expression at its grain ("2026-01-14", "2026-01-14T15:14:00+09:00"). */
export function valueIn(text: string, options: Partial<TimeOptions> = {}): string | null {
  const e = only(text, options);
  return e.value ? formatByGrain(e.value) : null;
}

export function endIn(text: string, options: Partial<TimeOptions> = {}): string | null {
  const e = only(text, options);
  return e.to ? formatByGrain(e.to) : null;
}
