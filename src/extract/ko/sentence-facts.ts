import type { CauseFact, ProgressFact, Sentence } from "../../contracts.js";
import type { GazetteerMatcher } from "../gazetteer.js";
import type { RulePack } from "../rules/pack.js";
import { type TimeExpression, type TimePoint, TimeResolver } from "../time/index.js";
import { findCauses, mentionsInvestigation } from "./causes.js";
import { type ClaimMatch, findClaims } from "./claims.js";
import { findOperators, type OperatorMention } from "./operators.js";
import { findProgress } from "./progress.js";
import { findServices, type ServiceMention } from "./services.js";

/** Everything the rules found in one sentence, before incidents are assembled. */
export interface SentenceFacts {
  sentence: Sentence;
  times: TimeExpression[];
  /** The date the sentence is about: its own date, or the last one the text mentioned. */
  anchor: TimePoint | null;
  services: ServiceMention[];
  operators: OperatorMention[];
  causes: CauseFact[];
  claims: ClaimMatch[];
  progress: Array<Omit<ProgressFact, "at">>;
  outage: boolean;
  onset: boolean;
  background: boolean;
  investigating: boolean;
}

export interface Matchers {
  services: GazetteerMatcher;
  operators: GazetteerMatcher;
}

export function analyseSentences(
  sentences: Sentence[],
  pack: RulePack,
  matchers: Matchers,
  published: string | null,
): SentenceFacts[] {
  const resolver = new TimeResolver({ ref: published ?? new Date().toISOString() });
  const outage = pack.piece("outage");
  const unavailable = pack.piece("unavailable");
  const onset = pack.piece("onset");
  const background = pack.piece("background");
  return sentences.map((sentence) => {
    const times = safeParse(resolver, sentence.text);
    const operators = findOperators(sentence, pack, matchers.operators);
    const orgNames = operators.map((o) => o.name);
    return {
      sentence,
      times,
      anchor: resolver.anchor,
      services: findServices(sentence, pack, matchers.services, matchers.operators),
      operators,
      causes: findCauses(sentence, pack),
      claims: findClaims(sentence, pack, orgNames),
      progress: findProgress(sentence, pack),
      outage: outage.test(sentence.text) || unavailable.test(sentence.text),
      onset: onset.test(sentence.text),
      background: background.test(sentence.text),
      investigating: mentionsInvestigation(sentence, pack),
    };
  });
}

function safeParse(resolver: TimeResolver, text: string): TimeExpression[] {
  try {
    return resolver.parse(text);
  } catch {
    return [];
  }
}
