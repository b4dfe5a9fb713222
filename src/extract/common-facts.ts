import type { ProgressFact, Sentence } from "../contracts.js";
import { evidenceOf } from "./evidence.js";

const num = (s: string | undefined): number | null => (s ? Number(s.replace(/,/g, "")) : null);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** A progress fact from a rule match's named groups (restored, total, percent, scope); null when inconsistent. */
export function progressFromGroups(
  groups: Record<string, string | undefined>,
  sentence: Sentence,
  rule: string,
  options: { allRestored?: boolean; scope?: string | null } = {},
): Omit<ProgressFact, "at"> | null {
  const total = num(groups.total);
  const restored = options.allRestored ? total : num(groups.restored);
  if (restored != null && total != null && (restored > total || total === 0)) return null;
  return {
    restored,
    total,
    percent: groups.percent
      ? Number(groups.percent)
      : restored != null && total
        ? round1((restored / total) * 100)
        : null,
    scope: groups.scope ?? options.scope ?? null,
    evidence: evidenceOf(sentence, rule),
  };
}

/** Milliseconds of the publication time; a date alone stands for the end of that day in KST. */
export function publicationMs(published: string | null): number {
  if (!published) return Number.NaN;
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T23:59:59+09:00` : published);
}
