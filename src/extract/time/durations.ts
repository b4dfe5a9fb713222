// Lengths of time: the pattern pieces that find them and the arithmetic that normalises them.
import { DAY_COUNT_WORD, NATIVE_COUNT, SINO } from "./constants.js";
import type { DurationSpec, DurationUnit } from "./mention.js";
import { DAY_COUNT_WORDS, parseCount } from "./numbers.js";

const DIGIT_COUNT = "(?:\\d{1,4}(?:\\.\\d{1,2})?|몇)";
// 분기 is a quarter and 3분의 1 a third, not minutes.
const UNIT = "(?:개월|주일|시간|년|달|주|일|분(?!기|야|의\\s?[0-9일이삼사오육칠팔구])|초)";
const DIGIT_PART = `${DIGIT_COUNT}여?\\s?${UNIT}(?:\\s?반)?여?`;
const NATIVE_PART = `${NATIVE_COUNT}\\s?(?:시간|달|해|주)(?:\\s?반)?여?`;
const SINO_PART = `${SINO}\\s?${UNIT}(?:\\s?반)?`;
const WORD_PART = `(?:${DAY_COUNT_WORD}|일주일)(?:\\s?반)?여?`;

const PLAIN_PART = `(?:${DIGIT_PART}|${NATIVE_PART}|${WORD_PART})`;
const ANY_PART = `(?:${DIGIT_PART}|${WORD_PART}|${NATIVE_PART}|${SINO_PART})`;

/** A duration of up to three parts in Arabic digits, native numbers or day words (2시간 30분, 두 달, 사흘). */
export const DURATION = `${PLAIN_PART}(?:\\s?${PLAIN_PART}){0,2}`;
/** The same, also allowing Sino-Korean counts (이분, 삼년): only where a suffix or prefix makes it a duration. */
export const DURATION_ANY = `${ANY_PART}(?:\\s?${ANY_PART}){0,2}`;

const PART_RE = new RegExp(
  `(?<week>일주일)|(?<word>${DAY_COUNT_WORD})(?<whalf>\\s?반)?|(?<count>\\d{1,4}(?:\\.\\d{1,2})?|몇|${NATIVE_COUNT}|${SINO})(?<pre>여)?\\s?(?<unit>개월|주일|시간|년|해|달|주|일|분|초)(?<half>\\s?반)?`,
  "g",
);

const UNITS: Record<string, DurationUnit> = {
  년: "year",
  해: "year",
  개월: "month",
  달: "month",
  주: "week",
  주일: "week",
  일: "day",
  시간: "hour",
  분: "minute",
  초: "second",
};

const UNIT_ORDER: DurationUnit[] = ["year", "month", "week", "day", "hour", "minute", "second"];

const MINUTES_PER: Record<DurationUnit, number> = {
  year: 365 * 1440,
  month: 30 * 1440,
  week: 7 * 1440,
  day: 1440,
  hour: 60,
  minute: 1,
  second: 1 / 60,
};

export interface ParsedDuration {
  spec: DurationSpec;
  /** 여 was written (30여분, 2시간여): "more than, about". */
  approximate: boolean;
  /** Sino-Korean counts were used (이분, 삼년). */
  sino: boolean;
  /** Units in the order written. */
  units: DurationUnit[];
}

/** Reads a matched duration text; null when the parts are not in decreasing unit order or a count is unreadable. */
export function readDuration(text: string): ParsedDuration | null {
  const spec: DurationSpec = {};
  const units: DurationUnit[] = [];
  let sino = false;
  for (const m of text.matchAll(PART_RE)) {
    const g = m.groups ?? {};
    let unit: DurationUnit;
    let count: number | null;
    if (g.week !== undefined) {
      unit = "week";
      count = 1;
    } else if (g.word !== undefined) {
      unit = "day";
      count = DAY_COUNT_WORDS[g.word] ?? null;
      if (g.whalf) count = count === null ? null : count + 0.5;
    } else {
      unit = UNITS[g.unit ?? ""] ?? "day";
      count = parseCount(g.count ?? "");
      if (count !== null && g.half) count += 0.5;
      if (/^[일이삼사오육칠팔구십백천]+$/.test(g.count ?? "")) sino = true;
    }
    if (count === null || count <= 0) return null;
    // 2018년 is a year, never a count of years.
    if (unit === "year" && count >= 1000) return null;
    const last = units[units.length - 1];
    if (last !== undefined && UNIT_ORDER.indexOf(unit) <= UNIT_ORDER.indexOf(last)) return null;
    units.push(unit);
    spec[unit] = count;
  }
  if (!units.length) return null;
  return { spec, approximate: text.includes("여"), sino, units };
}

export function durationMinutes(spec: DurationSpec): number {
  let total = 0;
  for (const unit of UNIT_ORDER) total += (spec[unit] ?? 0) * MINUTES_PER[unit];
  return Math.round(total * 1000) / 1000;
}

/** ISO 8601 duration: P1Y6M, P3D, P2W, PT2H30M. Fractions carry down (1.5시간 → PT1H30M). */
export function durationIso(spec: DurationSpec): string {
  const whole = normalise(spec);
  const onlyWeeks = UNIT_ORDER.every((u) => u === "week" || !whole[u]);
  if (onlyWeeks && whole.week) return `P${whole.week}W`;
  const days = (whole.day ?? 0) + 7 * (whole.week ?? 0);
  let date = "";
  if (whole.year) date += `${whole.year}Y`;
  if (whole.month) date += `${whole.month}M`;
  if (days) date += `${days}D`;
  let time = "";
  if (whole.hour) time += `${whole.hour}H`;
  if (whole.minute) time += `${whole.minute}M`;
  if (whole.second) time += `${whole.second}S`;
  if (!date && !time) return "PT0S";
  return `P${date}${time ? `T${time}` : ""}`;
}

const CARRY: Partial<Record<DurationUnit, [DurationUnit, number]>> = {
  year: ["month", 12],
  month: ["day", 30],
  week: ["day", 7],
  day: ["hour", 24],
  hour: ["minute", 60],
  minute: ["second", 60],
};

export function normalise(spec: DurationSpec): DurationSpec {
  const out: DurationSpec = { ...spec };
  for (const unit of UNIT_ORDER) {
    const value = out[unit];
    if (value === undefined) continue;
    const whole = Math.floor(value + 1e-9);
    const rest = value - whole;
    out[unit] = whole;
    const carry = CARRY[unit];
    if (rest > 1e-9 && carry) out[carry[0]] = (out[carry[0]] ?? 0) + rest * carry[1];
  }
  if (out.second !== undefined) out.second = Math.round(out.second);
  return out;
}

/** The largest unit written: it decides how precisely "N units ago / within N units" is reported. */
export function largestUnit(spec: DurationSpec): DurationUnit {
  return UNIT_ORDER.find((u) => spec[u] !== undefined) ?? "minute";
}
