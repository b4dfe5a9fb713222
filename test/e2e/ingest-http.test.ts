// `jangae ingest` over real HTTP: what a re-run fetches (nothing that is stored, failures again), what
// --refetch sends (the stored validators) and does with a 304, and one story served under two URLs.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { articleFromHtml } from "../../src/article/index.js";
import { extractArticle } from "../../src/extract/index.js";
import { startTestServer, storyHtml, type TestServer } from "../fetch/test-server.js";
import { jangaeAsync as jangae, jsonl } from "./cli.js";

const dir = mkdtempSync(join(tmpdir(), "jangae-ingest-http-"));
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.stats.reset());

const ingest = (db: string, ...args: string[]) =>
  jangae(["ingest", ...args, "--db", db, "--allow-private", "--delay", "0", "--retries", "0"]);

function sql<T>(db: string, text: string, ...params: unknown[]): T[] {
  const conn = new Database(db, { fileMustExist: true });
  try {
    const statement = conn.prepare(text);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  } finally {
    conn.close();
  }
}

/** Requests for `path` since the log had `since` entries. */
const requestsFor = (path: string, since = 0) => server.stats.log.slice(since).filter((r) => r.path === path);

describe("re-running ingest over stored URLs", () => {
  const db = join(dir, "conditional.db");
  let conditional: string;
  let flaky: string;

  beforeAll(() => {
    conditional = `${server.url}/conditional`;
    flaky = `${server.url}/flaky/first-fails?fail=1`;
  });

  it("fetches nothing already stored ok, and retries what failed", async () => {
    const first = await ingest(db, conditional, flaky);
    expect(first.code, first.stderr).toBe(3);
    expect(sql(db, "SELECT input, status FROM sources ORDER BY input")).toEqual([
      { input: conditional, status: "ok" },
      { input: flaky, status: "failed" },
    ]);

    const since = server.stats.log.length; // no reset: the flaky route counts its hits
    const again = await ingest(db, conditional, flaky);
    expect(again.code, again.stderr).toBe(0);
    expect(requestsFor("/conditional", since)).toHaveLength(0);
    expect(requestsFor("/flaky/first-fails?fail=1", since)).toHaveLength(1);
    expect(sql(db, "SELECT status FROM sources WHERE input = ?", flaky)).toEqual([{ status: "ok" }]);
    expect(again.stderr).toMatch(/^ok 2 \(unchanged 1,/m);
  });

  it("--refetch sends the stored ETag, and a 304 re-parses the stored page", async () => {
    // Change the kept page, so an article built from it can only have come from the store.
    sql(
      db,
      "UPDATE pages SET body = replace(body, '오후 5시 10분께', '오후 6시 40분께') WHERE source_id = (SELECT id FROM sources WHERE input = ?)",
      conditional,
    );
    const r = await ingest(db, conditional, "--refetch");
    expect(r.code, r.stderr).toBe(0);
    const [request] = requestsFor("/conditional");
    expect(request?.headers["if-none-match"]).toBe('"v1"');
    expect(request?.headers["if-modified-since"]).toBe("Wed, 15 Oct 2025 05:00:00 GMT");
    const [article] = sql<{ text: string; http_status: number }>(
      db,
      "SELECT a.text, s.http_status FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.input = ?",
      conditional,
    );
    expect(article).toEqual({ text: expect.stringContaining("오후 6시 40분께"), http_status: 304 });
    expect(r.stderr).toMatch(/^ok 1 \(unchanged 0,/m);
  });

  it("--refetch sends no validators for a URL whose page is no longer kept, and keeps the new page", async () => {
    sql(db, "DELETE FROM pages WHERE source_id = (SELECT id FROM sources WHERE input = ?)", conditional);
    const r = await ingest(db, conditional, "--refetch");
    expect(r.code, r.stderr).toBe(0);
    const [request] = requestsFor("/conditional");
    expect(request?.headers["if-none-match"]).toBeUndefined();
    expect(
      sql(
        db,
        "SELECT s.http_status, length(p.body) > 0 AS kept FROM sources s JOIN pages p ON p.source_id = s.id WHERE s.input = ?",
        conditional,
      ),
    ).toEqual([{ http_status: 200, kept: 1 }]);
    const [article] = sql<{ text: string }>(
      db,
      "SELECT a.text FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.input = ?",
      conditional,
    );
    expect(article?.text).toContain("오후 5시 10분께");
  });

  it("--refetch of an unchanged page is a 304 that leaves the article and its facts as they were", async () => {
    const facts =
      "SELECT (SELECT group_concat(id) FROM articles) AS articles, (SELECT COUNT(*) FROM evidence) AS evidence";
    const before = sql(db, facts);
    const r = await ingest(db, conditional, "--refetch");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^ok 1 \(unchanged 1,/m);
    expect(requestsFor("/conditional")[0]?.headers["if-none-match"]).toBe('"v1"');
    expect(sql(db, facts)).toEqual(before);
    expect(sql(db, "SELECT http_status, duplicate_of FROM sources WHERE input = ?", conditional)).toEqual([
      { http_status: 304, duplicate_of: null },
    ]);
  });
});

/** The first generated story the extractor reads an incident from (the rule packs change; the test should not). */
function storyWithIncident(from: number): number {
  for (let id = from; id < from + 50; id++) {
    const article = articleFromHtml(storyHtml(id, "a"), { source: "probe", url: null });
    if (extractArticle(article).incidents.length > 0) return id;
  }
  throw new Error(`no story from ${from} to ${from + 49} yields an incident: extraction is broken`);
}

describe("one story under two URLs", () => {
  it("stores one article; the copy points at it, and the incident lists both URLs", async () => {
    const db = join(dir, "duplicates.db");
    const id = storyWithIncident(0);
    const original = `${server.url}/story/${id}?layout=a`;
    const syndicated = `${server.origin("localhost")}/story/${id}?layout=b`;
    const other = `${server.origin("localhost")}/story/${id + 1}?layout=b`;
    const r = await ingest(db, original, syndicated, other);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/duplicates 1\)/);

    const sources = sql<{ id: number; input: string; content_hash: string; duplicate_of: number | null }>(
      db,
      "SELECT id, input, content_hash, duplicate_of FROM sources",
    );
    const articles = sql<{ id: number; source_id: number }>(db, "SELECT id, source_id FROM articles");
    expect(articles).toHaveLength(2);
    const pair = sources.filter((s) => s.input !== other);
    const copy = pair.find((s) => s.duplicate_of !== null)!;
    const kept = pair.find((s) => s.duplicate_of === null)!;
    expect(copy).toBeDefined();
    expect(kept).toBeDefined();
    expect(copy.duplicate_of).toBe(articles.find((a) => a.source_id === kept.id)?.id);
    // Different chrome leaves a credit line in one copy: a near duplicate, not an exact one.
    expect(copy.content_hash).not.toBe(kept.content_hash);
    expect(sources.find((s) => s.input === other)?.duplicate_of).toBeNull();

    const incidents = jsonl((await jangae(["export", "--db", db])).stdout) as Array<{ sources: string[] }>;
    const story = incidents.filter((i) => i.sources.includes(original) || i.sources.includes(syndicated));
    expect(story).toHaveLength(1);
    expect(story[0]!.sources).toEqual(expect.arrayContaining([original, syndicated]));
    expect(story[0]!.sources).not.toContain(other);
  });
});
