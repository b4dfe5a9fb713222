import { END } from "../constants.js";
import { HOLIDAY_PATTERN } from "../holidays.js";
import { compile, momentMention, type Parser } from "./parser.js";

// Named holidays (광복절, 추석). A holiday period (연휴) is not a date and is not matched.
const PATTERN = compile(`(?<![가-힣])(?:${HOLIDAY_PATTERN})${END}`);

export const holidayParser: Parser = {
  id: "ko.time.holiday",
  pattern: PATTERN,
  extract(match) {
    return momentMention(match, "ko.time.holiday", { date: { holiday: match[0].replace(/\s/g, "") } });
  },
};
