import { END, NATIVE_HOUR, NUM_START, SINO } from "../constants.js";
import type { ClockSpec } from "../mention.js";
import { nativeToNumber, parseCount } from "../numbers.js";
import { compile, momentMention, type Parser } from "./parser.js";

// 3시14분, 3시 14분, 3시 반, 15시, 0시, 세시이십분, 15:14, 3:20pm, 3PM, 정오, 자정.
// 네시십오분전 is a quarter to four (15 minutes before the hour), written without a space.
const MINUTE = `(?:\\d{1,2}|${SINO})`;
const AFTER_HOUR = (p: string) =>
  `(?:\\s?(?:(?<${p}before>${MINUTE})분전(?!후)|(?<${p}m>${MINUTE})\\s?분(?!기|야)(?:\\s?(?<${p}s>${MINUTE})\\s?초)?|(?<${p}half>반)))?(?:\\s?정각)?`;

const PATTERN = compile(
  `${NUM_START}(?<ah>\\d{1,2})\\s?시${AFTER_HOUR("a")}${END}` +
    `|(?<=^|[^가-힣]|오전|오후|새벽|아침|낮|저녁|밤|심야|점심)(?<nh>${NATIVE_HOUR})\\s?시${AFTER_HOUR("n")}${END}` +
    "|(?<![0-9.:])(?<ch>\\d{1,2}):(?<cm>\\d{2})(?::(?<cs>\\d{2}))?(?![0-9:])(?:\\s?(?<cap>[ap]\\.?m\\.?|[ap])(?![a-z]))?" +
    `|${NUM_START}(?<eh>\\d{1,2})\\s?(?<eap>[ap]\\.?m\\.?)(?![a-z])` +
    `|(?<![가-힣])(?<named>정오|자정)${END}`,
  "i",
);

export const clockParser: Parser = {
  id: "ko.time.clock",
  pattern: PATTERN,
  extract(match) {
    const clock = readClock(match.groups ?? {});
    if (!clock) return null;
    return momentMention(match, "ko.time.clock", { date: {}, clock });
  },
};

function readClock(g: Record<string, string | undefined>): ClockSpec | null {
  if (g.named) return g.named === "정오" ? { hour: 12, named: "noon" } : { hour: 24, named: "midnight" };
  if (g.ch !== undefined) {
    return build(Number(g.ch), g.cm, g.cs, undefined, undefined, meridiemOf(g.cap));
  }
  if (g.eh !== undefined)
    return build(Number(g.eh), undefined, undefined, undefined, undefined, meridiemOf(g.eap));
  const prefix = g.ah !== undefined ? "a" : "n";
  const hour = g.ah !== undefined ? Number(g.ah) : nativeToNumber(g.nh ?? "");
  if (hour === null) return null;
  return build(hour, g[`${prefix}m`], g[`${prefix}s`], g[`${prefix}half`], g[`${prefix}before`], undefined);
}

function build(
  hour: number,
  minuteText: string | undefined,
  secondText: string | undefined,
  half: string | undefined,
  beforeText: string | undefined,
  meridiem: ClockSpec["meridiem"],
): ClockSpec | null {
  const clock: ClockSpec = { hour };
  if (minuteText !== undefined) {
    const minute = parseCount(minuteText);
    if (minute === null || minute > 59 || !Number.isInteger(minute)) return null;
    clock.minute = minute;
  }
  if (half !== undefined) clock.minute = 30;
  if (secondText !== undefined) {
    const second = parseCount(secondText);
    if (second === null || second > 59 || !Number.isInteger(second)) return null;
    clock.second = second;
  }
  if (beforeText !== undefined) {
    const before = parseCount(beforeText);
    if (before === null || before < 1 || before > 59 || hour < 1) return null;
    clock.hour = hour - 1;
    clock.minute = 60 - before;
  }
  if (meridiem) {
    if (clock.hour < 1 || clock.hour > 12) return null;
    clock.meridiem = meridiem;
  }
  if (clock.hour > 24 || (clock.hour === 24 && (clock.minute ?? 0) + (clock.second ?? 0) > 0)) return null;
  return clock;
}

function meridiemOf(text: string | undefined): ClockSpec["meridiem"] {
  if (!text) return undefined;
  return text.toLowerCase().startsWith("a") ? "am" : "pm";
}
