import { END, NATIVE_COUNT, SINO } from "../constants.js";
import type { DurationUnit, Mention } from "../mention.js";
import { parseCount } from "../numbers.js";
import { compile, type Parser } from "./parser.js";

// Whole units before or after the current one: 지난 2주, 지난 24시간, 다음 3달, 최근 3일.
// 지난 30일 is the 30th of a month, so day windows take only 최근, 향후 and 앞으로.
const PATTERN = compile(
  `(?<![가-힣])(?<dir>지난|저번|최근|다음|향후|앞으로)\\s?(?<n>\\d{1,3}|몇|${NATIVE_COUNT}|${SINO})\\s?(?<unit>초|분|시간|주일|주|달|개월|년|해|일)` +
    `(?!\\s?(?:간|동안|째|만|여|전|후|뒤|이내|안에|내에|(?:안|내)(?![가-힣])))${END}`,
);

const UNITS: Record<string, DurationUnit> = {
  초: "second",
  분: "minute",
  시간: "hour",
  주: "week",
  주일: "week",
  달: "month",
  개월: "month",
  년: "year",
  해: "year",
  일: "day",
};

export const rollingParser: Parser = {
  id: "ko.time.rolling",
  pattern: PATTERN,
  extract(match) {
    const g = match.groups ?? {};
    const unit = UNITS[g.unit ?? ""];
    const amount = parseCount(g.n ?? "");
    const dir = g.dir ?? "";
    if (!unit || amount === null || !Number.isInteger(amount) || amount < 1) return null;
    if (unit === "day" && (dir === "지난" || dir === "저번" || dir === "다음")) return null;
    if (unit === "year" && amount >= 100) return null;
    const mention: Mention = {
      type: "rolling",
      start: match.index,
      end: match.index + match[0].length,
      rule: "ko.time.rolling",
      approximate: false,
      amount,
      unit,
      direction: dir === "지난" || dir === "저번" || dir === "최근" ? "past" : "next",
    };
    return mention;
  },
};
