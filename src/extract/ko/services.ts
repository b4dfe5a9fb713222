import type { ServiceFact, ServiceStatus, Sentence } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import type { GazetteerMatcher } from "../gazetteer.js";
import type { RulePack } from "../rules/pack.js";
import { isGenericAlone, listBefore, type Phrase, phraseBefore } from "./noun-phrase.js";

export interface ServiceMention extends ServiceFact {
  /** Operator the gazetteer links this service to, if any. */
  operator: string | null;
}

const NEGATED_AFTER = /^[^,.]{0,12}?(?:않았|않는|않고|않아|않은|없었|없다|없는|없이|안\s?됐다는)/u;

export function findServices(sentence: Sentence, pack: RulePack, gazetteer: GazetteerMatcher): ServiceMention[] {
  const s = sentence.text;
  const head = pack.piece("service_head");
  const headAtEnd = new RegExp(`(?:${head.source})$`, "u");
  const found = new Map<string, ServiceMention>();
  const add = (name: string, status: ServiceStatus, rule: string) => {
    const clean = name.replace(/^[\s"'“‘(]+|[\s"'”’),]+$/gu, "").replace(/\s+/g, " ");
    if (clean.length < 2 || isGenericAlone(clean)) return;
    const entry = gazetteer.lookup(clean);
    const key = clean.replace(/\s+/g, "");
    const prev = found.get(key);
    if (prev) return;
    found.set(key, {
      name: clean,
      canonical: entry?.canonical ?? null,
      status,
      operator: entry?.operator ?? null,
      evidence: evidenceOf(sentence, rule),
    });
  };

  let statusCue = false;
  for (const { rule, regex } of pack.services.rules) {
    for (const m of s.matchAll(regex)) {
      statusCue = true;
      const cueEnd = m.index + m[0].length;
      const negated = NEGATED_AFTER.test(s.slice(cueEnd));
      const status: ServiceStatus = negated ? "unaffected" : (rule.status ?? "down");
      if (rule.take === "before") {
        const p = phraseBefore(s, m.index);
        if (p && (headAtEnd.test(p.text) || gazetteer.lookup(p.text))) add(p.text, status, rule.id);
      } else if (rule.take === "list") {
        const items = listBefore(s, m.index);
        if (items.length >= 2 || items.some((p: Phrase) => headAtEnd.test(p.text))) {
          for (const p of items) add(p.text, status, rule.id);
        }
      } else if (m.groups?.name) {
        add(m.groups.name, status, rule.id);
      }
    }
  }
  if (statusCue) {
    const sentenceStatus = statusOfSentence(s, pack);
    for (const hit of gazetteer.find(s)) {
      add(hit.surface, sentenceStatus, "ko.service.gazetteer");
    }
  }
  return [...found.values()];
}

function statusOfSentence(s: string, pack: RulePack): ServiceStatus {
  if (pack.piece("partial_cue").test(s)) return "degraded";
  if (pack.piece("restored_verb").test(s)) return "restored";
  return "down";
}
