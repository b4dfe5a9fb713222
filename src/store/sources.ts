import type { Db } from "./db.js";

export type SourceStatus = "pending" | "ok" | "failed" | "skipped";

export interface SourceRow {
  id: number;
  input: string;
  kind: "url" | "file" | "stdin";
  status: SourceStatus;
  error: string | null;
  http_status: number | null;
  final_url: string | null;
  fetched_at: string | null;
  content_hash: string | null;
  duplicate_of: number | null;
  etag: string | null;
  last_modified: string | null;
  attempts: number;
  updated_at: string;
}

export interface SourceUpdate {
  status: SourceStatus;
  error?: string | null;
  httpStatus?: number | null;
  finalUrl?: string | null;
  fetchedAt?: string | null;
  etag?: string | null;
  lastModified?: string | null;
}

export function getSource(db: Db, input: string): SourceRow | undefined {
  return db.prepare("SELECT * FROM sources WHERE input = ?").get(input) as SourceRow | undefined;
}

/** Creates the source row if new; returns its id. */
export function ensureSource(db: Db, input: string, kind: SourceRow["kind"]): number {
  db.prepare(
    "INSERT INTO sources (input, kind, status, updated_at) VALUES (?, ?, 'pending', ?) ON CONFLICT(input) DO NOTHING",
  ).run(input, kind, new Date().toISOString());
  return (db.prepare("SELECT id FROM sources WHERE input = ?").get(input) as { id: number }).id;
}

/** ensureSource for many inputs in one transaction; ids in input order. */
export function ensureSources(db: Db, inputs: string[], kind: SourceRow["kind"]): number[] {
  return db.transaction(() => inputs.map((input) => ensureSource(db, input, kind)))();
}

/** ETag / Last-Modified of URL sources stored ok whose raw page is kept, by URL: what a refetch can send. */
export function storedValidators(db: Db): Map<string, { etag: string | null; lastModified: string | null }> {
  const rows = db
    .prepare(
      `SELECT s.input, s.etag, s.last_modified FROM sources s JOIN pages p ON p.source_id = s.id
       WHERE s.kind = 'url' AND s.status = 'ok' AND (s.etag IS NOT NULL OR s.last_modified IS NOT NULL)`,
    )
    .all() as Array<{ input: string; etag: string | null; last_modified: string | null }>;
  return new Map(rows.map((r) => [r.input, { etag: r.etag, lastModified: r.last_modified }]));
}

export function updateSource(db: Db, id: number, u: SourceUpdate): void {
  db.prepare(
    `UPDATE sources SET status = @status, error = @error, http_status = COALESCE(@httpStatus, http_status),
       final_url = COALESCE(@finalUrl, final_url), fetched_at = COALESCE(@fetchedAt, fetched_at),
       etag = COALESCE(@etag, etag), last_modified = COALESCE(@lastModified, last_modified),
       attempts = attempts + 1, updated_at = @now WHERE id = @id`,
  ).run({
    id,
    status: u.status,
    error: u.error ?? null,
    httpStatus: u.httpStatus ?? null,
    finalUrl: u.finalUrl ?? null,
    fetchedAt: u.fetchedAt ?? null,
    etag: u.etag ?? null,
    lastModified: u.lastModified ?? null,
    now: new Date().toISOString(),
  });
}

export function savePage(
  db: Db,
  sourceId: number,
  body: string,
  contentType: string | null,
  charset: string | null,
) {
  db.prepare(
    `INSERT INTO pages (source_id, content_type, charset, body) VALUES (?, ?, ?, ?)
     ON CONFLICT(source_id) DO UPDATE SET content_type = excluded.content_type, charset = excluded.charset, body = excluded.body`,
  ).run(sourceId, contentType, charset, body);
}

export function getPage(db: Db, sourceId: number): { body: string; content_type: string | null } | undefined {
  return db.prepare("SELECT body, content_type FROM pages WHERE source_id = ?").get(sourceId) as
    | { body: string; content_type: string | null }
    | undefined;
}

export function listSources(db: Db, status?: SourceStatus): SourceRow[] {
  return (
    status
      ? db.prepare("SELECT * FROM sources WHERE status = ? ORDER BY id").all(status)
      : db.prepare("SELECT * FROM sources ORDER BY id").all()
  ) as SourceRow[];
}
