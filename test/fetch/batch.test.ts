import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type BatchOptions, type FetchResult, runBatch } from "../../src/fetch/index.js";
import { startTestServer, type TestServer } from "./test-server.js";

let server: TestServer;
const base: BatchOptions = { allowPrivate: true, timeoutMs: 2000, retryBaseMs: 20, delayMs: 0 };

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.stats.reset();
  server.setRobots(null);
});

async function collect(urls: Iterable<string> | AsyncIterable<string>, options: BatchOptions) {
  const pages: FetchResult[] = [];
  const summary = await runBatch(urls, options, (page) => {
    pages.push(page);
  });
  return { pages, summary };
}

describe("runBatch", () => {
  it("ends every URL ok, failed or skipped, counting reasons, and calls onResult once per URL", async () => {
    const urls = [
      `${server.url}/page/1`,
      `${server.url}/status/404`,
      `${server.url}/pdf`,
      "not a url",
      `${server.url}/empty`,
      `${server.url}/status/404?again`,
    ];
    const { pages, summary } = await collect(urls, { ...base, robots: false });
    expect(pages.map((page) => page.url).sort()).toEqual([...urls].sort());
    expect(summary).toMatchObject({ ok: 1, failed: 3, skipped: 2, aborted: false });
    expect(summary.byReason).toEqual({
      "HTTP 404": 2,
      "invalid URL": 1,
      "content-type application/pdf": 1,
      "empty page": 1,
    });
  });

  it("never exceeds the per-host limit, while using several hosts at once", async () => {
    const hosts = [server.url, server.origin("localhost")];
    const urls = Array.from({ length: 40 }, (_, i) => `${hosts[i % 2]}/page/${i}?delay=40`);
    const { pages, summary } = await collect(urls, { ...base, robots: false, concurrency: 8, perHost: 2 });
    expect(pages.every((page) => page.status === "ok")).toBe(true);
    const perHost = [...server.stats.maxConcurrentByHost.values()];
    expect(perHost).toHaveLength(2);
    expect(Math.max(...perHost)).toBeLessThanOrEqual(2);
    expect(server.stats.maxConcurrent).toBeGreaterThan(2);
    expect(summary.maxPerHostObserved).toBe(2);
  });

  it("applies the per-host limit to redirect targets on another host", async () => {
    const target = (i: number) => encodeURIComponent(`${server.url}/page/hop-${i}?delay=40`);
    const viaLocalhost = Array.from(
      { length: 12 },
      (_, i) => `${server.origin("localhost")}/goto?to=${target(i)}`,
    );
    const direct = Array.from({ length: 12 }, (_, i) => `${server.url}/page/direct-${i}?delay=40`);
    const { pages, summary } = await collect([...viaLocalhost, ...direct], {
      ...base,
      robots: false,
      concurrency: 8,
      perHost: 2,
    });
    expect(pages.every((page) => page.status === "ok")).toBe(true);
    expect(server.stats.maxConcurrentByHost.get(`127.0.0.1:${server.port}`)).toBeLessThanOrEqual(2);
    expect(summary.maxPerHostObserved).toBe(2);
  });

  it("spreads a host-sorted input over hosts instead of draining one host first", async () => {
    const hosts = [server.url, server.origin("localhost")];
    const urls = hosts.flatMap((host) =>
      Array.from({ length: 10 }, (_, i) => `${host}/page/sorted-${i}?delay=30`),
    );
    await collect(urls, { ...base, robots: false, concurrency: 4, perHost: 2 });
    const firstFour = server.stats.log.slice(0, 4).map((entry) => entry.host);
    expect(new Set(firstFour).size).toBe(2);
  });

  it("spaces request starts to one host by delayMs", async () => {
    const urls = Array.from({ length: 4 }, (_, i) => `${server.url}/page/spaced-${i}`);
    await collect(urls, { ...base, robots: false, perHost: 2, delayMs: 150 });
    const starts = server.stats.log.map((entry) => entry.at);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(140);
  });

  it("skips URLs disallowed by robots.txt, fetching robots.txt once per host", async () => {
    server.setRobots({
      body: "User-agent: *\nDisallow: /status/\n\nUser-agent: jangae\nDisallow: /private/\n",
    });
    const urls = [
      `${server.url}/page/a`,
      `${server.url}/private/x`,
      `${server.url}/page/b`,
      `${server.url}/status/404`,
    ];
    const { pages, summary } = await collect(urls, { ...base });
    const byUrl = new Map(pages.map((page) => [page.url, page]));
    expect(byUrl.get(`${server.url}/private/x`)).toMatchObject({
      status: "skipped",
      reason: "disallowed by robots.txt",
    });
    // The jangae group replaces the * group, so /status/ is not disallowed for jangae.
    expect(byUrl.get(`${server.url}/status/404`)?.reason).toBe("HTTP 404");
    expect(summary.ok).toBe(2);
    expect(server.stats.count("/robots.txt")).toBe(1);
    expect(server.stats.count("/private/")).toBe(0);
  });

  it("checks robots.txt again on a redirect to a disallowed path", async () => {
    server.setRobots({ body: "User-agent: *\nDisallow: /redirect/0\n" });
    const { pages } = await collect([`${server.url}/redirect/2`], { ...base });
    expect(pages[0]).toMatchObject({ status: "skipped", reason: "disallowed by robots.txt" });
    expect(server.stats.count("/redirect/0")).toBe(0);
  });

  it("respects Crawl-delay from robots.txt", async () => {
    server.setRobots({ body: "User-agent: *\nCrawl-delay: 0.3\n" });
    const urls = Array.from({ length: 3 }, (_, i) => `${server.url}/page/crawl-${i}`);
    await collect(urls, { ...base, perHost: 2 });
    const starts = server.stats.log.map((entry) => entry.at);
    expect(server.stats.log[0]?.path).toBe("/robots.txt");
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(290);
  });

  it("allows everything when robots.txt is missing, and notes a robots.txt that fails", async () => {
    const missing = await collect([`${server.url}/page/m`], { ...base });
    expect(missing.pages[0]?.status).toBe("ok");
    expect(missing.summary.notes).toEqual([]);

    server.setRobots({ status: 503, body: "down" });
    const broken = await collect([`${server.url}/page/n`], { ...base });
    expect(broken.pages[0]?.status).toBe("ok");
    expect(broken.summary.notes).toHaveLength(1);
    expect(broken.summary.notes[0]).toMatch(
      /robots\.txt for 127\.0\.0\.1:\d+ unavailable \(HTTP 503 after 1 retry\)/,
    );
  });

  it("treats a robots.txt that times out as allow-all, with a note", async () => {
    server.setRobots({ body: "User-agent: *\nDisallow: /\n", delayMs: 1000 });
    const { pages, summary } = await collect([`${server.url}/page/t`], {
      ...base,
      timeoutMs: 200,
      retries: 0,
    });
    expect(pages[0]?.status).toBe("ok");
    expect(summary.notes[0]).toMatch(/unavailable \(timed out after 200 ms\); allowed all/);
  });

  it("ignores robots.txt with robots: false", async () => {
    server.setRobots({ body: "User-agent: *\nDisallow: /\n" });
    const { pages } = await collect([`${server.url}/page/r`], { ...base, robots: false });
    expect(pages[0]?.status).toBe("ok");
    expect(server.stats.count("/robots.txt")).toBe(0);
  });

  it("refuses private addresses in a batch unless allowPrivate", async () => {
    const { summary } = await collect([`${server.url}/page/p`, `${server.origin("localhost")}/page/p`], {
      ...base,
      allowPrivate: false,
    });
    expect(summary.failed).toBe(2);
    expect(summary.byReason["refused private address 127.0.0.1"]).toBe(2);
    expect(server.stats.requests).toBe(0);
  });

  it("keeps the look-ahead bounded: URLs are pulled from the input as work finishes", async () => {
    let pulled = 0;
    let finished = 0;
    let maxAhead = 0;
    function* urls() {
      for (let i = 0; i < 60; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - finished);
        yield `${server.url}/page/lazy-${i}`;
      }
    }
    const summary = await runBatch(
      urls(),
      { ...base, robots: false, concurrency: 4, perHost: 4, lookahead: 10 },
      () => {
        finished++;
      },
    );
    expect(summary.ok).toBe(60);
    expect(maxAhead).toBeLessThanOrEqual(10 + 4 + 1);
  });

  it("accepts an async iterable", async () => {
    async function* urls() {
      yield `${server.url}/page/async-1`;
      yield "";
      yield `${server.url}/page/async-2`;
    }
    const { summary } = await collect(urls(), { ...base, robots: false });
    expect(summary.ok).toBe(2);
  });

  it("on abort stops taking new URLs, lets in-flight ones finish, and resolves with a summary", async () => {
    const controller = new AbortController();
    const urls = Array.from({ length: 50 }, (_, i) => `${server.url}/page/abort-${i}?delay=50`);
    const pages: FetchResult[] = [];
    const summary = await runBatch(
      urls,
      { ...base, robots: false, concurrency: 2, perHost: 2, signal: controller.signal },
      (page) => {
        pages.push(page);
        if (pages.length === 3) controller.abort();
      },
    );
    expect(summary.aborted).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThan(10);
    expect(pages.every((page) => page.status === "ok")).toBe(true);
    expect(summary.ok).toBe(pages.length);
  });

  it("rejects when onResult throws, after in-flight work settles", async () => {
    const urls = Array.from({ length: 20 }, (_, i) => `${server.url}/page/store-${i}`);
    let calls = 0;
    await expect(
      runBatch(urls, { ...base, robots: false, concurrency: 2 }, () => {
        calls++;
        if (calls === 2) throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(calls).toBeLessThan(20);
  });

  it("sends each URL's own validators, so only the URL with a matching ETag gets a 304", async () => {
    const known = `${server.url}/conditional`;
    const stale = `${server.origin()}/conditional`;
    const fresh = `${server.url}/page/no-validators`;
    const validators = (url: string) =>
      url === known
        ? { etag: '"v1"', lastModified: null }
        : url === stale
          ? { etag: '"v0"', lastModified: null }
          : null;
    const { pages } = await collect([known, stale, fresh], { ...base, robots: false, validators });
    const byUrl = new Map(pages.map((page) => [page.url, page]));
    expect(byUrl.get(known)).toMatchObject({ status: "ok", notModified: true, body: null, httpStatus: 304 });
    expect(byUrl.get(stale)).toMatchObject({ status: "ok", notModified: false, httpStatus: 200 });
    expect(byUrl.get(fresh)).toMatchObject({ status: "ok", notModified: false, httpStatus: 200 });
    const sent = new Map(server.stats.log.map((entry) => [`${entry.host}${entry.path}`, entry.headers]));
    expect(sent.get(`127.0.0.1:${server.port}/conditional`)?.["if-none-match"]).toBe('"v1"');
    expect(sent.get(`localhost:${server.port}/conditional`)?.["if-none-match"]).toBe('"v0"');
    expect(sent.get(`127.0.0.1:${server.port}/page/no-validators`)?.["if-none-match"]).toBeUndefined();
  });

  it("rejects bad options before fetching anything", async () => {
    await expect(runBatch([`${server.url}/page/x`], { concurrency: 0 }, () => {})).rejects.toThrow(
      "concurrency must be a positive integer, got 0",
    );
    expect(server.stats.requests).toBe(0);
  });
});

describe("runBatch input errors", () => {
  it("rejects with the input's error after reporting the URLs already started", async () => {
    const reported: string[] = [];
    function* urls() {
      yield `${server.url}/page/before-error?delay=50`;
      throw new Error("unreadable URL list");
    }
    await expect(
      runBatch(urls(), { ...base, robots: false, lookahead: 1 }, (page) => {
        reported.push(page.url);
      }),
    ).rejects.toThrow("unreadable URL list");
    expect(reported).toEqual([`${server.url}/page/before-error?delay=50`]);
  });
});
