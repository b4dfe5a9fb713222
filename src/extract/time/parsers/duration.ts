import { END } from "../constants.js";
import { DURATION, readDuration } from "../durations.js";
import type { Relation } from "../mention.js";
import { compile, durationMention, type Parser } from "./parser.js";

// 2시간30분, 78시간, 22분간, 사흘, 열흘, 1주일, 두 달, 95일, 18시간 만에, 35일 만에, 3시간째.
// 만에 (and 째) measure time elapsed since something began; 동안 and 간 measure a span.
const PATTERN = compile(
  `(?<![가-힣0-9.,])(?<dur>${DURATION})(?<rel>\\s?동안|간|\\s?만에|\\s?만의|\\s?만|째)?${END}`,
);

/** Words after a bare day or year count that make it a length of time, not a date. */
const COUNT_FOLLOWERS = /^\s?(?:가량|정도|남짓|넘게|이상|이하|미만|내외|여|쯤|치|연속)/;

export const durationParser: Parser = {
  id: "ko.time.duration",
  pattern: PATTERN,
  extract(match, text) {
    const parsed = readDuration(match.groups?.dur ?? "");
    if (!parsed) return null;
    const rel = (match.groups?.rel ?? "").trim();
    const relation: Relation = rel === "" ? null : rel === "동안" || rel === "간" ? "span" : "elapsed";
    const only = parsed.units.length === 1 ? parsed.units[0] : undefined;
    const count = only ? (parsed.spec[only] ?? 0) : 0;
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 4);
    const isCount = relation !== null || parsed.approximate || COUNT_FOLLOWERS.test(after);
    // 사흘째, 3일째: the nth day, read by the relative-day parser.
    if (rel === "째" && parsed.units.includes("day") && parsed.units.length === 1) return null;
    // 14일 is a date and 12년 a year unless something marks them as a count.
    const digitsOnly = /^\d/.test(match.groups?.dur ?? "");
    if (only === "day" && digitsOnly && count <= 31 && Number.isInteger(count) && !isCount) return null;
    if (only === "year" && digitsOnly && count >= 10 && !isCount) return null;
    if (only === "week" && count > 60) return null;
    return durationMention(match, "ko.time.duration", parsed.spec, relation, parsed.approximate);
  },
};
