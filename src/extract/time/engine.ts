// The pipeline: every parser over the text, then refiners that merge and filter, then resolution in order.
import type { Mention } from "./mention.js";
import { PARSERS } from "./parsers/index.js";
import { markApproximations } from "./refiners/approximation.js";
import { mergeMoments } from "./refiners/merge-moments.js";
import { mergeMonthParts } from "./refiners/month-parts.js";
import { mergeOpenIntervals } from "./refiners/open-intervals.js";
import { removeOverlaps } from "./refiners/overlaps.js";
import { mergeRanges } from "./refiners/ranges.js";
import { type Context, startSentence } from "./resolve/context.js";
import { resolveMention } from "./resolve/expressions.js";
import type { TimeExpression } from "./types.js";

export function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const parser of PARSERS) {
    const pattern = parser.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const mention = match[0] ? parser.extract(match, text) : null;
      if (mention) found.push(mention);
      // A match the parser rejects may hide a shorter one starting inside it (15일 이틀간 → 이틀간).
      else pattern.lastIndex = match.index + 1;
    }
  }
  let mentions = removeOverlaps(found);
  mentions = markApproximations(mentions, text);
  mentions = mergeMoments(mentions, text);
  mentions = mergeMonthParts(mentions, text);
  mentions = mergeRanges(mentions, text);
  mentions = mergeOpenIntervals(mentions, text);
  return mentions;
}

/** The end of a sentence between two mentions: 다. 이날 …, a question or a line break. */
const SENTENCE_END = /[.!?。](?:\s|$)|\n/;

/** Resolves `text` as one or more sentences; each starts with 이날 meaning the anchor's day. */
export function parseWithContext(text: string, ctx: Context): TimeExpression[] {
  if (typeof text !== "string" || !text) return [];
  const out: TimeExpression[] = [];
  startSentence(ctx);
  let last = 0;
  for (const mention of findMentions(text)) {
    if (last > 0 && SENTENCE_END.test(text.slice(last, mention.start))) startSentence(ctx);
    last = mention.end;
    const expression = resolveMention(mention, text, ctx);
    if (expression) out.push(expression);
  }
  return out;
}
