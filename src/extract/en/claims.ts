import type { ClaimFact, Sentence } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import { claimantOf, quoteIn } from "./attribution.js";
import type { EnglishCues } from "./cues.js";

export interface ClaimMatch {
  fact: Omit<ClaimFact, "at">;
  /** Where the claim's cue starts and ends in the sentence: the time it is about sits near it. */
  cueAt: number;
  cueEnd: number;
}

/** Modal and negated frames before a restoration verb: not a report of restoration. */
const MODAL =
  /\b(?:will|would|could|should|may|might|to be|to|expected|expects?|aims?|plans?|hopes?|not yet|has not|have not|had not|hasn't|haven't|wasn't|weren't|not been|before being|cannot|can't|whether|able to|unless|if)\s(?:[\w'-]{1,20}\s){0,4}$/iu;
/** Conditional frames ("as soon as each service is back"); a past-tense verb after them still reports a fact ("when the network was restored"). */
const CONDITIONAL = /\b(?:until|once|as soon as|when|after)\s(?:[\w'-]{1,20}\s){0,4}$/iu;
const PAST = /^(?:was|were|had|came|returned|resumed|recovered|went)\b/iu;

/** Is the restoration verb at `at` modal, negated or conditional? */
export function notYet(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 60), at);
  return MODAL.test(before) || (CONDITIONAL.test(before) && !PAST.test(s.slice(at)));
}
const NEGATED_AFTER = /^\s?(?:yet|until)\b/iu;

/** Restoration claims in one sentence, at most one per kind. */
export function findClaims(sentence: Sentence, cues: EnglishCues, orgNames: string[]): ClaimMatch[] {
  const s = sentence.text;
  const out: ClaimMatch[] = [];
  for (const { rule, regex } of cues.claims) {
    if (out.some((c) => c.fact.kind === rule.kind)) continue;
    regex.lastIndex = 0;
    for (const m of s.matchAll(regex)) {
      const at = m.index;
      const end = at + m[0].length;
      if (rule.kind === "restored") {
        if (notYet(s, at) || NEGATED_AFTER.test(s.slice(end))) continue;
        // A sentence that reports only part of the recovery is a partial claim, not a restored one.
        if (out.some((c) => c.fact.kind === "partial")) continue;
        if (out.some((c) => at < c.cueEnd + 30 && end > c.cueAt - 30)) continue;
      }
      out.push({
        fact: {
          kind: rule.kind,
          claimant: claimantOf(s, orgNames),
          quote: quoteIn(s),
          evidence: evidenceOf(sentence, rule.id),
        },
        cueAt: at,
        cueEnd: end,
      });
      break;
    }
  }
  return out;
}
