import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDb } from "../../src/store/db.js";
import { MIGRATIONS } from "../../src/store/migrations.js";

describe("store migrations", () => {
  it("bring a new store to the latest version with WAL and foreign keys", () => {
    const db = openDb(join(mkdtempSync(join(tmpdir(), "jangae-m-")), "a.db"));
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
  });

  it("upgrade a version-1 store in place, backfilling name keys", () => {
    const path = join(mkdtempSync(join(tmpdir(), "jangae-m-")), "old.db");
    const old = new Database(path);
    old.exec(MIGRATIONS[0] as string);
    old.pragma("user_version = 1");
    const now = new Date().toISOString();
    old
      .prepare(
        "INSERT INTO sources (id, input, kind, status, updated_at) VALUES (1, 'a.txt', 'file', 'ok', ?)",
      )
      .run(now);
    old
      .prepare(
        "INSERT INTO articles (id, source_id, content_hash, simhash, language, text, created_at) VALUES (1, 1, 'h', '0', 'kor', 't', ?)",
      )
      .run(now);
    old
      .prepare(
        "INSERT INTO evidence (id, article_id, sentence, start, end, text, rule) VALUES (1, 1, 0, 0, 1, 't', 'r')",
      )
      .run();
    old.prepare("INSERT INTO incidents (id, created_at) VALUES (1, ?)").run(now);
    old
      .prepare(
        "INSERT INTO incident_operators (incident_id, article_id, name, canonical, evidence_id) VALUES (1, 1, '과기 정통부', '과학기술정보통신부', 1)",
      )
      .run();
    old.close();
    const db = openDb(path);
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT name_key FROM incident_operators").get()).toEqual({
      name_key: "과학기술정보통신부",
    });
  });

  it("refuses a store from a newer jangae", () => {
    const path = join(mkdtempSync(join(tmpdir(), "jangae-m-")), "new.db");
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openDb(path)).toThrow(/newer than this jangae/);
  });
});
