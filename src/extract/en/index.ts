import type { Article, Incident, Sentence, ServiceFact } from "../../contracts.js";
import { GazetteerMatcher } from "../gazetteer.js";
import { loadRulePack } from "../rules/pack.js";
import { type EnglishCues, englishCues, wholePiece } from "./cues.js";
import { assembleIncidents } from "./incidents.js";
import { analyseSentences, type Matchers } from "./sentence-facts.js";
import { repairEnglishSentences } from "./sentences.js";

interface EnglishExtractor {
  cues: EnglishCues;
  matchers: Matchers;
  regulator: (canonical: string) => boolean;
}

let shared: EnglishExtractor | null = null;

/** Rules are compiled once per process. */
export function englishExtractor(): EnglishExtractor {
  if (!shared) {
    const cues = englishCues(loadRulePack("en"));
    const regulators = wholePiece(cues, "regulators");
    shared = {
      cues,
      matchers: {
        services: new GazetteerMatcher(cues.pack.services.entries),
        operators: new GazetteerMatcher(cues.pack.operators.entries),
      },
      regulator: (canonical) => regulators.test(canonical),
    };
  }
  return shared;
}

/** English articles about Korean outages → incidents, with the same canonical names as the Korean pack. */
export function extractEnglish(
  article: Pick<Article, "published" | "text">,
  sentences: Sentence[],
): { incidents: Incident[]; unaffected: ServiceFact[] } {
  const { cues, matchers, regulator } = englishExtractor();
  const repaired = repairEnglishSentences(article.text, sentences);
  const facts = analyseSentences(repaired, cues, matchers, article.published);
  const unaffected = facts.flatMap((f) => f.services.filter((s) => s.status === "unaffected"));
  return {
    incidents: assembleIncidents(facts, article.published, regulator),
    unaffected: unaffected.map(({ operator: _o, owner: _w, at: _a, ...s }) => s),
  };
}
