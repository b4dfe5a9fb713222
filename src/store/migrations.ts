import type Database from "better-sqlite3";
import { nameKey } from "./name-key.js";

// Schema migrations, applied in order; PRAGMA user_version records how many ran.
// A migration is SQL, or a function for what SQL cannot do (Unicode normalisation).
export type Migration = string | ((db: Database.Database) => void);

export const MIGRATIONS: Migration[] = [
  `
  CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    input TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('url', 'file', 'stdin')),
    status TEXT NOT NULL CHECK (status IN ('pending', 'ok', 'failed', 'skipped')),
    error TEXT,
    http_status INTEGER,
    final_url TEXT,
    fetched_at TEXT,
    content_hash TEXT,
    duplicate_of INTEGER REFERENCES articles(id),
    etag TEXT,
    last_modified TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX sources_status ON sources(status);

  CREATE TABLE pages (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    content_type TEXT,
    charset TEXT,
    body TEXT NOT NULL
  );

  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL UNIQUE REFERENCES sources(id),
    content_hash TEXT NOT NULL UNIQUE,
    simhash TEXT NOT NULL,
    url TEXT,
    title TEXT,
    outlet TEXT,
    published TEXT,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE simhash_bands (
    band INTEGER NOT NULL,
    value INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, value, article_id)
  ) WITHOUT ROWID;

  -- Hangul runs are indexed as overlapping syllable bigrams, so two-syllable
  -- words (장애, 금융) are found as well as longer ones (as phrases of bigrams).
  CREATE VIRTUAL TABLE article_search USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');

  CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    rule TEXT NOT NULL
  );

  CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    start TEXT,
    end TEXT,
    first_published TEXT,
    last_published TEXT,
    created_at TEXT NOT NULL
  );

  CREATE TABLE incident_articles (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    headline INTEGER NOT NULL,
    start TEXT,
    end TEXT,
    start_evidence INTEGER REFERENCES evidence(id),
    end_evidence INTEGER REFERENCES evidence(id),
    cause_under_investigation INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, article_id)
  );

  CREATE TABLE incident_services (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    canonical TEXT,
    status TEXT NOT NULL,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id)
  );
  CREATE INDEX incident_services_name ON incident_services(name);

  CREATE TABLE incident_operators (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    canonical TEXT,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id)
  );
  CREATE INDEX incident_operators_name ON incident_operators(canonical, name);

  CREATE TABLE incident_causes (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    negated INTEGER NOT NULL,
    certainty TEXT NOT NULL,
    confidence REAL NOT NULL,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id)
  );

  CREATE TABLE incident_claims (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at TEXT,
    claimant TEXT,
    quote TEXT,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id)
  );

  CREATE TABLE incident_progress (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    restored INTEGER,
    total INTEGER,
    percent REAL,
    scope TEXT,
    at TEXT,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id)
  );
  `,
  // 2: normalised name keys, so merging finds candidate incidents by index, not by scanning them all.
  (db) => {
    db.exec(`
      ALTER TABLE incident_services ADD COLUMN name_key TEXT;
      ALTER TABLE incident_operators ADD COLUMN name_key TEXT;
      CREATE INDEX incident_services_key ON incident_services(name_key);
      CREATE INDEX incident_operators_key ON incident_operators(name_key);
    `);
    for (const table of ["incident_services", "incident_operators"]) {
      const rows = db.prepare(`SELECT id, name, canonical FROM ${table}`).all() as Array<{
        id: number;
        name: string;
        canonical: string | null;
      }>;
      const update = db.prepare(`UPDATE ${table} SET name_key = ? WHERE id = ?`);
      for (const r of rows) update.run(nameKey(r.canonical ?? r.name), r.id);
    }
  },
];
