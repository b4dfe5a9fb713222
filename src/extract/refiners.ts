// Language-neutral refiners: they merge and filter the facts a rule pack found,
// the way chrono-node's refiners do after its parsers.
import type { CauseFact, ClaimFact, ServiceFact } from "../contracts.js";

const nameKey = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, "");

/** One entry per service: a name that contains another (at 60% of its length or more) is the same service. */
export function dedupeServices<T extends ServiceFact>(list: T[]): T[] {
  const out: T[] = [];
  for (const s of list) {
    const k = nameKey(s.name);
    const dup = out.some((o) => {
      const ok = nameKey(o.name);
      const [a, b] = ok.length <= k.length ? [ok, k] : [k, ok];
      return b.includes(a) && a.length / b.length >= 0.6;
    });
    if (!dup) out.push(s);
  }
  return out;
}

/** Same kind at the same time once; a day-only or undated claim gives way to a timed one of the same kind. */
export function dedupeClaims(claims: ClaimFact[]): ClaimFact[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const k = `${c.kind}@${c.at ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    if (
      c.at?.length === 10 &&
      claims.some((o) => o.kind === c.kind && o.at && o.at.length > 10 && o.at.startsWith(c.at!))
    ) {
      return false;
    }
    return !(!c.at && claims.some((o) => o.kind === c.kind && o.at));
  });
}

/**
 * One fact per cause code. A withdrawn suspicion is ruled out; otherwise
 * denials and assertions of the same code are weighed by how often the
 * article makes each (a denial of one device does not undo the stated cause).
 */
export function mergeCauses(causes: CauseFact[]): CauseFact[] {
  const byCode = new Map<string, CauseFact[]>();
  for (const c of causes) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
  return [...byCode.values()].map((list) => {
    const denials = list.filter((c) => c.negated);
    const assertions = list.filter((c) => !c.negated);
    const ruledOut = denials.some((c) => c.certainty === "withdrawn") || denials.length >= assertions.length;
    const pool = ruledOut ? denials : assertions;
    return pool.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  });
}
