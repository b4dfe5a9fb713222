/** How precisely a time is known. */
export type Grain = "year" | "month" | "day" | "minute";

export interface EnTimePoint {
  /** ISO 8601 in KST (+09:00); the start of the grain for coarse times. */
  iso: string;
  grain: Grain;
}

export interface Span {
  start: number;
  end: number;
}

export interface EnTimeExpression {
  kind: "point" | "interval" | "duration";
  /** Offsets inside the sentence. */
  span: Span;
  text: string;
  /** The point, or an interval's start. */
  value: EnTimePoint | null;
  /** An interval's end. */
  to: EnTimePoint | null;
  /** Length of a duration in minutes. */
  minutes: number | null;
  /** "for 89 minutes", "a 2.5-hour outage": the length of the outage itself. */
  outageLength: boolean;
  /** When something was said ("said Monday") or a dateline, not when it happened. */
  statement: boolean;
  /** A promised or forecast time ("expected … by Friday"). */
  future: boolean;
  /** The preposition right before the expression: at, from, since, until, by, as of, … */
  prep: string | null;
  /** The calendar day the text names (YYYY-MM-DD), kept apart from `value` for "until midnight Tuesday". */
  day: string | null;
  rule: string;
}
