import type { DurationSpec, Mention, Moment, Relation } from "../mention.js";

/** One pattern family: a global regex compiled once and a function turning a match into a mention. */
export interface Parser {
  id: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, text: string): Mention | null;
}

export function momentMention(match: RegExpExecArray, rule: string, moment: Moment): Mention {
  return {
    type: "moment",
    start: match.index,
    end: match.index + match[0].length,
    rule,
    approximate: false,
    moment,
  };
}

export function durationMention(
  match: RegExpExecArray,
  rule: string,
  duration: DurationSpec,
  relation: Relation,
  approximate: boolean,
): Mention {
  return {
    type: "duration",
    start: match.index,
    end: match.index + match[0].length,
    rule,
    approximate,
    duration,
    relation,
  };
}

/** Builds a global regex from pattern pieces. */
export function compile(source: string, flags = ""): RegExp {
  return new RegExp(source, `g${flags}`);
}
