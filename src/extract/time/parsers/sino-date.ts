import { END, SINO } from "../constants.js";
import type { DateSpec } from "../mention.js";
import { sinoToNumber } from "../numbers.js";
import { compile, momentMention, type Parser } from "./parser.js";

// 이천십오년 삼월 삼일, 시월 구일. Sino-Korean numerals collide with ordinary words (삼일절, 오일, 이월),
// so at least two of year, month and day must be written.
const MONTH = `(${SINO}|시|유)월`;
const PATTERN = compile(
  `(?<![가-힣])(?:(${SINO})년\\s{0,2}${MONTH}(?:\\s{0,2}(${SINO})일)?|${MONTH.replace("(", "(?<m2>")}\\s{0,2}(?<d2>${SINO})일)${END}`,
);

const IRREGULAR_MONTHS: Record<string, number> = { 시: 10, 유: 6 };

export const sinoDateParser: Parser = {
  id: "ko.time.date",
  pattern: PATTERN,
  extract(match) {
    const [, yearText, monthText, dayText] = match;
    const date: DateSpec = {};
    const month = readMonth(monthText ?? match.groups?.m2);
    const dayWritten = dayText ?? match.groups?.d2;
    const day = dayWritten === undefined ? undefined : sinoToNumber(dayWritten);
    if (month === null || day === null) return null;
    if (yearText !== undefined) {
      const year = sinoToNumber(yearText);
      if (year === null || year < 1000) return null;
      date.year = year;
    }
    date.month = month;
    if (day !== undefined) {
      if (day < 1 || day > 31) return null;
      date.day = day;
    }
    return momentMention(match, "ko.time.date", { date });
  },
};

function readMonth(text: string | undefined): number | null {
  if (text === undefined) return null;
  const month = IRREGULAR_MONTHS[text] ?? sinoToNumber(text);
  return month !== null && month >= 1 && month <= 12 ? month : null;
}
