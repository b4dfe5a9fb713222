import { END, NUM_START } from "../constants.js";
import type { Moment } from "../mention.js";
import { compile, type Parser } from "./parser.js";

// Ranges sharing one unit: 14~15일, 2~4시, 3-5시.
const PATTERN = compile(
  `${NUM_START}(?<a>\\d{1,2})\\s?[~∼〜～-]\\s?(?<b>\\d{1,2})\\s?(?<unit>시|일)(?!간)${END}`,
);

export const compactRangeParser: Parser = {
  id: "ko.time.range",
  pattern: PATTERN,
  extract(match) {
    const g = match.groups ?? {};
    const a = Number(g.a);
    const b = Number(g.b);
    let from: Moment;
    let to: Moment;
    if (g.unit === "일") {
      if (a < 1 || a > 31 || b < 1 || b > 31) return null;
      from = { date: { day: a } };
      to = { date: { day: b } };
    } else {
      if (a > 24 || b > 24) return null;
      from = { date: {}, clock: { hour: a } };
      to = { date: {}, clock: { hour: b } };
    }
    return {
      type: "range",
      start: match.index,
      end: match.index + match[0].length,
      rule: "ko.time.range",
      approximate: false,
      from,
      to,
    };
  },
};
