import type { DateSpec } from "../mention.js";
import { compile, momentMention, type Parser } from "./parser.js";

// 2025.9.29, 2025. 9. 29., 2025-09-29, 2015/3/3, 74/10/31, 9/29
const PATTERN = compile(
  "(?<![0-9.,/:-])(?:" +
    "(?<y>\\d{4})(?<sep>[./-])\\s?(?<m>\\d{1,2})\\k<sep>\\s?(?<d>\\d{1,2})\\.?" +
    "|(?<sy>\\d{2})/(?<sm>\\d{1,2})/(?<sd>\\d{1,2})" +
    // A bare M/D is also a fraction (1/3 수준): not when a quantity word follows.
    "|(?<mm>\\d{1,2})/(?<md>\\d{1,2})(?!\\s?(?:이상|이하|미만|초과|수준|가량|정도|로|으로|만큼|씩|배|에\\s?불과))" +
    ")(?![0-9]|/\\d|\\.\\d|%)",
);

export const numericDateParser: Parser = {
  id: "ko.time.numeric-date",
  pattern: PATTERN,
  extract(match) {
    const g = match.groups ?? {};
    const date: DateSpec = {};
    if (g.y !== undefined) {
      date.year = Number(g.y);
      date.month = Number(g.m);
      date.day = Number(g.d);
    } else if (g.sy !== undefined) {
      date.shortYear = Number(g.sy);
      date.month = Number(g.sm);
      date.day = Number(g.sd);
    } else {
      date.month = Number(g.mm);
      date.day = Number(g.md);
    }
    if (!(date.month >= 1 && date.month <= 12 && (date.day ?? 0) >= 1 && (date.day ?? 0) <= 31)) return null;
    return momentMention(match, "ko.time.numeric-date", { date });
  },
};
