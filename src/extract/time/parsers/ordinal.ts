import { END, WEEKDAYS } from "../constants.js";
import { compile, momentMention, type Parser } from "./parser.js";

// Ordinals within a month: 첫째 화요일, 세번째 화요일, 마지막 일요일, 첫 주, 마지막 주, 마지막 날, 말일.
const ORDINALS: Record<string, number> = { 첫: 1, 첫째: 1, 둘째: 2, 셋째: 3, 넷째: 4, 다섯째: 5, 마지막: -1 };
const PATTERN = compile(
  "(?<![가-힣])(?:(?<ord>첫째|첫\\s?번째|둘째|두\\s?번째|셋째|세\\s?번째|넷째|네\\s?번째|다섯째|다섯\\s?번째|마지막|첫)" +
    "\\s?(?:(?<week>주)|(?<day>날)|(?<wd>[월화수목금토일])요일)|(?<last>말일))" +
    END,
);

const SPELLED: Record<string, number> = { 첫번째: 1, 두번째: 2, 세번째: 3, 네번째: 4, 다섯번째: 5 };

export const ordinalParser: Parser = {
  id: "ko.time.ordinal",
  pattern: PATTERN,
  extract(match) {
    const g = match.groups ?? {};
    if (g.last !== undefined)
      return momentMention(match, "ko.time.ordinal", { date: { ordinal: { n: -1, unit: "day" } } });
    const word = (g.ord ?? "").replace(/\s/g, "");
    const n = ORDINALS[word] ?? SPELLED[word];
    if (n === undefined) return null;
    if (g.week !== undefined)
      return momentMention(match, "ko.time.ordinal", { date: { ordinal: { n, unit: "week" } } });
    if (g.day !== undefined) {
      // 첫날 is the first day of whatever the text is about, not of the month.
      if (n !== -1) return null;
      return momentMention(match, "ko.time.ordinal", { date: { ordinal: { n, unit: "day" } } });
    }
    const weekday = WEEKDAYS[g.wd ?? ""];
    if (weekday === undefined) return null;
    return momentMention(match, "ko.time.ordinal", { date: { ordinal: { n, unit: "weekday" }, weekday } });
  },
};
