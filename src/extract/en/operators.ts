import type { OperatorFact, Sentence } from "../../contracts.js";
import { evidenceOf } from "../evidence.js";
import type { GazetteerMatcher } from "../gazetteer.js";
import type { EnglishCues } from "./cues.js";

/** Why an organisation counts as an operator of the outage it is mentioned with. */
export type OperatorRole = "owner" | "subject" | "source" | "site" | "customers" | "member";

export interface OperatorMention extends OperatorFact {
  /** Offsets inside the sentence. */
  at: number;
  end: number;
  roles: Set<OperatorRole>;
}

const DATELINE = /^[A-Z][A-Za-z .'-]{1,40},\s[A-Z][a-z]{2,9}\.?\s\d{1,2}\s\([^)]{2,40}\)\s?(?:--|—|–|-)\s?/u;
const VENDOR_BEFORE =
  /\b(?:made|developed|supplied|provided|sold|built|released|issued)\sby\s(?:[\w.&'-]{1,25}\s){0,4}$/iu;
/** "two budget airlines, Jeju Air and Jin Air": the organisations a plural noun enumerates. */
const MEMBER_BEFORE =
  /\b(?:airlines|carriers|banks|lenders|brokerages|insurers|companies|firms|operators|telecoms|providers|platforms|portals|agencies|ministries|institutions)(?:,|\s(?:including|such as|like))\s(?:[^.;]{0,60}?(?:,\s|\sand\s))?$/iu;
const OPENER = /^(?:the|but|and|meanwhile|however|still|separately|report:|anchor:|in addition)?$/iu;

/** Organisations named in one sentence (gazetteer first, then discovery rules), with their roles. */
export function findOperators(
  sentence: Sentence,
  cues: EnglishCues,
  gazetteer: GazetteerMatcher,
  context: { causeCue: boolean; outage: boolean },
): OperatorMention[] {
  const s = sentence.text;
  const found: Array<Omit<OperatorMention, "roles">> = [];
  const overlaps = (a: number, b: number) => found.some((f) => a < f.end && b > f.at);
  for (const hit of gazetteer.find(s)) {
    found.push({
      name: hit.surface,
      canonical: hit.canonical,
      at: hit.index,
      end: hit.end,
      evidence: evidenceOf(sentence, "en.operator.gazetteer"),
    });
  }
  for (const { rule, regex } of cues.operators) {
    regex.lastIndex = 0;
    for (const m of s.matchAll(regex)) {
      let name = m.groups?.name;
      if (!name) continue;
      let start = m.index + m[0].indexOf(name);
      const article = /^(?:The|A|An|This|That|Its|Their)\s/.exec(name);
      if (article) {
        name = name.slice(article[0].length);
        start += article[0].length;
      }
      if (overlaps(start, start + name.length)) continue;
      found.push({
        name,
        canonical: gazetteer.lookup(name)?.canonical ?? null,
        at: start,
        end: start + name.length,
        evidence: evidenceOf(sentence, rule.id),
      });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const head = new RegExp(
    `^(?:'s|’s|')?\\s(?:[\\w-]{1,20}\\s){0,3}?(?:${cues.piece("service_head").source})\\b`,
    "iu",
  );
  return found.map((f) => ({ ...f, roles: rolesOf(s, f, found, head, context.causeCue || context.outage) }));
}

function rolesOf(
  s: string,
  f: { at: number; end: number },
  all: Array<{ at: number; end: number }>,
  head: RegExp,
  siteContext: boolean,
): Set<OperatorRole> {
  const roles = new Set<OperatorRole>();
  const before = s.slice(0, f.at);
  const after = s.slice(f.end);
  // The maker of a faulty product is a cause, not an operator.
  if (VENDOR_BEFORE.test(before)) return roles;
  if (MEMBER_BEFORE.test(before)) roles.add("member");
  if (head.test(after)) roles.add("owner");
  if (OPENER.test(withoutMentions(before, all, f.at))) roles.add("subject");
  if (
    /^(?:'s|’s)?\s(?:(?:also|then|later|initially|first|itself)\s)?(?:said|says|told|announced|added|explained|confirmed|reported|admitted|apologized|blamed|suffered|saw|had pointed)\b/u.test(
      after,
    )
  ) {
    roles.add("source");
  }
  if (/\baccording to (?:the\s)?$/iu.test(before)) roles.add("source");
  if (
    /\b(?:an?)\s$/iu.test(before) &&
    /^\s(?:official|officials|spokesperson|spokesman|spokeswoman|representative|executive)\b/u.test(after)
  ) {
    roles.add("source");
  }
  if (siteContext && /\b(?:at|in|inside|of|from)\s(?:the\s)?(?:[\w-]{1,20}\s){0,2}$/iu.test(before))
    roles.add("site");
  if (
    /\b(?:customers|users|subscribers|clients|investors|depositors|passengers)\sof\s(?:the\s)?$/iu.test(
      before,
    )
  )
    roles.add("customers");
  if (/^(?:'s|’s|')?\s(?:customers|users|subscribers|clients|investors)\b/u.test(after))
    roles.add("customers");
  return roles;
}

/** The text before a mention, past a dateline, with the organisations of a leading list taken out ("Jeju Air, Eastar Jet and …"). */
function withoutMentions(before: string, all: Array<{ at: number; end: number }>, at: number): string {
  let out = before;
  for (const o of [...all].reverse()) {
    if (o.end > at) continue;
    out = out.slice(0, o.at) + out.slice(o.end);
  }
  const dateline = DATELINE.exec(out)?.[0].length ?? 0;
  return out
    .slice(dateline)
    .replace(/[,\s]+|\b(?:and|or)\b/gu, " ")
    .trim();
}
