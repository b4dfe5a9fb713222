import type { ClaimFact, Sentence } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import type { RulePack } from "../rules/pack.js";
import { claimantOf, quoteIn } from "./attribution.js";

export interface ClaimMatch {
  fact: Omit<ClaimFact, "at">;
  /** Offset of the claim's verb in the sentence: the time nearest before it is what the claim is about. */
  verbAt: number;
}

/** Restoration claims in one sentence, at most one per kind. */
export function findClaims(sentence: Sentence, pack: RulePack, orgNames: string[]): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  const kinds = new Set<string>();
  const claim = (kind: ClaimMatch["fact"]["kind"], rule: string, verbAt: number): ClaimMatch => ({
    fact: {
      kind,
      claimant: claimantOf(sentence.text, orgNames),
      quote: quoteIn(sentence.text),
      evidence: evidenceOf(sentence, rule),
    },
    verbAt,
  });
  for (const { rule, regex } of pack.claims) {
    if (kinds.has(rule.kind)) continue;
    // Restorations may be several in one sentence (`A는 9시 20분에 풀렸고, B는 1시 50분에야 정상화됐다`).
    const matches =
      rule.kind === "restored" ? [...sentence.text.matchAll(regex)] : [regex.exec(sentence.text)];
    regex.lastIndex = 0;
    for (const m of matches) {
      if (!m) continue;
      const end = m.index + m[0].length;
      if (rule.kind === "restored" && isFutureOrNegated(sentence.text, end)) continue;
      if (
        rule.kind === "restored" &&
        (kinds.has("expected") || kinds.has("no_eta")) &&
        overlapsEarlier(out, m.index)
      )
        continue;
      out.push(claim(rule.kind, rule.id, end));
    }
    if (out.some((c) => c.fact.kind === rule.kind)) kinds.add(rule.kind);
  }
  // `120개 중 45개가 복구됐다` is a partial restoration, not a restoration.
  return kinds.has("partial") ? out.filter((c) => c.fact.kind !== "restored") : out;
}

function isFutureOrNegated(s: string, at: number): boolean {
  const tail = s.slice(at, at + 12);
  return /^(?:야|\s?(?:되지|하지)\s?(?:않|못)|지\s?않|지\s?못|될|할|하겠|되겠|되도록|하도록|할\s?수|될\s?수|해야|돼야)/u.test(
    tail,
  );
}

function overlapsEarlier(found: ClaimMatch[], index: number): boolean {
  return found.some((c) => Math.abs(c.verbAt - index) < 20);
}
