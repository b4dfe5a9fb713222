import type { Sentence, ServiceStatus } from "../../contracts.js";
import type { GazetteerMatcher } from "../gazetteer.js";
import type { Matchers, SentenceFactsBase } from "../sentence-facts.js";
import { findCauses, mentionsInvestigation } from "./causes.js";
import { type ClaimMatch, findClaims } from "./claims.js";
import { type EnglishCues, wholePiece } from "./cues.js";
import type { PhraseContext } from "./noun-phrase.js";
import { findOperators, type OperatorMention } from "./operators.js";
import { findProgress } from "./progress.js";
import { findServices, type ServiceMention } from "./services.js";
import { EnglishTimeResolver, type EnTimeExpression } from "./time/index.js";
import { verbOffsets } from "./tokens.js";

/** Everything the English rules found in one sentence, with the pack's time details. */
export interface SentenceFacts
  extends SentenceFactsBase<EnTimeExpression, ServiceMention, OperatorMention, ClaimMatch> {
  /** The day (YYYY-MM-DD) the text last named when this sentence was read. */
  anchor: string | null;
  /** Reports scheduled work that stopped services on purpose. */
  planned: boolean;
}

export type { Matchers };

const FORWARD_WORDS =
  /\b(?:soon|shortly|tomorrow|next (?:week|month)|later (?:today|this week)|within (?:a|an|\d+|one|two|three|several|a few) (?:hours?|days?|weeks?|months?)|take (?:weeks|days|months|hours))\b/iu;

export function analyseSentences(
  sentences: Sentence[],
  cues: EnglishCues,
  matchers: Matchers,
  published: string | null,
): SentenceFacts[] {
  const resolver = new EnglishTimeResolver(published, {
    statementVerb: cues.piece("statement_verb"),
    futureCue: cues.piece("future_cue"),
  });
  const word = (name: string) => new RegExp(`\\b(?:${cues.piece(name).source})\\b`, "iu");
  const outage = word("outage");
  const onset = word("onset");
  const background = word("background");
  const planned = word("planned_stop");
  const hypothetical = word("hypothetical");
  const causeCue = new RegExp(cues.causes.map((c) => c.regex.source).join("|"), "iu");
  const organisation = isOrganisationTest(cues, matchers.operators);
  let previous: ServiceStatus | null = null;
  return sentences.map((sentence) => {
    const text = sentence.text;
    const times = safeParse(resolver, text);
    const anchor = resolver.anchor ? dayText(resolver.anchor) : null;
    if (hypothetical.test(text)) {
      previous = null;
      return empty(sentence, times, anchor);
    }
    const ctx = phraseContext(text, times, cues, matchers, organisation);
    const found = findServices(
      sentence,
      { cues, services: matchers.services, isOrganisation: organisation },
      ctx,
      previous,
    );
    previous = found.status;
    const operators = findOperators(sentence, cues, matchers.operators, {
      causeCue: causeCue.test(text),
      outage: outage.test(text),
    });
    const claims = findClaims(
      sentence,
      cues,
      operators.map((o) => o.name),
    ).filter((c) => c.fact.kind !== "expected" || hasForwardTime(times, text));
    return {
      sentence,
      times,
      anchor,
      services: found.services,
      operators,
      causes: findCauses(sentence, cues),
      claims,
      progress: findProgress(sentence, cues),
      outage: outage.test(text),
      onset: onset.test(text),
      background: background.test(text),
      planned: planned.test(text),
      investigating: mentionsInvestigation(sentence, cues),
    };
  });
}

function hasForwardTime(times: EnTimeExpression[], text: string): boolean {
  return (
    times.some((t) => t.kind !== "duration" && !t.statement && (t.future || t.prep === "by")) ||
    FORWARD_WORDS.test(text)
  );
}

function empty(sentence: Sentence, times: EnTimeExpression[], anchor: string | null): SentenceFacts {
  return {
    sentence,
    times,
    anchor,
    services: [],
    operators: [],
    causes: [],
    claims: [],
    progress: [],
    outage: false,
    onset: false,
    background: false,
    planned: false,
    investigating: false,
  };
}

/** What the noun-phrase reader needs to know about one sentence. */
export function phraseContext(
  text: string,
  times: EnTimeExpression[],
  cues: EnglishCues,
  matchers: Matchers,
  organisation = isOrganisationTest(cues, matchers.operators),
): PhraseContext {
  const headWord = wholePiece(cues, "service_head");
  const generic = wholePiece(cues, "generic_alone");
  let verbs: Set<number> | null = null;
  return {
    sentence: text,
    // Tagging is the costly part; only sentences with a cue ever ask for it.
    get verbs() {
      verbs ??= verbOffsets(text);
      return verbs;
    },
    times: times.map((t) => t.span),
    isKnownName: (n) => !!(matchers.services.lookup(n) ?? matchers.operators.lookup(n)),
    isOrganisation: organisation,
    isHeadWord: (w) => headWord.test(w),
    isGeneric: (n) => generic.test(n),
  };
}

/** Known organisations, and names shaped like one ("Narae Bank", "Gaon Telecom"). */
export function isOrganisationTest(
  cues: EnglishCues,
  operators: GazetteerMatcher,
): (name: string) => boolean {
  const shapes = cues.operators.map((r) => new RegExp(`^(?:The\\s)?(?:${r.regex.source})$`, "u"));
  return (name: string) => {
    const n = name.trim();
    if (!n) return false;
    if (operators.lookup(n)) return true;
    return shapes.some((re) => re.test(n));
  };
}

function dayText(d: { y: number; m: number; d: number }): string {
  return `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
}

function safeParse(resolver: EnglishTimeResolver, text: string): EnTimeExpression[] {
  try {
    return resolver.parse(text);
  } catch {
    return [];
  }
}
