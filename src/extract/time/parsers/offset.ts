import { DURATION_ANY, readDuration } from "../durations.js";
import type { Mention } from "../mention.js";
import { compile, type Parser } from "./parser.js";

// Times counted from now: 3시간 전, 7일전, 이틀 뒤, 5일 후, 한시간 안에, 24시간 내, 2주 이내에, 몇시간 이후.
const PATTERN = compile(
  `(?<![가-힣0-9.,])(?<dur>${DURATION_ANY})\\s?(?<dir>이전|이후|이내에|이내|안에|내에|전|후|뒤|안|내)(?=$|[^가-힣]|[에의은는도만이가로부까])`,
);

const DIRECTIONS: Record<string, Extract<Mention, { type: "offset" }>["direction"]> = {
  전: "ago",
  이전: "ago",
  후: "later",
  뒤: "later",
  이후: "after",
  안: "within",
  안에: "within",
  내: "within",
  내에: "within",
  이내: "within-interval",
  이내에: "within-interval",
};

export const offsetParser: Parser = {
  id: "ko.time.offset",
  pattern: PATTERN,
  extract(match) {
    const parsed = readDuration(match.groups?.dur ?? "");
    const dirWord = match.groups?.dir ?? "";
    const direction = DIRECTIONS[dirWord];
    if (!parsed || !direction) return null;
    const only = parsed.units.length === 1 ? parsed.units[0] : undefined;
    // 15일 이후 / 15일 이전 is after / before the 15th: left to the date parser.
    if (only === "day" && (dirWord === "이후" || dirWord === "이전") && /^\d/.test(match[0])) {
      if ((parsed.spec.day ?? 0) <= 31) return null;
    }
    return {
      type: "offset",
      start: match.index,
      end: match.index + match[0].length,
      rule: "ko.time.offset",
      approximate: parsed.approximate,
      duration: parsed.spec,
      direction,
    };
  },
};
