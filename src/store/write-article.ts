import { createHash } from "node:crypto";
import type { Article, Evidence, Extraction, Incident } from "../contracts.js";
import type { Db } from "./db.js";
import { mergeTarget, refreshIncidentTimes } from "./merge-incidents.js";
import { nameKey } from "./name-key.js";
import { toBigramText } from "./search-terms.js";
import { bands, fromHex, hamming, NEAR_DUPLICATE_BITS, simhash, toHex } from "./simhash.js";
import { type SourceUpdate, updateSource } from "./sources.js";

export interface WriteResult {
  articleId: number | null;
  duplicateOf: number | null;
  incidentIds: number[];
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text.normalize("NFKC").replace(/\s+/g, " ").trim()).digest("hex");
}

/**
 * Stores one article and its facts in one transaction: an interruption never
 * leaves half an article. Exact and near duplicates of a stored article are
 * recorded on the source (duplicate_of) and add no facts.
 */
export function writeArticle(
  db: Db,
  sourceId: number,
  article: Article,
  extraction: Extraction,
  fetch: Omit<SourceUpdate, "status">,
): WriteResult {
  return db.transaction((): WriteResult => {
    const hash = contentHash(article.text);
    const sh = simhash(article.text);
    const dup = findDuplicate(db, hash, sh, sourceId);
    db.prepare("UPDATE sources SET content_hash = ?, duplicate_of = ? WHERE id = ?").run(
      hash,
      dup && !dup.sameSource ? dup.id : null,
      sourceId,
    );
    updateSource(db, sourceId, { ...fetch, status: "ok", error: null });
    if (dup)
      return {
        articleId: dup.sameSource ? dup.id : null,
        duplicateOf: dup.sameSource ? null : dup.id,
        incidentIds: [],
      };
    const copies = clearArticleOf(db, sourceId);
    const now = new Date().toISOString();
    const articleId = Number(
      db
        .prepare(
          `INSERT INTO articles (source_id, content_hash, simhash, url, title, outlet, published, language, text, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          sourceId,
          hash,
          toHex(sh),
          article.url,
          article.title,
          article.outlet,
          article.published,
          article.language,
          article.text,
          now,
        ).lastInsertRowid,
    );
    const insertBand = db.prepare(
      "INSERT OR IGNORE INTO simhash_bands (band, value, article_id) VALUES (?, ?, ?)",
    );
    for (const [i, v] of bands(sh).entries()) insertBand.run(i, v, articleId);
    db.prepare("INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)").run(
      articleId,
      toBigramText(article.title ?? ""),
      toBigramText(article.text),
    );
    // Copies of the replaced article now point at its replacement.
    const repoint = db.prepare("UPDATE sources SET duplicate_of = ? WHERE id = ?");
    for (const id of copies) repoint.run(articleId, id);
    const incidentIds = extraction.incidents.map((inc) => writeIncident(db, articleId, article, inc));
    return { articleId, duplicateOf: null, incidentIds };
  })();
}

function findDuplicate(
  db: Db,
  hash: string,
  sh: bigint,
  sourceId: number,
): { id: number; sameSource: boolean } | null {
  const exact = db.prepare("SELECT id, source_id FROM articles WHERE content_hash = ?").get(hash) as
    | { id: number; source_id: number }
    | undefined;
  if (exact) return { id: exact.id, sameSource: exact.source_id === sourceId };
  if (sh === 0n) return null;
  const byBand = db.prepare("SELECT article_id FROM simhash_bands WHERE band = ? AND value = ?");
  const getHash = db.prepare("SELECT simhash, source_id FROM articles WHERE id = ?");
  const seen = new Set<number>();
  for (const [band, value] of bands(sh).entries()) {
    for (const { article_id } of byBand.all(band, value) as Array<{ article_id: number }>) {
      if (seen.has(article_id)) continue;
      seen.add(article_id);
      const row = getHash.get(article_id) as { simhash: string; source_id: number };
      if (row.source_id !== sourceId && hamming(fromHex(row.simhash), sh) <= NEAR_DUPLICATE_BITS) {
        return { id: article_id, sameSource: false };
      }
    }
  }
  return null;
}

/** A re-parsed source replaces its earlier article and facts; returns the sources that were its copies. */
function clearArticleOf(db: Db, sourceId: number): number[] {
  const old = db.prepare("SELECT id FROM articles WHERE source_id = ?").get(sourceId) as
    | { id: number }
    | undefined;
  if (!old) return [];
  const copies = (
    db.prepare("SELECT id FROM sources WHERE duplicate_of = ?").all(old.id) as Array<{ id: number }>
  ).map((r) => r.id);
  db.prepare("UPDATE sources SET duplicate_of = NULL WHERE duplicate_of = ?").run(old.id);
  db.prepare("DELETE FROM article_search WHERE rowid = ?").run(old.id);
  const incidents = db
    .prepare("SELECT incident_id FROM incident_articles WHERE article_id = ?")
    .all(old.id) as Array<{
    incident_id: number;
  }>;
  for (const t of [
    "incident_services",
    "incident_operators",
    "incident_causes",
    "incident_claims",
    "incident_progress",
  ]) {
    db.prepare(`DELETE FROM ${t} WHERE article_id = ?`).run(old.id);
  }
  db.prepare("DELETE FROM incident_articles WHERE article_id = ?").run(old.id);
  db.prepare("DELETE FROM evidence WHERE article_id = ?").run(old.id);
  db.prepare("DELETE FROM articles WHERE id = ?").run(old.id);
  for (const { incident_id } of incidents) {
    const left = db
      .prepare("SELECT COUNT(*) AS n FROM incident_articles WHERE incident_id = ?")
      .get(incident_id) as { n: number };
    if (left.n === 0) db.prepare("DELETE FROM incidents WHERE id = ?").run(incident_id);
    else refreshIncidentTimes(db, incident_id);
  }
  return copies;
}

function writeIncident(db: Db, articleId: number, article: Article, inc: Incident): number {
  const ev = (e: Evidence) =>
    Number(
      db
        .prepare(
          "INSERT INTO evidence (article_id, sentence, start, end, text, rule) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .run(articleId, e.sentence, e.start, e.end, e.text, e.rule).lastInsertRowid,
    );
  let incidentId = mergeTarget(db, inc, article.published);
  if (incidentId === null) {
    incidentId = Number(
      db
        .prepare(
          "INSERT INTO incidents (start, end, first_published, last_published, created_at) VALUES (?, ?, ?, ?, ?)",
        )
        .run(inc.start, inc.end, article.published, article.published, new Date().toISOString())
        .lastInsertRowid,
    );
  }
  db.prepare(
    `INSERT OR REPLACE INTO incident_articles (incident_id, article_id, headline, start, end, start_evidence, end_evidence, cause_under_investigation)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    incidentId,
    articleId,
    inc.headline ? 1 : 0,
    inc.start,
    inc.end,
    inc.startEvidence ? ev(inc.startEvidence) : null,
    inc.endEvidence ? ev(inc.endEvidence) : null,
    inc.causeUnderInvestigation ? 1 : 0,
  );
  const svc = db.prepare(
    "INSERT INTO incident_services (incident_id, article_id, name, canonical, status, evidence_id, name_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  for (const s of inc.services) {
    svc.run(
      incidentId,
      articleId,
      s.name,
      s.canonical,
      s.status,
      ev(s.evidence),
      nameKey(s.canonical ?? s.name),
    );
  }
  const op = db.prepare(
    "INSERT INTO incident_operators (incident_id, article_id, name, canonical, evidence_id, name_key) VALUES (?, ?, ?, ?, ?, ?)",
  );
  for (const o of inc.operators) {
    op.run(incidentId, articleId, o.name, o.canonical, ev(o.evidence), nameKey(o.canonical ?? o.name));
  }
  const cause = db.prepare(
    "INSERT INTO incident_causes (incident_id, article_id, code, negated, certainty, confidence, evidence_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  for (const c of inc.causes)
    cause.run(incidentId, articleId, c.code, c.negated ? 1 : 0, c.certainty, c.confidence, ev(c.evidence));
  const claim = db.prepare(
    "INSERT INTO incident_claims (incident_id, article_id, kind, at, claimant, quote, evidence_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  for (const c of inc.claims)
    claim.run(incidentId, articleId, c.kind, c.at, c.claimant, c.quote, ev(c.evidence));
  if (inc.progress) {
    const p = inc.progress;
    db.prepare(
      "INSERT INTO incident_progress (incident_id, article_id, restored, total, percent, scope, at, evidence_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ).run(incidentId, articleId, p.restored, p.total, p.percent, p.scope, p.at, ev(p.evidence));
  }
  refreshIncidentTimes(db, incidentId);
  return incidentId;
}
