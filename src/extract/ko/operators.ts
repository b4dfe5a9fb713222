import type { OperatorFact, Sentence } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import type { GazetteerMatcher } from "../gazetteer.js";
import type { RulePack } from "../rules/pack.js";

export interface OperatorMention extends OperatorFact {
  /** Offset inside the sentence. */
  at: number;
}

export function findOperators(
  sentence: Sentence,
  pack: RulePack,
  gazetteer: GazetteerMatcher,
): OperatorMention[] {
  const out: OperatorMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const hit of gazetteer.find(sentence.text)) {
    taken.push([hit.index, hit.end]);
    out.push({
      name: hit.surface,
      canonical: hit.canonical,
      at: hit.index,
      evidence: evidenceOf(sentence, "ko.operator.gazetteer"),
    });
  }
  for (const { rule, regex } of pack.operators.rules) {
    for (const m of sentence.text.matchAll(regex)) {
      const name = m.groups?.name;
      if (!name) continue;
      const start = m.index + m[0].indexOf(name);
      if (taken.some(([a, b]) => start < b && start + name.length > a)) continue;
      taken.push([start, start + name.length]);
      out.push({
        name,
        canonical: gazetteer.lookup(name)?.canonical ?? null,
        at: start,
        evidence: evidenceOf(sentence, rule.id),
      });
    }
  }
  return out;
}
