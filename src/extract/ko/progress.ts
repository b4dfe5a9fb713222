import type { ProgressFact, Sentence } from "../../contracts.js";
import { progressFromGroups } from "../common-facts.js";
import type { RulePack } from "../rules/pack.js";

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
      const scope =
        /([1-4]등급)[^.]{0,15}$/u.exec(sentence.text.slice(Math.max(0, m.index - 18), m.index))?.[1] ?? null;
      const fact = progressFromGroups(m.groups ?? {}, sentence, rule.id, {
        allRestored: rule.all_restored,
        scope,
      });
      if (fact) out.push(fact);
    }
  }
  return out;
}
