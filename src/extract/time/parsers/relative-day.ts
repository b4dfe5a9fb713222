import { DAY_COUNT_WORD } from "../constants.js";
import type { DateSpec } from "../mention.js";
import { DAY_COUNT_WORDS } from "../numbers.js";
import { compile, momentMention, type Parser } from "./parser.js";

// Days named relative to the reference (오늘, 어제), to the anchor, the last date the text gave (전날, 다음날),
// or to the day the sentence is about (이날, 당일: news writes them for the dateline day, so a 전날 earlier in
// the sentence does not change what they mean).
const WORDS: Record<string, DateSpec["dayOffset"]> = {
  오늘: { base: "ref", days: 0 },
  금일: { base: "ref", days: 0 },
  어제: { base: "ref", days: -1 },
  어저께: { base: "ref", days: -1 },
  그저께: { base: "ref", days: -2 },
  그제: { base: "ref", days: -2 },
  엊그제: { base: "ref", days: -2 },
  엊그저께: { base: "ref", days: -2 },
  내일: { base: "ref", days: 1 },
  명일: { base: "ref", days: 1 },
  모레: { base: "ref", days: 2 },
  내일모레: { base: "ref", days: 2 },
  글피: { base: "ref", days: 3 },
  이날: { base: "sentence", days: 0 },
  당일: { base: "sentence", days: 0 },
  그날: { base: "anchor", days: 0 },
  같은날: { base: "anchor", days: 0 },
  전날: { base: "anchor", days: -1 },
  전일: { base: "anchor", days: -1 },
  다음날: { base: "anchor", days: 1 },
  이튿날: { base: "anchor", days: 1 },
  익일: { base: "anchor", days: 1 },
  그다음날: { base: "anchor", days: 1 },
};

const PATTERN = compile(
  "(?<![가-힣0-9])(?:" +
    `(?<nth>${DAY_COUNT_WORD}|\\d{1,3}\\s?일)째` +
    "|(?<word>엊그저께|엊그제|그저께|어저께|내일모레|그다음\\s?날|같은\\s?날|이튿\\s?날|다음\\s?날|오늘|금일|어제|그제|내일|명일|모레|글피|이날|당일|그날|전날|전일|익일)" +
    ")(?!날|야|서야|제|자|치|부터야)",
);

const SAME_DAY_TIME = /^\s?(?:오전|오후|새벽|아침|점심|낮|저녁|밤|심야|정오|자정|\d)/;

export const relativeDayParser: Parser = {
  id: "ko.time.relative-day",
  pattern: PATTERN,
  extract(match, text) {
    const g = match.groups ?? {};
    if (g.nth !== undefined) {
      const word = g.nth.replace(/\s/g, "");
      const n = DAY_COUNT_WORDS[word] ?? Number(word.replace("일", ""));
      if (!(n >= 1 && n <= 365)) return null;
      return momentMention(match, "ko.time.relative-day", { date: { nthDay: n } });
    }
    const word = (g.word ?? "").replace(/\s/g, "");
    const offset = WORDS[word];
    if (!offset) return null;
    // 같은 날 is also "a day like …" (악몽 같은 날): only taken at the start of a clause or before a time.
    if (word === "같은날") {
      const before = text.slice(0, match.index);
      const after = text.slice(match.index + match[0].length);
      if (!/(^|[.,!?]\s?|^\s+)$/.test(before) && !SAME_DAY_TIME.test(after)) return null;
    }
    return momentMention(match, "ko.time.relative-day", { date: { dayOffset: offset } });
  },
};
