import type { ProgressFact, Sentence } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import type { EnglishCues } from "./cues.js";

const num = (s: string | undefined): number | null => (s ? Number(s.replace(/,/g, "")) : null);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Recovery figures in one sentence ("640 of the 709 systems", "a recovery rate of 90.3 percent"). */
export function findProgress(sentence: Sentence, cues: EnglishCues): Array<Omit<ProgressFact, "at">> {
  const out: Array<Omit<ProgressFact, "at">> = [];
  const covered: Array<[number, number]> = [];
  for (const { rule, regex } of cues.progress) {
    regex.lastIndex = 0;
    for (const m of sentence.text.matchAll(regex)) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      if (covered.some(([a, b]) => span[0] < b && span[1] > a)) continue;
      covered.push(span);
      const g = m.groups ?? {};
      const restored = num(g.restored);
      const total = num(g.total);
      if (restored != null && total != null && (restored > total || total === 0)) continue;
      out.push({
        restored,
        total,
        percent: g.percent
          ? Number(g.percent)
          : restored != null && total
            ? round1((restored / total) * 100)
            : null,
        scope: g.scope ?? null,
        evidence: evidenceOf(sentence, rule.id),
      });
    }
  }
  return out;
}
