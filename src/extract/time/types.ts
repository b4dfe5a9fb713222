// Public types of the Korean time-expression module.

export type Grain = "year" | "month" | "week" | "day" | "hour" | "minute";

export interface TimePoint {
  /** Local time with offset, always full ISO ("2025-09-26T20:15:00+09:00"), at the start of its grain. */
  iso: string;
  grain: Grain;
  /**
   * Components written in the text: year, quarter, month, week, weekday, day, meridiem, hour, minute,
   * second, or season, weekend, now and offset (N시간 전). Relative words such as 어제 or 지난달 count as written.
   */
  stated: string[];
  /** Components filled from the reference time or the anchor. */
  implied: string[];
}

export interface TimeExpression {
  text: string;
  /** UTF-16 offsets into the input. */
  span: { start: number; end: number };
  kind: "point" | "interval" | "duration";
  /** The point, or the interval start (null for "before X" / "until X" intervals). */
  value: TimePoint | null;
  /**
   * The interval end as a point: the stated end of a range (`2시부터 4시까지` → 16:00), start + duration,
   * the bound of an until/within phrase, or for named periods (오늘 저녁, 주말, 지난 2주) the last unit
   * inside the period at its grain. null for open "after X" intervals.
   */
  to: TimePoint | null;
  duration: { iso: string; minutes: number; relation: "elapsed" | "span" | null } | null;
  approximate: boolean;
  /** Id of the parser or refiner that produced the expression, e.g. "ko.time.clock". */
  rule: string;
}

export interface TimeOptions {
  /** The reference time: the article's publication time. */
  ref: Date | string;
  /** Lean forward (Duckling's convention) instead of to the past (news). */
  future?: boolean;
  /** The last date the text mentioned; defaults to the reference date. */
  anchor?: TimePoint | null;
  /** Fixed UTC offset the text's clock times are in ("+09:00", KST). Any ±HH:MM is accepted. */
  timezone?: string;
}
