import { END, END_OR_MONTH_PART } from "../constants.js";
import type { DateSpec } from "../mention.js";
import { compile, momentMention, type Parser } from "./parser.js";

// Years, months, weeks and quarters named relative to the reference: 지난해, 이달, 다음 주, 이번 분기, 연말.
const WORDS: Record<string, DateSpec> = {
  재작년: { yearOffset: -2 },
  작년: { yearOffset: -1 },
  지난해: { yearOffset: -1 },
  전년: { yearOffset: -1 },
  올해: { yearOffset: 0 },
  금년: { yearOffset: 0 },
  올: { yearOffset: 0 },
  내년: { yearOffset: 1 },
  다음해: { yearOffset: 1 },
  이듬해: { yearOffset: 1, yearFromAnchor: true },
  내후년: { yearOffset: 2 },
  지지난달: { monthOffset: -2 },
  지난달: { monthOffset: -1 },
  저번달: { monthOffset: -1 },
  전월: { monthOffset: -1 },
  이달: { monthOffset: 0 },
  이번달: { monthOffset: 0 },
  금월: { monthOffset: 0 },
  당월: { monthOffset: 0 },
  다음달: { monthOffset: 1 },
  내달: { monthOffset: 1 },
  익월: { monthOffset: 1 },
  지지난주: { weekOffset: -2 },
  지난주: { weekOffset: -1 },
  저번주: { weekOffset: -1 },
  이번주: { weekOffset: 0 },
  금주: { weekOffset: 0 },
  다음주: { weekOffset: 1 },
  오는주: { weekOffset: 1 },
  다다음주: { weekOffset: 2 },
  지난분기: { quarterOffset: -1 },
  전분기: { quarterOffset: -1 },
  이번분기: { quarterOffset: 0 },
  다음분기: { quarterOffset: 1 },
  연말: { month: 12, monthPart: "end", yearEnd: true },
};

const PATTERN = compile(
  "(?<![가-힣])(?:" +
    "(?<word>재작년|지난\\s?해|전년|올해|금년|올(?=\\s?\\d{1,2}\\s?월)|내년|다음\\s?해|이듬해|내후년|작년" +
    "|지지난\\s?달|지난\\s?달|저번\\s?달|전월|이달|이번\\s?달|금월|당월|다음\\s?달|내달|익월" +
    "|지지난\\s?주|지난\\s?주|저번\\s?주|이번\\s?주|금주|다다음\\s?주|다음\\s?주|오는\\s?주" +
    "|지난\\s?분기|전\\s?분기|이번\\s?분기|다음\\s?분기|연말(?!정산|\\s?[·ㆍ・,]\\s?연시))" +
    "|(?<q>[1-4]|일|이|삼|사)\\s?분기" +
    `)(?!간|동안|내내)${END_OR_MONTH_PART}`,
);

const WORD_END = new RegExp(`^${END}`);

const QUARTERS: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4 };

export const relativePeriodParser: Parser = {
  id: "ko.time.relative-period",
  pattern: PATTERN,
  extract(match, text) {
    const g = match.groups ?? {};
    // Only a month or a year runs into a part of the month (이달말, 올해말); 이번 주말 is a weekend.
    const glued = !WORD_END.test(text.slice(match.index + match[0].length));
    if (g.q !== undefined) {
      if (glued) return null;
      const quarter = QUARTERS[g.q] ?? Number(g.q);
      return momentMention(match, "ko.time.relative-period", { date: { quarter } });
    }
    const spec = WORDS[(g.word ?? "").replace(/\s/g, "")];
    if (!spec) return null;
    const monthOrYear = spec.monthOffset !== undefined || (spec.yearOffset !== undefined && !spec.monthPart);
    if (glued && !monthOrYear) return null;
    return momentMention(match, "ko.time.relative-period", { date: { ...spec } });
  },
};
