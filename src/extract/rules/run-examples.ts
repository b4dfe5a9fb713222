// Runs every rule's own examples (Duckling-style: the examples beside a rule
// are its test suite). An example passes when the rule fires on it and its
// output has the expected fields; a counter-example passes when the rule stays quiet.
import type { Sentence } from "../../contracts.js";
import { englishRuleOutputs } from "../en/rule-outputs.js";
import { GazetteerMatcher } from "../gazetteer.js";
import { findCauses } from "../ko/causes.js";
import { findClaims } from "../ko/claims.js";
import { findOperators } from "../ko/operators.js";
import { findProgress } from "../ko/progress.js";
import { findServices } from "../ko/services.js";
import { loadRulePack, type RulePack } from "./pack.js";

export interface ExampleFailure {
  rule: string;
  file: string;
  text: string;
  problem: string;
}

export interface ExampleReport {
  passed: number;
  failed: ExampleFailure[];
}

const asSentence = (text: string): Sentence => ({ index: 0, start: 0, end: text.length, text, paragraph: 0 });

type Output = Record<string, unknown> & { rule: string };

function outputsOf(pack: RulePack, text: string): Output[] {
  if (pack.lang === "en") return englishRuleOutputs(pack, text);
  const s = asSentence(text);
  const services = new GazetteerMatcher(pack.services.entries);
  const operators = new GazetteerMatcher(pack.operators.entries);
  return [
    ...findCauses(s, pack).map((c) => ({ ...c, rule: c.evidence.rule })),
    ...findClaims(s, pack, []).map((c) => ({ ...c.fact, rule: c.fact.evidence.rule })),
    ...findProgress(s, pack).map((p) => ({ ...p, rule: p.evidence.rule })),
    ...findServices(s, pack, services, operators).map((x) => ({ ...x, rule: x.evidence.rule })),
    ...findOperators(s, pack, operators).map((x) => ({ ...x, rule: x.evidence.rule })),
  ];
}

function matchesExpect(out: Output, expect: Record<string, unknown>): boolean {
  return Object.entries(expect).every(([k, v]) => String(out[k]) === String(v));
}

export function runRuleExamples(lang = "ko", pack = loadRulePack(lang)): ExampleReport {
  const report: ExampleReport = { passed: 0, failed: [] };
  const rules = [
    ...pack.causes,
    ...pack.claims,
    ...pack.progress,
    ...pack.services.rules,
    ...pack.operators.rules,
  ];
  for (const { rule, file } of rules) {
    for (const ex of rule.examples) {
      const outs = outputsOf(pack, ex.text).filter((o) => o.rule === rule.id);
      if (outs.some((o) => matchesExpect(o, ex.expect))) report.passed++;
      else
        report.failed.push({
          rule: rule.id,
          file,
          text: ex.text,
          problem: outs.length
            ? `fired but produced ${JSON.stringify(outs.map(({ evidence: _e, rule: _r, ...o }) => o))}, expected ${JSON.stringify(ex.expect)}`
            : `did not fire (expected ${JSON.stringify(ex.expect)})`,
        });
    }
    for (const text of rule.counter_examples) {
      const outs = outputsOf(pack, text).filter((o) => o.rule === rule.id);
      if (!outs.length) report.passed++;
      else report.failed.push({ rule: rule.id, file, text, problem: "fired on a counter-example" });
    }
  }
  return report;
}
