import type { Incident } from "../contracts.js";
import type { Db } from "./db.js";
import { nameKey as key } from "./name-key.js";
import { DAY, daysBetween, precision, toMs } from "./time-window.js";

const SAME_START_DAYS = 2;
const REPORTING_WINDOW_DAYS = 120;

/**
 * The stored incident this one continues, if any: it shares an operator or a
 * service (by canonical name or normalised surface form) and its time fits:
 * starts within two days of each other, or, when this report gives no start,
 * published while the stored incident was still being reported.
 */
export function mergeTarget(db: Db, inc: Incident, published: string | null): number | null {
  const names = new Set<string>();
  for (const o of inc.operators) names.add(key(o.canonical ?? o.name));
  for (const s of inc.services) names.add(key(s.canonical ?? s.name));
  if (!names.size) return null;
  const keys = [...names];
  const marks = keys.map(() => "?").join(",");
  const rows = db
    .prepare(
      `SELECT i.id, i.start, i.end, i.first_published, i.last_published FROM incidents i
       WHERE i.id IN (SELECT incident_id FROM incident_operators WHERE name_key IN (${marks})
                      UNION SELECT incident_id FROM incident_services WHERE name_key IN (${marks}))`,
    )
    .all(...keys, ...keys) as Array<{
    id: number;
    start: string | null;
    end: string | null;
    first_published: string | null;
    last_published: string | null;
  }>;
  const startMs = toMs(inc.start);
  const pubMs = toMs(published);
  let best: { id: number; score: number } | null = null;
  for (const r of rows) {
    const otherStart = toMs(r.start);
    let score = 0;
    if (startMs !== null && otherStart !== null) {
      if (daysBetween(startMs, otherStart) > SAME_START_DAYS) continue;
      score = 2;
    } else {
      const from = otherStart ?? toMs(r.first_published);
      const ref = startMs ?? pubMs;
      if (from === null || ref === null) continue;
      const until = (toMs(r.end) ?? toMs(r.last_published) ?? from) + 14 * DAY;
      // A stored report with no start may be about an outage that began well before it was published.
      const earliest =
        otherStart === null ? from - REPORTING_WINDOW_DAYS * DAY : from - SAME_START_DAYS * DAY;
      if (ref < earliest || ref > Math.max(until, from + REPORTING_WINDOW_DAYS * DAY)) continue;
      score = 1;
    }
    if (!best || score > best.score) best = { id: r.id, score };
  }
  return best?.id ?? null;
}

/** Incident start: the earliest of the most precise reported starts; end: the latest reported end. */
export function refreshIncidentTimes(db: Db, incidentId: number): void {
  const rows = db
    .prepare(
      `SELECT ia.start, ia.end, a.published FROM incident_articles ia JOIN articles a ON a.id = ia.article_id
       WHERE ia.incident_id = ?`,
    )
    .all(incidentId) as Array<{ start: string | null; end: string | null; published: string | null }>;
  const pick = (values: string[], latest: boolean) => {
    if (!values.length) return null;
    const best = Math.max(...values.map(precision));
    const fine = values.filter((v) => precision(v) === best);
    fine.sort((a, b) => (toMs(a) ?? 0) - (toMs(b) ?? 0));
    return latest ? fine.at(-1)! : fine[0]!;
  };
  const starts = rows.map((r) => r.start).filter((v): v is string => !!v);
  const ends = rows.map((r) => r.end).filter((v): v is string => !!v);
  const pubs = rows
    .map((r) => r.published)
    .filter((v): v is string => !!v)
    .sort((a, b) => (toMs(a) ?? 0) - (toMs(b) ?? 0));
  db.prepare(
    "UPDATE incidents SET start = ?, end = ?, first_published = ?, last_published = ? WHERE id = ?",
  ).run(pick(starts, false), pick(ends, true), pubs[0] ?? null, pubs.at(-1) ?? null, incidentId);
}
