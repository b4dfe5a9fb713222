import { END, WEEKDAYS } from "../constants.js";
import type { DateSpec } from "../mention.js";
import { compile, momentMention, type Parser } from "./parser.js";

// 월요일, 지난 월요일, 다음 화요일, and the short form in brackets after a date: 14일(수).
const PATTERN = compile(
  "(?<![가-힣])(?<!매주\\s?)(?:(?<dir>지지난|지난|저번|다음|오는|이번)\\s?)?(?<day>[월화수목금토일])요일" +
    `|(?<=일\\s?)\\((?<short>[월화수목금토일])\\)${END}`,
);

export const weekdayParser: Parser = {
  id: "ko.time.weekday",
  pattern: PATTERN,
  extract(match) {
    const g = match.groups ?? {};
    const weekday = WEEKDAYS[g.day ?? g.short ?? ""];
    if (weekday === undefined) return null;
    const date: DateSpec = { weekday };
    if (g.dir === "지난" || g.dir === "저번") date.weekdayDirection = "past";
    else if (g.dir === "다음" || g.dir === "오는") date.weekdayDirection = "next";
    else if (g.dir === "지지난") date.weekOffset = -2;
    else if (g.dir === "이번") date.weekOffset = 0;
    return momentMention(match, "ko.time.weekday", { date });
  },
};
