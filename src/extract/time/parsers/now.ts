import { END } from "../constants.js";
import { compile, momentMention, type Parser } from "./parser.js";

// 지금, 방금: the reference time itself.
const PATTERN = compile(`(?<![가-힣])(?:지금|방금)(?!껏)${END}`);

export const nowParser: Parser = {
  id: "ko.time.now",
  pattern: PATTERN,
  extract(match) {
    return momentMention(match, "ko.time.now", { date: {}, now: true });
  },
};
