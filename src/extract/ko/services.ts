import type { Sentence, ServiceFact, ServiceStatus } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import type { GazetteerMatcher } from "../gazetteer.js";
import { memo, type RulePack } from "../rules/pack.js";
import {
  isGenericAlone,
  listBefore,
  locativeBefore,
  type Phrase,
  phraseAfter,
  phraseBefore,
  subjectBefore,
} from "./noun-phrase.js";

export interface ServiceMention extends ServiceFact {
  /** Operator the gazetteer links this service to, if any. */
  operator: string | null;
}

/** After a list's 등, the sentence must go on to say something about it within this many characters. */
const LIST_PREDICATE_WINDOW = 32;
export function findServices(
  sentence: Sentence,
  pack: RulePack,
  gazetteer: GazetteerMatcher,
  operators?: GazetteerMatcher,
): ServiceMention[] {
  const s = sentence.text;
  const { headAtEnd, outageWords, statusCues, listPredicate, notService, organisationShape } =
    serviceCues(pack);
  const unaffected = pack.piece("unaffected");
  const found = new Map<string, ServiceMention>();
  const add = (name: string, status: ServiceStatus, rule: string) => {
    const clean = tidyName(name, operators);
    if (clean.length < 2 || isGenericAlone(clean) || operators?.lookup(clean) || notService.test(clean))
      return;
    const key = clean.replace(/\s+/g, "");
    if (found.has(key)) return;
    const entry = gazetteer.lookup(clean);
    found.set(key, {
      name: clean,
      canonical: entry?.canonical ?? null,
      status,
      operator: entry?.operator ?? null,
      evidence: evidenceOf(sentence, rule),
    });
  };
  const named = (p: Phrase | null) => !!p && (headAtEnd.test(p.text) || !!gazetteer.lookup(p.text));
  const sentenceStatus = statusOfSentence(s, pack);
  const hasStatus = statusCues.test(s);
  // A sentence that only lists systems (`…목록에는 A, B 등이 포함됐다`) still names services.
  if (!hasStatus && !pack.piece("service_head").test(s)) return [];

  for (const { rule, regex } of pack.services.rules) {
    for (const m of s.matchAll(regex)) {
      const end = m.index + m[0].length;
      const notHit = unaffected.test(s.slice(m.index, m.index + 24));
      const status: ServiceStatus = notHit ? "unaffected" : (rule.status ?? sentenceStatus);
      if (!hasStatus && rule.take !== "list") continue;
      if (rule.take === "before") {
        const p = phraseBefore(s, m.index);
        const subject = named(p) ? listBefore(s, m.index) : subjectBefore(s, m.index);
        const items = subject.length
          ? [...locativeBefore(s, subject[0]!.start).filter(named), ...subject]
          : subject;
        const kept =
          items.length >= 2 && items.some(named)
            ? items.filter((x) => !organisationShape.test(x.text))
            : items.filter(named);
        for (const x of kept.flatMap(splitMiddleDots)) add(x.text, status, rule.id);
      } else if (rule.take === "after") {
        const p = phraseAfter(s, end);
        if (named(p)) add(p!.text, status, rule.id);
      } else if (rule.take === "list") {
        if (!listPredicate.test(s.slice(m.index, m.index + LIST_PREDICATE_WINDOW))) continue;
        const items = listBefore(s, m.index).flatMap(splitMiddleDots);
        const credible = items.some(named) || items.every((p) => p.text.replace(/\s/g, "").length >= 3);
        if (items.length >= 2 && credible) {
          for (const p of items) add(p.text, notHit ? "unaffected" : sentenceStatus, rule.id);
        }
      } else if (m.groups?.name && !outageWords.test(m.groups.name)) {
        add(m.groups.name, rule.status ?? sentenceStatus, rule.id);
      }
    }
  }
  for (const hit of hasStatus ? gazetteer.find(s) : []) {
    const notHit = unaffected.test(s.slice(hit.end, hit.end + 24));
    add(hit.surface, notHit ? "unaffected" : sentenceStatus, "ko.service.gazetteer");
  }
  return [...found.values()];
}

function serviceCues(pack: RulePack) {
  return memo(pack, "ko.services.cues", () => {
    const statusCues = new RegExp(
      `${["outage", "unavailable", "restored_verb", "partial_cue"].map((p) => pack.piece(p).source).join("|")}|복구`,
      "u",
    );
    return {
      headAtEnd: new RegExp(`(?:${pack.piece("service_head").source})$`, "u"),
      outageWords: new RegExp(`${pack.piece("outage").source}|복구|정상화`, "u"),
      statusCues,
      listPredicate: new RegExp(`${statusCues.source}|포함|이다|였다|이었다|가동`, "u"),
      organisationShape: new RegExp(`(?:${pack.piece("organisation_tail").source})$`, "u"),
      // Organisations, people and outlets named where a service would be.
      notService: new RegExp(
        `(?:${pack.piece("organisation_tail").source}|${pack.piece("people_tail").source})$|^(?:${pack.piece("news_outlet").source})(?:\\s|$)`,
        "u",
      ),
    };
  });
}

/** `통계분류포털·나라통계2.0` names two services; `예금·보험 서비스` one. */
function splitMiddleDots(p: Phrase): Phrase[] {
  const parts = p.text.split("·");
  if (parts.length < 2 || parts.some((x) => x.replace(/\s/g, "").length < 4)) return [p];
  let at = p.start;
  return parts.map((text) => {
    const q = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return q;
  });
}

/** Drops quotes, a trailing Korean parenthetical (`(2등급)`, `(국가보훈부)`) and a leading operator name. */
function tidyName(name: string, operators?: GazetteerMatcher): string {
  let n = name.replace(/^[\s"'“‘]+|[\s"'”’,]+$/gu, "").replace(/\s+/g, " ");
  n = n.replace(/\s?\([^()]*[가-힣][^()]*\)$/u, "").replace(/^[1-4]등급(?:인)?\s/u, "");
  if (operators) {
    const first = n.split(" ")[0]!;
    const rest = n.slice(first.length + 1);
    if (n.includes(" ") && operators.lookup(first) && rest.replace(/\s/g, "").length >= 5) n = rest;
  }
  return n.trim();
}

function statusOfSentence(s: string, pack: RulePack): ServiceStatus {
  if (pack.piece("partial_cue").test(s)) return "degraded";
  if (pack.piece("restored_verb").test(s) && !pack.piece("outage").test(s)) return "restored";
  if (pack.piece("restored_verb").test(s)) return "restored";
  return "down";
}
