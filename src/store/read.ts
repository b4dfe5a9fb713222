import type { Db } from "./db.js";
import { toMatchQuery } from "./search-terms.js";

export interface IncidentFilter {
  service?: string;
  operator?: string;
  cause?: string;
  since?: string;
  until?: string;
  text?: string;
}

export interface EvidenceRow {
  source: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  rule: string;
}

export interface IncidentRecord {
  id: number;
  start: string | null;
  end: string | null;
  first_published: string | null;
  last_published: string | null;
  services: Array<{ name: string; canonical: string | null; status: string; evidence: EvidenceRow }>;
  operators: Array<{ name: string; canonical: string | null; evidence: EvidenceRow }>;
  causes: Array<{
    code: string;
    negated: boolean;
    certainty: string;
    confidence: number;
    evidence: EvidenceRow;
  }>;
  claims: Array<{
    kind: string;
    at: string | null;
    claimant: string | null;
    quote: string | null;
    evidence: EvidenceRow;
  }>;
  progress: Array<{
    restored: number | null;
    total: number | null;
    percent: number | null;
    scope: string | null;
    at: string | null;
    evidence: EvidenceRow;
  }>;
  articles: Array<{
    id: number;
    source: string;
    url: string | null;
    title: string | null;
    outlet: string | null;
    published: string | null;
    headline: boolean;
  }>;
  /** Every URL or path that reports this incident, duplicates included. */
  sources: string[];
}

export function findIncidentIds(db: Db, f: IncidentFilter): number[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (f.service) {
    where.push(
      `i.id IN (SELECT incident_id FROM incident_services WHERE name LIKE @service OR canonical LIKE @service)`,
    );
    params.service = `%${f.service}%`;
  }
  if (f.operator) {
    where.push(
      `i.id IN (SELECT incident_id FROM incident_operators WHERE name LIKE @operator OR canonical LIKE @operator)`,
    );
    params.operator = `%${f.operator}%`;
  }
  if (f.cause) {
    where.push(`i.id IN (SELECT incident_id FROM incident_causes WHERE code = @cause AND negated = 0)`);
    params.cause = f.cause;
  }
  if (f.since) {
    where.push(`COALESCE(i.end, i.start, i.last_published) >= @since`);
    params.since = f.since;
  }
  if (f.until) {
    where.push(`COALESCE(i.start, i.first_published) <= @until || 'T99'`);
    params.until = f.until;
  }
  if (f.text) {
    const match = toMatchQuery(f.text);
    if (match) {
      where.push(`i.id IN (SELECT ia.incident_id FROM incident_articles ia
        WHERE ia.article_id IN (SELECT rowid FROM article_search WHERE article_search MATCH @text))`);
      params.text = match;
    }
  }
  const sql = `SELECT i.id FROM incidents i ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY COALESCE(i.start, i.first_published), i.id`;
  return (db.prepare(sql).all(params) as Array<{ id: number }>).map((r) => r.id);
}

export function readIncident(db: Db, id: number): IncidentRecord | null {
  const inc = db
    .prepare("SELECT id, start, end, first_published, last_published FROM incidents WHERE id = ?")
    .get(id) as
    | Omit<
        IncidentRecord,
        "services" | "operators" | "causes" | "claims" | "progress" | "articles" | "sources"
      >
    | undefined;
  if (!inc) return null;
  const withEvidence = (table: string, cols: string) =>
    db
      .prepare(
        `SELECT ${cols}, s.input AS ev_source, e.sentence AS ev_sentence, e.start AS ev_start, e.end AS ev_end,
           e.text AS ev_text, e.rule AS ev_rule
         FROM ${table} t JOIN evidence e ON e.id = t.evidence_id JOIN articles a ON a.id = t.article_id
         JOIN sources s ON s.id = a.source_id WHERE t.incident_id = ? ORDER BY t.id`,
      )
      .all(id)
      .map((row) => splitEvidence(row as Record<string, unknown>));
  const articles = (
    db
      .prepare(
        `SELECT a.id, s.input AS source, a.url, a.title, a.outlet, a.published, ia.headline FROM incident_articles ia
         JOIN articles a ON a.id = ia.article_id JOIN sources s ON s.id = a.source_id
         WHERE ia.incident_id = ? ORDER BY a.published, a.id`,
      )
      .all(id) as Array<IncidentRecord["articles"][number] & { headline: number | boolean }>
  ).map((a) => ({ ...a, headline: Boolean(a.headline) }));
  const dupSources = db
    .prepare(
      `SELECT s.input FROM sources s WHERE s.duplicate_of IN (SELECT article_id FROM incident_articles WHERE incident_id = ?)`,
    )
    .all(id) as Array<{ input: string }>;
  return {
    ...inc,
    services: withEvidence(
      "incident_services",
      "t.name, t.canonical, t.status",
    ) as IncidentRecord["services"],
    operators: withEvidence("incident_operators", "t.name, t.canonical") as IncidentRecord["operators"],
    causes: (
      withEvidence(
        "incident_causes",
        "t.code, t.negated, t.certainty, t.confidence",
      ) as IncidentRecord["causes"]
    ).map((c) => ({ ...c, negated: Boolean(c.negated) })),
    claims: withEvidence("incident_claims", "t.kind, t.at, t.claimant, t.quote") as IncidentRecord["claims"],
    progress: withEvidence(
      "incident_progress",
      "t.restored, t.total, t.percent, t.scope, t.at",
    ) as IncidentRecord["progress"],
    articles,
    sources: [...new Set([...articles.map((a) => a.source), ...dupSources.map((d) => d.input)])],
  };
}

function splitEvidence(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const evidence: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k.startsWith("ev_")) evidence[k.slice(3)] = v;
    else out[k] = v;
  }
  return { ...out, evidence };
}

/** A one-line view of an incident for tables and CSV. */
export function summarise(r: IncidentRecord) {
  const uniq = (xs: Array<string | null>) => [...new Set(xs.filter((x): x is string => !!x))];
  return {
    id: r.id,
    start: r.start,
    end: r.end,
    operators: uniq(r.operators.map((o) => o.canonical ?? o.name)).join("; "),
    services: uniq(r.services.map((s) => s.canonical ?? s.name)).join("; "),
    causes: uniq(r.causes.filter((c) => !c.negated).map((c) => c.code)).join("; "),
    ruled_out: uniq(r.causes.filter((c) => c.negated).map((c) => c.code)).join("; "),
    claims: uniq(r.claims.map((c) => (c.at ? `${c.kind}@${c.at}` : c.kind))).join("; "),
    articles: r.articles.length,
    sources: r.sources.length,
  };
}
