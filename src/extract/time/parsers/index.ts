import { absoluteDateParser } from "./absolute-date.js";
import { clockParser } from "./clock.js";
import { compactRangeParser } from "./compact-range.js";
import { durationParser } from "./duration.js";
import { holidayParser } from "./holiday.js";
import { nowParser } from "./now.js";
import { numericDateParser } from "./numeric-date.js";
import { offsetParser } from "./offset.js";
import { ordinalParser } from "./ordinal.js";
import type { Parser } from "./parser.js";
import { partOfDayParser } from "./part-of-day.js";
import { relativeDayParser } from "./relative-day.js";
import { relativePeriodParser } from "./relative-period.js";
import { rollingParser } from "./rolling.js";
import { seasonParser } from "./season.js";
import { sinoDateParser } from "./sino-date.js";
import { weekdayParser } from "./weekday.js";
import { weekendParser } from "./weekend.js";

/** In priority order: when two matches cover the same text, the earlier parser wins. */
export const PARSERS: readonly Parser[] = [
  compactRangeParser,
  offsetParser,
  rollingParser,
  relativeDayParser,
  numericDateParser,
  absoluteDateParser,
  sinoDateParser,
  clockParser,
  durationParser,
  weekendParser,
  relativePeriodParser,
  ordinalParser,
  weekdayParser,
  holidayParser,
  seasonParser,
  partOfDayParser,
  nowParser,
];
