import { END } from "../constants.js";
import type { DateSpec } from "../mention.js";
import { compile, momentMention, type Parser } from "./parser.js";

// 주말, 지난 주말, 지난주말, 이번 주말, 다음 주말
const OFFSETS: Record<string, number> = { 지지난: -2, 지난: -1, 저번: -1, 이번: 0, 다음: 1, 오는: 1 };
const PATTERN = compile(`(?<![가-힣])(?:(?<dir>지지난|지난|저번|이번|다음|오는)\\s?(?:주\\s?)?)?주말${END}`);

export const weekendParser: Parser = {
  id: "ko.time.weekend",
  pattern: PATTERN,
  extract(match) {
    const dir = match.groups?.dir;
    const date: DateSpec = { weekend: true };
    if (dir !== undefined) date.weekOffset = OFFSETS[dir] ?? 0;
    return momentMention(match, "ko.time.weekend", { date });
  },
};
