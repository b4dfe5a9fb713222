import { APPROX_PREFIX, APPROX_SUFFIX_ATTACHED, APPROX_SUFFIX_SPACED } from "../constants.js";
import type { Mention } from "../mention.js";

// 약 3시간, 오후 3시14분께, 2시간여, 14일 무렵, 3시간 가량: the value is kept and marked approximate.
const AFTER = "(?=$|[^가-힣]|[에의이가을를은는로와과도만부까엔])";
const SUFFIX = new RegExp(`^(?:${APPROX_SUFFIX_ATTACHED}|\\s${APPROX_SUFFIX_SPACED})${AFTER}`);
const PREFIX = new RegExp(`(${APPROX_PREFIX}\\s?)$`);
const HANGUL_CHAR = /[가-힣]/;

export function markApproximations(mentions: Mention[], text: string): Mention[] {
  return mentions.map((m, i) => {
    const next = mentions[i + 1];
    const prev = mentions[i - 1];
    let { start, end, approximate } = m;
    const after = SUFFIX.exec(text.slice(end, end + 4));
    if (after && (!next || end + after[0].length <= next.start)) {
      end += after[0].length;
      approximate = true;
    }
    const before = PREFIX.exec(text.slice(Math.max(0, start - 6), start));
    if (before?.[1]) {
      const newStart = start - before[1].length;
      const glued = newStart > 0 && HANGUL_CHAR.test(text[newStart - 1] ?? "");
      if (!glued && (!prev || prev.end <= newStart)) {
        start = newStart;
        approximate = true;
      }
    }
    return approximate === m.approximate && start === m.start && end === m.end
      ? m
      : { ...m, start, end, approximate };
  });
}
