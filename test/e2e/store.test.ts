import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../fetch/test-server.js";
import { jangae, jangaeAsync, jsonl } from "./cli.js";

const dir = mkdtempSync(join(tmpdir(), "jangae-e2e-"));
const db = join(dir, "store.db");
const count = (sql: string) => (new Database(db, { readonly: true }).prepare(sql).get() as { n: number }).n;

describe("jangae ingest → query/show/export", () => {
  it("ingests the bundled corpus and prints incidents", () => {
    const r = jangae(["ingest", "corpus", "--db", db]);
    expect(r.code).toBe(0);
    expect(count("SELECT COUNT(*) AS n FROM incidents")).toBeGreaterThan(5);
    expect(count("SELECT COUNT(*) AS n FROM sources WHERE status = 'ok'")).toBe(18);
  });

  it("is idempotent: re-ingesting the same content adds nothing", () => {
    const before = ["incidents", "articles", "evidence", "incident_services"].map((t) =>
      count(`SELECT COUNT(*) AS n FROM ${t}`),
    );
    expect(jangae(["ingest", "corpus", "--db", db]).code).toBe(0);
    const after = ["incidents", "articles", "evidence", "incident_services"].map((t) =>
      count(`SELECT COUNT(*) AS n FROM ${t}`),
    );
    expect(after).toEqual(before);
  });

  it("filters by operator, cause and full text (two-syllable Korean words too)", () => {
    const kt = jsonl(jangae(["query", "--db", db, "--operator", "KT", "--format", "jsonl"]).stdout);
    expect(kt.length).toBeGreaterThan(0);
    for (const i of kt) expect(i.operators.map((o: { canonical: string }) => o.canonical)).toContain("KT");
    const fires = jsonl(jangae(["query", "--db", db, "--cause", "fire", "--format", "jsonl"]).stdout);
    for (const i of fires)
      expect(i.causes.some((c: { code: string; negated: boolean }) => c.code === "fire" && !c.negated)).toBe(
        true,
      );
    const text = jsonl(jangae(["query", "--db", db, "--text", "장애", "--format", "jsonl"]).stdout);
    expect(text.length).toBeGreaterThan(0);
    const none = jsonl(
      jangae(["query", "--db", db, "--text", "존재하지않는낱말", "--format", "jsonl"]).stdout,
    );
    expect(none).toEqual([]);
  });

  it("shows one incident with its evidence sentences and sources", () => {
    const [first] = jsonl(jangae(["query", "--db", db, "--format", "jsonl"]).stdout);
    const r = jangae(["show", String(first.id), "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`incident ${first.id}`);
    expect(r.stdout).toMatch(/“.+” \(corpus\/.+ #\d+, ko\./);
    expect(jangae(["show", "999999", "--db", db]).code).toBe(1);
  });

  it("exports JSONL with sources and CSV with a header", () => {
    const rows = jsonl(jangae(["export", "--db", db]).stdout);
    expect(rows.length).toBe(count("SELECT COUNT(*) AS n FROM incidents"));
    for (const r of rows) expect(r.sources.length).toBeGreaterThan(0);
    const csv = jangae(["export", "--db", db, "--format", "csv"]).stdout.split("\n");
    expect(csv[0]).toContain("id,start,end");
  });
});

describe("jangae ingest over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("records each URL's outcome, goes on after a failure, and exits 3", async () => {
    const urlDb = join(dir, "urls.db");
    const ok = `${server.url}/page/a1`;
    const missing = `${server.url}/status/404`;
    const r = await jangaeAsync([
      "ingest",
      ok,
      missing,
      "--db",
      urlDb,
      "--allow-private",
      "--delay",
      "0",
      "--retries",
      "0",
    ]);
    expect(r.code).toBe(3);
    const sources = jsonl(jangae(["sources", "--db", urlDb, "--format", "jsonl"]).stdout);
    const byUrl = Object.fromEntries(sources.map((s) => [s.url, s]));
    expect(byUrl[ok].status).toBe("ok");
    expect(byUrl[ok].http_status).toBe(200);
    expect(byUrl[missing]).toMatchObject({ status: "failed", error: "HTTP 404", http_status: 404 });
    const again = await jangaeAsync(["ingest", ok, "--db", urlDb, "--allow-private", "--delay", "0"]);
    expect(again.code).toBe(0);
  });

  it("refuses a private address without --allow-private", async () => {
    const refDb = join(dir, "refused.db");
    const r = await jangaeAsync(["ingest", `${server.url}/page/a2`, "--db", refDb, "--retries", "0"]);
    expect(r.code).toBe(3);
    const [s] = jsonl(jangae(["sources", "--db", refDb, "--format", "jsonl"]).stdout);
    expect(s.error).toMatch(/private address/);
  });
});
