import type { ClaimMatch } from "./claims.js";
import type { SentenceFacts } from "./sentence-facts.js";
import type { EnTimeExpression, EnTimePoint } from "./time/index.js";

/** Words between a claim and a time that put the time in another clause ("…, about 127 hours after a fire … on Oct. 15"). */
const CLAUSE_BREAK =
  /[;]|,\s(?:about|nearly|almost|some|which|when|after|before|while|but|and|as|since|three|two|four|five)\b|\b(?:after|when|before|since|while|because|until)\b/iu;
const REACH = 70;

export interface ClaimTime {
  point: EnTimePoint;
  expression: EnTimeExpression;
}

/**
 * The time a claim is about: a time in the claim's own clause, right after
 * its verb ("were restored early Monday") or before it ("As of Sunday
 * afternoon, … were still unstable"); for a restoration without one, the
 * time of the statement ("…, the agency said Monday").
 */
export function claimTime(f: SentenceFacts, claim: ClaimMatch): ClaimTime | null {
  const s = f.sentence.text;
  const kind = claim.fact.kind;
  if (kind === "no_eta") return null;
  const points = f.times.filter((t) => t.kind !== "duration" && t.value && !t.statement);
  const usable =
    kind === "expected"
      ? points.filter((t) => t.future || t.prep === "by" || t.prep === "in")
      : points.filter((t) => !t.future);
  const after = usable.find(
    (t) =>
      t.span.start >= claim.cueEnd - 2 &&
      t.span.start - claim.cueEnd <= REACH &&
      !CLAUSE_BREAK.test(s.slice(claim.cueEnd, t.span.start)),
  );
  // "… until about 1:50 p.m., when the network was restored": the clause dates that time.
  const whenClause = (gap: string) => /^\s?,?\s?when\s[^,;]{0,50}$/iu.test(gap);
  const before = [...usable].reverse().find((t) => {
    const gap = s.slice(t.span.end, claim.cueAt);
    return (
      t.span.end <= claim.cueAt &&
      claim.cueAt - t.span.end <= REACH &&
      (!CLAUSE_BREAK.test(gap) || whenClause(gap))
    );
  });
  // "as of" dates a status wherever it sits in the sentence ("The figure is as of 6 a.m. Monday, …").
  const asOf = usable.find((t) => t.prep === "as of");
  const pick = after ?? before ?? asOf ?? (kind === "expected" ? usable[0] : undefined);
  if (pick) {
    const closes =
      pick.kind === "interval" && pick.to && (kind === "restored" || pick.span.end <= claim.cueAt);
    return { point: closes ? pick.to! : pick.value!, expression: pick };
  }
  if (kind === "restored" || kind === "partial") {
    const said = f.times.find(
      (t) => t.statement && t.value && t.span.start > 0 && !/^\p{Lu}[\p{Lu} .'-]{1,40},/u.test(s),
    );
    if (said?.value)
      return {
        point: { ...said.value, grain: said.value.grain === "minute" ? "minute" : "day" },
        expression: said,
      };
  }
  return null;
}
