// An ingest of 300 slow pages, stopped the hard way (kill -9) and the polite way (SIGINT), then resumed.
// The store must come out the same as one uninterrupted run: every input ok once, no article or fact twice.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../fetch/test-server.js";
import { ROOT } from "./cli.js";

const PAGES = 300;
const BIN = join(ROOT, "bin", "jangae.js");
const dir = mkdtempSync(join(tmpdir(), "jangae-resume-"));
const list = join(dir, "list.txt");
let server: TestServer;
let urls: string[];

beforeAll(async () => {
  server = await startTestServer();
  const hosts = [server.url, server.origin("localhost")];
  urls = Array.from({ length: PAGES }, (_, i) => `${hosts[i % 2]}/story/${i}?delay=120`);
  writeFileSync(list, `# resume test\n${urls.join("\n")}\n`);
});
afterAll(() => server.close());

interface Running {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function ingest(db: string): Running {
  const args = ["ingest", "--from", list, "--db", db, "--allow-private", "--delay", "0", "--per-host", "4"];
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

function query<T>(db: string, sql: string): T[] {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}

const okCount = (db: string) =>
  query<{ n: number }>(db, "SELECT COUNT(*) AS n FROM sources WHERE status = 'ok'")[0]!.n;

/** Polls the store (read-only, beside the writer: WAL) until `atLeast` sources are ok. */
async function waitForOk(db: string, atLeast: number, running: Running): Promise<number> {
  let exited = false;
  void running.done.then(() => {
    exited = true;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !exited) {
    try {
      if (existsSync(db) && okCount(db) >= atLeast) return okCount(db);
    } catch {
      // The writer has not created the schema yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`ingest ${exited ? "ended" : "was still running"} before ${atLeast} sources were ok`);
}

// incident_articles is left out: which stored incident a fact merges into depends on what was stored
// before it, so links may differ with arrival order; the facts and their evidence may not.
const FACT_TABLES = [
  "evidence",
  "incident_services",
  "incident_operators",
  "incident_causes",
  "incident_claims",
  "incident_progress",
];

/** Per input URL: how many rows each fact table holds for its article. */
function factsByInput(db: string): Record<string, number[]> {
  const counts = FACT_TABLES.map(
    (t) => `(SELECT COUNT(*) FROM ${t} x WHERE x.article_id = a.id) AS ${t}`,
  ).join(", ");
  const rows = query<Record<string, number | string>>(
    db,
    `SELECT s.input, ${counts} FROM articles a JOIN sources s ON s.id = a.source_id`,
  );
  return Object.fromEntries(rows.map((r) => [String(r.input), FACT_TABLES.map((t) => Number(r[t]))]));
}

/** Inputs whose fact counts differ from the clean run, with both counts (empty when the stores agree). */
function differences(got: Record<string, number[]>, clean: Record<string, number[]>): string[] {
  const inputs = new Set([...Object.keys(got), ...Object.keys(clean)]);
  return [...inputs]
    .filter((input) => JSON.stringify(got[input]) !== JSON.stringify(clean[input]))
    .map((input) => `${input}: ${JSON.stringify(got[input])} vs clean ${JSON.stringify(clean[input])}`);
}

/** What any interruption must leave: a sound file, every ok source backed by an article, search rows in step. */
function expectConsistent(db: string): void {
  expect(query<{ integrity_check: string }>(db, "PRAGMA integrity_check")).toEqual([
    { integrity_check: "ok" },
  ]);
  expect(query(db, "PRAGMA foreign_key_check")).toEqual([]);
  const orphans = query(
    db,
    `SELECT s.input FROM sources s WHERE s.status = 'ok' AND s.duplicate_of IS NULL
       AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.source_id = s.id)`,
  );
  expect(orphans).toEqual([]);
  const [articles, search] = ["articles", "article_search"].map(
    (t) => query<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${t}`)[0]!.n,
  );
  expect(search).toBe(articles);
  const unbacked = query(
    db,
    "SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.status <> 'ok'",
  );
  expect(unbacked).toEqual([]);
}

/** The URLs the server was asked for since the last reset (robots.txt aside). */
function requestedStories(): string[] {
  return server.stats.log.filter((r) => r.path.startsWith("/story/")).map((r) => `http://${r.host}${r.path}`);
}

describe("ingest survives interruption", () => {
  let clean: Record<string, number[]>;

  beforeAll(async () => {
    const db = join(dir, "clean.db");
    const run = await ingest(db).done;
    expect(run.code, run.stderr).toBe(0);
    clean = factsByInput(db);
  }, 180_000);

  it("a single clean run stores every page as its own article, with facts", () => {
    expect(Object.keys(clean).sort()).toEqual([...urls].sort());
    const withFacts = Object.values(clean).filter((counts) => counts[0]! > 0).length;
    expect(withFacts).toBeGreaterThan(PAGES / 4);
  });

  it("kill -9 mid-batch leaves a consistent store; a re-run finishes the rest with no duplicates", async () => {
    const db = join(dir, "killed.db");
    server.stats.reset();
    const first = ingest(db);
    await waitForOk(db, 40, first);
    first.child.kill("SIGKILL");
    const killed = await first.done;
    expect(killed.signal).toBe("SIGKILL");

    const okAfterKill = okCount(db);
    expect(okAfterKill).toBeGreaterThanOrEqual(40);
    expect(okAfterKill).toBeLessThan(PAGES);
    expectConsistent(db);

    server.stats.reset();
    const rerun = await ingest(db).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    // Only what was not stored is downloaded again, each once.
    const fetched = requestedStories();
    expect(fetched).toHaveLength(PAGES - okAfterKill);
    expect(new Set(fetched).size).toBe(fetched.length);

    expectConsistent(db);
    const sources = query<{ input: string; status: string; duplicate_of: number | null }>(
      db,
      "SELECT input, status, duplicate_of FROM sources",
    );
    expect(sources.map((s) => s.input).sort()).toEqual([...urls].sort());
    expect(sources.every((s) => s.status === "ok" && s.duplicate_of === null)).toBe(true);
    expect(differences(factsByInput(db), clean)).toEqual([]);
  }, 180_000);

  it("SIGINT finishes the articles in flight, saves them, prints a summary and exits 130", async () => {
    const db = join(dir, "interrupted.db");
    server.stats.reset();
    const first = ingest(db);
    await waitForOk(db, 30, first);
    first.child.kill("SIGINT");
    const stopped = await first.done;
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toMatch(/interrupted/);
    expect(stopped.stderr).toMatch(/^ok \d+ .*not started \d+ \(run again to finish\)$/m);

    // Every page the server was asked for before the stop was stored: nothing in flight was dropped.
    const asked = requestedStories();
    const ok = query<{ input: string }>(db, "SELECT input FROM sources WHERE status = 'ok'").map(
      (s) => s.input,
    );
    expect(ok.length).toBeLessThan(PAGES);
    expect(ok.sort()).toEqual([...new Set(asked)].sort());
    expectConsistent(db);

    const rerun = await ingest(db).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expectConsistent(db);
    expect(differences(factsByInput(db), clean)).toEqual([]);
  }, 180_000);
});
