import { GLUE_BEFORE, type PartOfDay } from "../constants.js";
import { compile, momentMention, type Parser } from "./parser.js";

// 새벽, 아침, 오전, 점심, 낮, 오후, 저녁, 밤, 심야, 간밤; 이번 아침 is this morning.
const PATTERN = compile(
  `(?<=^|[^가-힣]|${GLUE_BEFORE}|[0-9]일)(?:(?<this>이번)\\s?|(?<yesterday>어젯))?` +
    "(?<part>한밤중|간밤|지난밤|밤사이|밤새|새벽|아침|오전|점심|한낮|오후|저녁|심야|밤|낮)" +
    // 낮 is also the stem of 낮다 (low): after it only a particle or a space may follow.
    "(?!길|하늘|잠)(?!(?<=낮)(?!$|[^가-힣]|에|부터|까지|시간|의|엔|동안|과|인|이라))",
);

const ALIASES: Record<string, PartOfDay> = { 밤새: "밤사이", 한밤중: "한밤중" };

export const partOfDayParser: Parser = {
  id: "ko.time.part-of-day",
  pattern: PATTERN,
  extract(match) {
    const word = match.groups?.part ?? "";
    const part = (ALIASES[word] ?? word) as PartOfDay;
    const days = match.groups?.yesterday ? -1 : 0;
    const date =
      match.groups?.this || match.groups?.yesterday ? { dayOffset: { base: "ref" as const, days } } : {};
    return momentMention(match, "ko.time.part-of-day", { date, part });
  },
};
