import type { Incident, OperatorFact, ProgressFact, ServiceFact } from "../../contracts.js";
import { publicationMs } from "../common-facts.js";
import { dedupeClaims, dedupeServices, mergeCauses } from "../refiners.js";
import { claimTime } from "./claim-times.js";
import { before, findEnd, findStart } from "./incident-times.js";
import type { SentenceFacts } from "./sentence-facts.js";
import type { ServiceMention } from "./services.js";
import { type EnTimeExpression, formatPoint, msOf } from "./time/index.js";

const DAY = 86_400_000;

/** The headline outage first, then each earlier outage the article recalls as background. */
export function assembleIncidents(
  facts: SentenceFacts[],
  published: string | null,
  regulator: (canonical: string) => boolean,
): Incident[] {
  const publishedMs = publicationMs(published);
  const isBackground = (f: SentenceFacts) => background(f, publishedMs);
  const main = facts.filter((f) => !isBackground(f));
  const incidents: Incident[] = [];
  const headline = buildIncident(main, true, regulator);
  if (isOutage(headline, main)) incidents.push(headline);
  for (const group of groupByDay(facts.filter(isBackground))) {
    const inc = buildIncident(group, false, regulator);
    if (!inc.services.length) continue;
    if (!inc.operators.length && headline.operators.length) inc.operators = headline.operators.slice(0, 1);
    incidents.push(inc);
  }
  return incidents;
}

function isOutage(inc: Incident, facts: SentenceFacts[]): boolean {
  if (!facts.some((f) => f.outage)) return false;
  // An outage report may name no service we can read ("subscribers could not make calls") but still date it and name who runs it.
  return (
    inc.services.some((s) => s.status !== "unaffected") || (inc.start !== null && inc.operators.length > 0)
  );
}

/** A sentence about another outage: dated well before the news, or a planned stop with its own times. */
function background(f: SentenceFacts, publishedMs: number): boolean {
  if (!(f.outage || f.services.length)) return false;
  const dated = f.times.find((t) => t.kind !== "duration" && t.value && !t.statement);
  // A stop announced for later is not an outage yet.
  if (f.planned && dated) return !dated.future;
  if (!f.background || !dated?.value || Number.isNaN(publishedMs)) return false;
  return publishedMs - msOf(dated.value) > 20 * DAY;
}

function groupByDay(facts: SentenceFacts[]): SentenceFacts[][] {
  const groups = new Map<string, SentenceFacts[]>();
  for (const f of facts) {
    const t = f.times.find((x) => x.value && x.kind !== "duration" && !x.statement);
    const key = t?.value
      ? formatPoint({ ...t.value, grain: t.value.grain === "minute" ? "day" : t.value.grain })
      : "?";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

function buildIncident(
  facts: SentenceFacts[],
  headline: boolean,
  regulator: (canonical: string) => boolean,
): Incident {
  const services = dedupeServices(facts.flatMap((f) => f.services).filter((s) => s.status !== "unaffected"));
  const operators = pickOperators(facts, services, regulator);
  const claims = facts.flatMap((f) =>
    f.claims.map((c) => {
      const t = claimTime(f, c);
      return {
        fact: { ...c.fact, at: t ? formatPoint(t.point) : null },
        point: t?.point ?? null,
        explicit: !!t && !t.expression.statement,
        expression: t?.expression ?? null,
        sentence: f,
      };
    }),
  );
  const claimExpressions = new Set(claims.map((c) => c.expression).filter((e): e is EnTimeExpression => !!e));
  const start = findStart(facts, claimExpressions, headline);
  let end = start ? findEnd(facts, start, claims) : null;
  if (end && start && before(end.point, start.point)) end = null;
  if (end?.derived) {
    // "…restored after the bank switched to a backup": restored when the stated length ran out.
    for (const c of claims) if (c.fact.kind === "restored" && !c.fact.at) c.fact.at = formatPoint(end.point);
  }
  return {
    headline,
    services: services.map(({ operator: _o, owner: _w, at: _a, ...s }) => s as ServiceFact),
    operators,
    start: start ? formatPoint(start.point) : null,
    end: end ? formatPoint(end.point) : null,
    startEvidence: start?.evidence ?? null,
    endEvidence: end?.evidence ?? null,
    causes: mergeCauses(facts.flatMap((f) => f.causes)),
    claims: dedupeClaims(claims.map((c) => c.fact)),
    progress: pickProgress(facts),
    causeUnderInvestigation: facts.some((f) => f.investigating),
  };
}

const nameKey = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, "");

function pickOperators(
  facts: SentenceFacts[],
  services: ServiceMention[],
  regulator: (canonical: string) => boolean,
): OperatorFact[] {
  const out = new Map<string, OperatorFact>();
  const linked = new Set(services.map((s) => s.operator).filter((o): o is string => !!o));
  const owners = new Set(
    services
      .map((s) => s.owner)
      .filter((o): o is string => !!o)
      .map(nameKey),
  );
  const serviceNames = services.map((s) => nameKey(s.name));
  for (const f of facts) {
    const relevant =
      f.outage || f.onset || f.claims.length > 0 || f.causes.length > 0 || f.services.length > 0;
    if (!relevant) continue;
    for (const o of f.operators) {
      const key = o.canonical ?? o.name;
      const owns =
        o.roles.has("owner") ||
        owners.has(nameKey(o.name)) ||
        serviceNames.some((n) => n.startsWith(nameKey(o.name)) && n !== nameKey(o.name));
      const role = owns || o.roles.size > 0 || linked.has(key);
      if (regulator(key) ? !owns : !role) continue;
      if (!out.has(key)) out.set(key, { name: o.name, canonical: o.canonical, evidence: o.evidence });
    }
  }
  if (!out.size) {
    // No organisation in an outage sentence: the subject or source of another sentence ("KT and LG Uplus said …").
    for (const f of facts) {
      for (const o of f.operators) {
        const key = o.canonical ?? o.name;
        if (regulator(key) || !(o.roles.has("subject") || o.roles.has("source") || o.roles.has("owner")))
          continue;
        if (!out.has(key)) out.set(key, { name: o.name, canonical: o.canonical, evidence: o.evidence });
      }
    }
  }
  return [...out.values()];
}

function pickProgress(facts: SentenceFacts[]): ProgressFact | null {
  const all = facts.flatMap((f) => f.progress.map((p) => ({ ...p, at: f.anchor })));
  const full = all.filter((p) => p.scope === null && p.restored != null && p.total != null);
  if (!full.length) return null;
  full.sort((a, b) => b.restored! - a.restored! || b.total! - a.total!);
  return full[0]!;
}
