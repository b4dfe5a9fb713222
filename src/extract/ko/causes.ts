import type { CauseFact, Sentence } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import type { RulePack } from "../rules/pack.js";

const WINDOW_AFTER = 14;
const WINDOW_BEFORE = 24;
const CLAUSE_AFTER = 45;

/**
 * Causes in one sentence. A cue counts only in a causal frame (a causal
 * marker right after it, or a cause head such as 원인은 before it); a denial
 * after it in the same clause rules it out; a hedge lowers confidence.
 */
export function findCauses(sentence: Sentence, pack: RulePack): CauseFact[] {
  const s = sentence.text;
  const causal = pack.piece("causal_after");
  const head = pack.piece("cause_head");
  const negation = pack.piece("negation_after");
  const hedge = pack.piece("hedge_after");
  const withdrawn = pack.piece("withdrawn");
  const facts: CauseFact[] = [];
  const seen = new Set<string>();
  for (const { rule, regex } of pack.causes) {
    for (const m of s.matchAll(regex)) {
      const after = s.slice(m.index + m[0].length, m.index + m[0].length + WINDOW_AFTER);
      const before = s.slice(Math.max(0, m.index - WINDOW_BEFORE), m.index);
      const clause = clauseAfter(s, m.index + m[0].length);
      const framed = causal.test(after) || head.test(before) || /원인/u.test(clause.slice(0, 20));
      if (!framed) continue;
      const negated = negation.test(clause) || withdrawn.test(s.slice(m.index + m[0].length, m.index + m[0].length + 20));
      const hedged = hedge.test(clause.slice(0, 25));
      const key = `${rule.code}/${negated}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({
        code: rule.code,
        negated,
        certainty: hedged ? "suspected" : "stated",
        confidence: negated ? 0.8 : hedged ? 0.6 : 0.85,
        evidence: evidenceOf(sentence, rule.id),
      });
    }
  }
  return facts;
}

/** The rest of the clause after a cue: up to the next comma-joined clause end or a bounded length. */
function clauseAfter(s: string, from: number): string {
  const rest = s.slice(from, from + CLAUSE_AFTER);
  const stop = rest.search(/(?:며|고|지만|으나|는데|면서),?\s|[.?!]\s/u);
  return stop === -1 ? rest : rest.slice(0, stop + 3);
}

export function mentionsInvestigation(sentence: Sentence, pack: RulePack): boolean {
  return pack.piece("investigating").test(sentence.text);
}
