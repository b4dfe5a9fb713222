import { END, END_OR_MONTH_PART, NUM_START } from "../constants.js";
import type { DateSpec } from "../mention.js";
import { compile, momentMention, type Parser } from "./parser.js";

/** 30일 동안, 3일 만에, 30일 정도: a count of days, read by the duration parser. */
const NOT_A_COUNT = "(?!\\s?(?:동안|만에|만의|가량|정도|남짓|넘게|이상|미만|내외|연속))";

// 2026년 1월 14일, 1월 14일, 14일, 2023년, 2023년 11월, '25년, 지난 30일, 오는 5일, 지난 3월, 올 3월
const PATTERN = compile(
  `${NUM_START}(?:` +
    "(?<y>\\d{4}|['’]\\d{2}|\\d{2})\\s?년(?:\\s{0,2}(?<ym>\\d{1,2})\\s?월(?:\\s{0,2}(?<ymd>\\d{1,2})\\s?일)?)?" +
    "|(?:(?<mp>지난|오는|다음|올)\\s?)?(?<m>\\d{1,2})\\s?월(?:\\s{0,2}(?<md>\\d{1,2})\\s?일)?" +
    "|(?:(?<dp>지난|오는)\\s?)?(?<d>\\d{1,2})\\s?일" +
    `)${END_OR_MONTH_PART}${NOT_A_COUNT}`,
);

/** Only a month or a year may be followed by a part of the month with no space (10월말, 14일말 is not). */
const WORD_END = new RegExp(`^${END}`);

export const absoluteDateParser: Parser = {
  id: "ko.time.date",
  pattern: PATTERN,
  extract(match, text) {
    const g = match.groups ?? {};
    if ((g.d ?? g.md ?? g.ymd) !== undefined && !WORD_END.test(text.slice(match.index + match[0].length)))
      return null;
    const date: DateSpec = {};
    if (g.y !== undefined) {
      const digits = g.y.replace(/['’]/, "");
      if (digits.length === 2) date.shortYear = Number(digits);
      else date.year = Number(digits);
      if (!setMonthDay(date, g.ym, g.ymd)) return null;
    } else if (g.m !== undefined) {
      if (!setMonthDay(date, g.m, g.md)) return null;
      if (g.mp === "올") date.yearOffset = 0;
      else if (g.mp) date.monthDirection = g.mp === "지난" ? "past" : "next";
    } else if (g.d !== undefined) {
      if (!setMonthDay(date, undefined, g.d)) return null;
      if (g.dp) date.dayDirection = g.dp === "지난" ? "past" : "next";
    } else {
      return null;
    }
    return momentMention(match, "ko.time.date", { date });
  },
};

export function setMonthDay(
  date: DateSpec,
  monthText: string | undefined,
  dayText: string | undefined,
): boolean {
  if (monthText !== undefined) {
    const month = Number(monthText);
    if (!(month >= 1 && month <= 12)) return false;
    date.month = month;
  }
  if (dayText !== undefined) {
    const day = Number(dayText);
    if (!(day >= 1 && day <= 31)) return false;
    date.day = day;
  }
  return true;
}
