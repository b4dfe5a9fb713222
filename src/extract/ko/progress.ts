import type { ProgressFact, Sentence } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import type { RulePack } from "../rules/pack.js";

const num = (s: string | undefined): number | null => (s ? Number(s.replace(/,/g, "")) : null);

/** Recovery figures in one sentence; per-grade figures carry their scope. */
export function findProgress(sentence: Sentence, pack: RulePack): Array<Omit<ProgressFact, "at">> {
  const out: Array<Omit<ProgressFact, "at">> = [];
  if (!/\d/.test(sentence.text) || !/복구|정상화|재개|가동/u.test(sentence.text)) return out;
  const covered: Array<[number, number]> = [];
  for (const { rule, regex } of pack.progress) {
    for (const m of sentence.text.matchAll(regex)) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      if (covered.some(([a, b]) => span[0] < b && span[1] > a)) continue;
      covered.push(span);
      const g = m.groups ?? {};
      const total = num(g.total);
      const restored = rule.all_restored ? total : num(g.restored);
      const scope =
        g.scope ??
        /([1-4]등급)[^.]{0,15}$/u.exec(sentence.text.slice(Math.max(0, m.index - 18), m.index))?.[1] ??
        null;
      if (restored != null && total != null && restored > total) continue;
      out.push({
        restored,
        total,
        percent: g.percent
          ? Number(g.percent)
          : restored != null && total
            ? round1((restored / total) * 100)
            : null,
        scope,
        evidence: evidenceOf(sentence, rule.id),
      });
    }
  }
  return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
