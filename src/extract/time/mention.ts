// What the parsers find, before it is resolved against the reference time and the anchor.
import type { PartOfDay } from "./constants.js";

export type DurationUnit = "year" | "month" | "week" | "day" | "hour" | "minute" | "second";

/** A length of time by unit, as written (1년 6개월 → {year: 1, month: 6}). */
export type DurationSpec = Partial<Record<DurationUnit, number>>;

export type Direction = "past" | "next";

export type MonthPart = "start" | "middle" | "late" | "end";

export interface DateSpec {
  year?: number;
  /** A two-digit year ('25년, 74/10/31), widened against the reference year. */
  shortYear?: number;
  /** Relative to the reference year (작년 → -1) or, with yearFromAnchor, to the anchor's year (이듬해). */
  yearOffset?: number;
  yearFromAnchor?: boolean;
  month?: number;
  monthOffset?: number;
  /** 지난 3월 / 다음 3월: the month before or after the reference month. */
  monthDirection?: Direction;
  day?: number;
  /** 지난 30일 / 오는 5일. */
  dayDirection?: Direction;
  /**
   * 오늘, 어제 count from the reference; 전날, 다음날 from the anchor (the last date or time given);
   * 이날, 당일 from the sentence's day (see Context.sentenceDay).
   */
  dayOffset?: { base: "ref" | "anchor" | "sentence"; days: number };
  /** 사흘째 → 3: the third day of what the text is about. */
  nthDay?: number;
  weekOffset?: number;
  weekday?: number;
  weekdayDirection?: Direction;
  /** 첫째 화요일, 마지막 주, 마지막 날 within the month; n = -1 for 마지막. */
  ordinal?: { n: number; unit: "weekday" | "week" | "day" };
  quarter?: number;
  quarterOffset?: number;
  /** 10월 초 / 중순 / 하순 / 말: a part of the month (초 and 초순 the 1st–10th, 말 its last day). */
  monthPart?: MonthPart;
  /** 연말: Dec 31 of the year written, else the nearest one (news) or the coming one (future). */
  yearEnd?: boolean;
  holiday?: string;
  weekend?: boolean;
  season?: "spring" | "summer" | "autumn" | "winter";
  seasonOffset?: number;
}

export interface ClockSpec {
  hour: number;
  minute?: number;
  second?: number;
  /** From 오전/오후 or AM/PM. */
  meridiem?: "am" | "pm";
  /** 정오 (noon) and 자정 (midnight, read as 24시). */
  named?: "noon" | "midnight";
}

export interface Moment {
  date: DateSpec;
  part?: PartOfDay;
  clock?: ClockSpec;
  /** 지금, 방금. */
  now?: boolean;
}

interface MentionBase {
  start: number;
  end: number;
  rule: string;
  approximate: boolean;
}

export type Relation = "elapsed" | "span" | null;

export type Mention =
  | (MentionBase & { type: "moment"; moment: Moment })
  | (MentionBase & { type: "duration"; duration: DurationSpec; relation: Relation })
  | (MentionBase & {
      type: "offset";
      duration: DurationSpec;
      direction: "ago" | "later" | "within" | "within-interval" | "after";
    })
  | (MentionBase & { type: "rolling"; amount: number; unit: DurationUnit; direction: Direction })
  | (MentionBase & { type: "range"; from: Moment; to: Moment })
  | (MentionBase & { type: "open"; from?: Moment; to?: Moment; until?: boolean })
  | (MentionBase & { type: "span"; from: Moment; duration: DurationSpec; relation: Relation });

export type MomentMention = Extract<Mention, { type: "moment" }>;
