import type { Mention } from "../mention.js";

/**
 * Keeps the longest of overlapping mentions; on equal length the one found first (the input is in
 * parser priority order). The result is sorted by position.
 */
export function removeOverlaps(mentions: Mention[]): Mention[] {
  const ranked = mentions
    .map((m, order) => ({ m, order }))
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.order - b.order);
  const kept: Mention[] = [];
  for (const { m } of ranked) {
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
