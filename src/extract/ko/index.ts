import type { Article, Incident, Sentence, ServiceFact } from "../../contracts.js";
import { GazetteerMatcher } from "../gazetteer.js";
import { loadRulePack, memo, type RulePack } from "../rules/pack.js";
import { assembleIncidents } from "./incidents.js";
import { analyseSentences, type Matchers } from "./sentence-facts.js";

interface KoreanExtractor {
  pack: RulePack;
  matchers: Matchers;
}

let shared: KoreanExtractor | null = null;

/** Rules are compiled once per process. */
export function koreanExtractor(): KoreanExtractor {
  if (!shared) {
    const pack = loadRulePack("ko");
    shared = {
      pack,
      matchers: {
        services: new GazetteerMatcher(pack.services.entries),
        operators: new GazetteerMatcher(pack.operators.entries),
      },
    };
  }
  return shared;
}

export function extractKorean(
  article: Pick<Article, "published">,
  sentences: Sentence[],
): { incidents: Incident[]; unaffected: ServiceFact[] } {
  const { pack, matchers } = koreanExtractor();
  const responder = memo(
    pack,
    "ko.responder",
    () => new RegExp(`^(?:${pack.piece("responder_org").source})$`, "u"),
  );
  const facts = analyseSentences(sentences, pack, matchers, article.published);
  const unaffected = facts.flatMap((f) => f.services.filter((s) => s.status === "unaffected"));
  return {
    incidents: assembleIncidents(facts, article.published, (name) => responder.test(name)),
    unaffected: unaffected.map(({ operator: _o, ...s }) => s),
  };
}
