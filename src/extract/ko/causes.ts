import type { CauseFact, Sentence } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import { memo, type RulePack } from "../rules/pack.js";

const WINDOW_AFTER = 20;
const WINDOW_BEFORE = 24;
const CLAUSE_AFTER = 45;
/** `X(으)로` after a cue, with a little filler (작업으로, 사고로 인해), when the sentence goes on to an outage. */
const INSTRUMENTAL = /^[가-힣\s]{0,6}?(?:으로|로)(?:\s|인해|인한|$)/u;

/**
 * Causes in one sentence. A cue counts only in a causal frame (a causal
 * marker or connective right after it, `X로 … 장애`, or a cause head such as
 * 원인은 before it) unless its rule says the cue frames itself; a denial after
 * it in the same clause rules it out; a hedge lowers confidence.
 */
export function findCauses(sentence: Sentence, pack: RulePack): CauseFact[] {
  const s = sentence.text;
  const anyCue = memo(
    pack,
    "ko.causes.any",
    () => new RegExp(pack.causes.map((c) => c.regex.source).join("|"), "u"),
  );
  if (!anyCue.test(s)) return [];
  const causal = pack.piece("causal_after");
  const connective = pack.piece("causal_connective");
  const head = pack.piece("cause_head");
  const negation = pack.piece("negation_after");
  const hedge = pack.piece("hedge_after");
  const withdrawn = pack.piece("withdrawn");
  const consequence = memo(
    pack,
    "ko.causes.consequence",
    () => new RegExp(["outage", "onset", "unavailable"].map((p) => pack.piece(p).source).join("|"), "u"),
  );
  const facts: CauseFact[] = [];
  const seen = new Set<string>();
  for (const { rule, regex } of pack.causes) {
    for (const m of s.matchAll(regex)) {
      const end = m.index + m[0].length;
      // Parenthetical glosses (`DNS(도메인네임시스템) 서버가…`) do not count against the window.
      const after = s
        .slice(end, end + WINDOW_AFTER * 2)
        .replace(/\([^()]{0,24}\)/gu, "")
        .slice(0, WINDOW_AFTER);
      const before = s.slice(Math.max(0, m.index - WINDOW_BEFORE), m.index);
      const clause = clauseAfter(s, end);
      const rest = s.slice(end);
      const denied = negation.test(clause);
      const framed =
        (rule.frame === "cue" && consequence.test(s)) ||
        causal.test(after) ||
        connective.test(after) ||
        (INSTRUMENTAL.test(after) && consequence.test(rest)) ||
        head.test(before) ||
        /원인/u.test(clause.slice(0, 20)) ||
        (denied && negation.test(after));
      const isWithdrawn = withdrawn.test(s.slice(end, end + 36));
      if (!framed && !isWithdrawn) continue;
      const negated = denied || isWithdrawn;
      const hedged = hedge.test(clause.slice(0, 25));
      const key = `${rule.code}/${negated}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({
        code: rule.code,
        negated,
        certainty: isWithdrawn ? "withdrawn" : hedged ? "suspected" : "stated",
        confidence: negated ? 0.8 : hedged ? 0.6 : 0.85,
        evidence: evidenceOf(sentence, rule.id),
      });
    }
  }
  return facts;
}

/** The rest of the clause after a cue: up to the next clause end or a bounded length. */
function clauseAfter(s: string, from: number): string {
  const rest = s.slice(from, from + CLAUSE_AFTER);
  const stop = rest.search(/(?:며|고|지만|으나|는데|면서),?\s|[.?!]\s/u);
  return stop === -1 ? rest : rest.slice(0, stop + 3);
}

export function mentionsInvestigation(sentence: Sentence, pack: RulePack): boolean {
  return pack.piece("investigating").test(sentence.text);
}
