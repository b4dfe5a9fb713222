import type { ProgressFact, Sentence } from "../../contracts.js";
import { progressFromGroups } from "../common-facts.js";
import type { EnglishCues } from "./cues.js";

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
      const fact = progressFromGroups(m.groups ?? {}, sentence, rule.id);
      if (fact) out.push(fact);
    }
  }
  return out;
}
