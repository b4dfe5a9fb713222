import type { CauseFact, Sentence } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import type { EnglishCues } from "./cues.js";

const BEFORE = 60;
const AFTER = 80;

/**
 * Causes in one sentence. A cue counts only in a causal frame (caused by X,
 * X was to blame, after X, …); a denial ("ruled out X", "X was not the
 * cause") or a withdrawn suspicion ("initially suspected X but later found")
 * makes it ruled out; a hedge ("appeared to") lowers confidence.
 */
export function findCauses(sentence: Sentence, cues: EnglishCues): CauseFact[] {
  const s = sentence.text;
  const frameBefore = new RegExp(`\\b(?:${cues.piece("causal_before").source})\\b`, "iu");
  const frameAfter = new RegExp(`\\b(?:${cues.piece("causal_after").source})`, "iu");
  const negBefore = new RegExp(`\\b(?:${cues.piece("negation_before").source})`, "iu");
  const negAfter = new RegExp(cues.piece("negation_after").source, "iu");
  const withdrawnBefore = new RegExp(`\\b(?:${cues.piece("withdrawn_before").source})`, "iu");
  const withdrawnAfter = new RegExp(`\\b(?:${cues.piece("withdrawn_after").source})`, "iu");
  const hedge = new RegExp(`\\b(?:${cues.piece("hedge").source})`, "iu");
  const selfFramed = new RegExp(`\\b(?:${cues.piece("self_framed").source})`, "iu");
  const matches = cues.causes
    .flatMap(({ rule, regex }) =>
      [...s.matchAll(new RegExp(regex.source, regex.flags))].map((m) => ({ rule, m })),
    )
    .sort((a, b) => a.m.index - b.m.index);
  const out = new Map<string, CauseFact>();
  matches.forEach(({ rule, m }, i) => {
    const start = m.index;
    const end = start + m[0].length;
    const before = clauseBefore(s, start);
    const after = s.slice(end, end + AFTER + 40);
    const withdrawn =
      withdrawnBefore.test(before) &&
      !/\b(?:but|however|later|instead)\b/iu.test(before.slice(-45)) &&
      withdrawnAfter.test(s.slice(end));
    // "X … was not the cause" denies the phrase's head X, not another cue inside its modifiers.
    const earlier = matches[i - 1];
    const headOfPhrase =
      !earlier || earlier.rule.code === rule.code || start - (earlier.m.index + earlier.m[0].length) > 70;
    const negated = withdrawn || negBefore.test(before) || (headOfPhrase && negAfter.test(after));
    const framed =
      negated ||
      selfFramed.test(m[0]) ||
      frameBefore.test(before.slice(-BEFORE)) ||
      frameAfter.test(after.slice(0, AFTER));
    if (!framed) return;
    const hedged = !negated && (hedge.test(before.slice(-40)) || hedge.test(after.slice(0, 25)));
    const key = `${rule.code}/${negated}`;
    if (out.has(key)) return;
    out.set(key, {
      code: rule.code,
      negated,
      certainty: hedged ? "suspected" : "stated",
      confidence: negated ? 0.8 : hedged ? 0.6 : 0.85,
      evidence: evidenceOf(sentence, rule.id),
    });
  });
  return [...out.values()];
}

/** The text before a cue back to the start of its clause (a semicolon or a sentence-internal full stop). */
function clauseBefore(s: string, at: number): string {
  const before = s.slice(Math.max(0, at - BEFORE - 60), at);
  const stop = Math.max(before.lastIndexOf("; "), before.lastIndexOf(". "));
  return stop === -1 ? before : before.slice(stop + 2);
}

export function mentionsInvestigation(sentence: Sentence, cues: EnglishCues): boolean {
  return cues.piece("investigating").test(sentence.text);
}
