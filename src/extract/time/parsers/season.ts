import { END } from "../constants.js";
import type { DateSpec } from "../mention.js";
import { compile, momentMention, type Parser } from "./parser.js";

// 이번 여름, 지난 겨울, 올 가을, 봄
const SEASONS: Record<string, NonNullable<DateSpec["season"]>> = {
  봄: "spring",
  여름: "summer",
  가을: "autumn",
  겨울: "winter",
};
const OFFSETS: Record<string, number> = { 지난: -1, 작년: -1, 이번: 0, 올: 0, 다음: 1, 오는: 1, 내년: 1 };
const PATTERN = compile(
  `(?<![가-힣])(?:(?<dir>지난|작년|이번|올|다음|오는|내년)\\s?)?(?<s>봄|여름|가을|겨울)(?:철)?${END}`,
);

export const seasonParser: Parser = {
  id: "ko.time.season",
  pattern: PATTERN,
  extract(match) {
    const season = SEASONS[match.groups?.s ?? ""];
    if (!season) return null;
    const date: DateSpec = { season };
    const dir = match.groups?.dir;
    if (dir !== undefined) date.seasonOffset = OFFSETS[dir] ?? 0;
    return momentMention(match, "ko.time.season", { date });
  },
};
