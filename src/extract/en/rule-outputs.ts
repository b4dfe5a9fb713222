// What the English finders produce for one example sentence, for
// `jangae rules test --lang en`: the sentence goes through the same
// per-sentence analysis as an article.
import type { Sentence } from "../../contracts.js";
import { GazetteerMatcher } from "../gazetteer.js";
import type { RulePack } from "../rules/pack.js";
import { englishCues } from "./cues.js";
import { analyseSentences } from "./sentence-facts.js";

export type RuleOutput = Record<string, unknown> & { rule: string };

export function englishRuleOutputs(pack: RulePack, text: string): RuleOutput[] {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
  const matchers = {
    services: new GazetteerMatcher(pack.services.entries),
    operators: new GazetteerMatcher(pack.operators.entries),
  };
  const [f] = analyseSentences([sentence], englishCues(pack), matchers, null);
  if (!f) return [];
  return [
    ...f.causes.map((c) => ({ ...c, rule: c.evidence.rule })),
    ...f.claims.map((c) => ({ ...c.fact, rule: c.fact.evidence.rule })),
    ...f.progress.map((p) => ({ ...p, rule: p.evidence.rule })),
    ...f.services.map(({ operator: _o, owner: _w, at: _a, ...x }) => ({ ...x, rule: x.evidence.rule })),
    ...f.operators.map(({ roles: _r, ...x }) => ({ ...x, rule: x.evidence.rule })),
  ];
}
