import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchedPage } from "../../src/contracts.js";
import { type FetchOptions, fetchPage } from "../../src/fetch/index.js";
import { ARTICLE_PARAGRAPHS, ARTICLE_TITLE, startTestServer, type TestServer } from "./test-server.js";

let server: TestServer;
const fast: FetchOptions = { allowPrivate: true, timeoutMs: 2000, retries: 3, retryBaseMs: 20 };

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("fetchPage: successes", () => {
  it("fetches a UTF-8 page and reports charset, validators and a contract-valid record", async () => {
    const page = await fetchPage(`${server.url}/conditional`, fast);
    expect(page.status).toBe("ok");
    expect(page.reason).toBeNull();
    expect(page.httpStatus).toBe(200);
    expect(page.charset).toBe("utf-8");
    expect(page.body).toContain(ARTICLE_TITLE);
    expect(page.etag).toBe('"v1"');
    expect(page.lastModified).toBe("Wed, 15 Oct 2025 05:00:00 GMT");
    expect(FetchedPage.parse(page).status).toBe("ok");
  });

  it("sends a User-Agent naming jangae with the contact", async () => {
    server.stats.reset();
    await fetchPage(`${server.url}/page/ua`, { ...fast, contact: "ops@example.org" });
    expect(server.stats.log[0]?.headers["user-agent"]).toBe("jangae/0.1 (+mailto:ops@example.org)");
  });

  it("decodes an EUC-KR page declared only by <meta>, keeping 똠 and 뷁", async () => {
    const page = await fetchPage(`${server.url}/korean/euc-kr-meta`, fast);
    expect(page.status).toBe("ok");
    expect(page.charset).toBe("cp949");
    expect(page.body).toContain(ARTICLE_PARAGRAPHS[2]);
    expect(page.body).toContain("똠");
    expect(page.body).toContain("뷁");
    expect(page.body).not.toContain("\uFFFD");
  });

  it("decodes a CP949 page declared only by the HTTP header (ks_c_5601-1987)", async () => {
    const page = await fetchPage(`${server.url}/korean/cp949-header`, fast);
    expect(page.charset).toBe("cp949");
    expect(page.body).toContain(ARTICLE_TITLE);
    expect(page.body).toContain("뷁");
  });

  it("sniffs an undeclared CP949 page", async () => {
    const page = await fetchPage(`${server.url}/korean/sniff`, fast);
    expect(page.charset).toBe("cp949");
    expect(page.body).toContain("똠");
  });

  it("decodes a UTF-8 page with a BOM and strips the BOM", async () => {
    const page = await fetchPage(`${server.url}/korean/utf8-bom`, fast);
    expect(page.charset).toBe("utf-8");
    expect(page.body?.startsWith("<!doctype html>")).toBe(true);
    expect(page.body).toContain("똠");
  });

  it("undoes gzip content-encoding", async () => {
    const page = await fetchPage(`${server.url}/korean/gzip`, fast);
    expect(page.status).toBe("ok");
    expect(page.body).toContain(ARTICLE_TITLE);
  });

  it("accepts text/plain", async () => {
    const page = await fetchPage(`${server.url}/text`, fast);
    expect(page.status).toBe("ok");
    expect(page.contentType).toBe("text/plain; charset=utf-8");
    expect(page.body).toContain(ARTICLE_PARAGRAPHS[0]);
  });

  it("follows a redirect chain and reports the final URL", async () => {
    const page = await fetchPage(`${server.url}/redirect/3`, fast);
    expect(page.status).toBe("ok");
    expect(page.finalUrl).toBe(`${server.url}/redirect/0`);
    expect(page.requests).toBe(4);
  });

  it("sends If-None-Match and reports a 304 as ok and notModified", async () => {
    server.stats.reset();
    const page = await fetchPage(`${server.url}/conditional`, { ...fast, etag: '"v1"' });
    expect(server.stats.log[0]?.headers["if-none-match"]).toBe('"v1"');
    expect(page).toMatchObject({
      status: "ok",
      httpStatus: 304,
      notModified: true,
      body: null,
      etag: '"v1"',
    });
  });

  it("sends If-Modified-Since from lastModified", async () => {
    const lastModified = "Wed, 15 Oct 2025 05:00:00 GMT";
    const page = await fetchPage(`${server.url}/conditional`, { ...fast, lastModified });
    expect(page.notModified).toBe(true);
    expect(page.lastModified).toBe(lastModified);
  });
});

describe("fetchPage: failures end with a status and a reason", () => {
  it("404 fails at once, without retries", async () => {
    server.stats.reset();
    const page = await fetchPage(`${server.url}/status/404`, fast);
    expect(page).toMatchObject({ status: "failed", reason: "HTTP 404", httpStatus: 404 });
    expect(server.stats.count("/status/404")).toBe(1);
  });

  it("500 fails after the configured retries", async () => {
    server.stats.reset();
    const page = await fetchPage(`${server.url}/status/500`, fast);
    expect(page).toMatchObject({ status: "failed", reason: "HTTP 500 after 3 retries", httpStatus: 500 });
    expect(server.stats.count("/status/500")).toBe(4);
  });

  it("503 then 200 is ok after one retry", async () => {
    const page = await fetchPage(`${server.url}/flaky/once?fail=1&code=503`, fast);
    expect(page.status).toBe("ok");
    expect(page.requests).toBe(2);
  });

  it("429 with Retry-After: 1 waits about a second, then succeeds", async () => {
    const started = Date.now();
    const page = await fetchPage(`${server.url}/throttled/a?after=1`, fast);
    expect(page.status).toBe("ok");
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("a Retry-After beyond the cap is not waited for", async () => {
    const started = Date.now();
    const page = await fetchPage(`${server.url}/throttled/b?after=120`, { ...fast, maxRetryAfterMs: 5000 });
    expect(page).toMatchObject({ status: "failed", reason: "HTTP 429 with Retry-After over 5 s" });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("detects a redirect loop", async () => {
    const page = await fetchPage(`${server.url}/loop/a`, fast);
    expect(page).toMatchObject({ status: "failed", reason: "redirect loop" });
  });

  it("fails cleanly on a redirect to a malformed or non-HTTP Location", async () => {
    const bad = await fetchPage(`${server.url}/goto?to=${encodeURIComponent("http://[oops")}`, fast);
    expect(bad).toMatchObject({ status: "failed", reason: "redirect to invalid URL http://[oops" });
    const ftp = await fetchPage(`${server.url}/goto?to=${encodeURIComponent("ftp://example.org/")}`, fast);
    expect(ftp.reason).toBe("redirect to invalid URL ftp://example.org/");
  });

  it("stops after five redirects", async () => {
    expect((await fetchPage(`${server.url}/redirect/5`, fast)).status).toBe("ok");
    const page = await fetchPage(`${server.url}/redirect/6`, fast);
    expect(page).toMatchObject({ status: "failed", reason: "too many redirects" });
  });

  it("times out a hanging response", async () => {
    const started = Date.now();
    const page = await fetchPage(`${server.url}/hang`, { ...fast, timeoutMs: 300 });
    expect(page).toMatchObject({ status: "failed", reason: "timed out after 300 ms" });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("cuts off an endless body as soon as it passes maxBytes", async () => {
    const started = Date.now();
    const page = await fetchPage(`${server.url}/endless`, { ...fast, maxBytes: 200_000, timeoutMs: 10_000 });
    expect(page).toMatchObject({ status: "skipped", reason: "body over 200000 bytes", body: null });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("skips a PDF by content type without reading it", async () => {
    const page = await fetchPage(`${server.url}/pdf`, fast);
    expect(page).toMatchObject({ status: "skipped", reason: "content-type application/pdf", body: null });
  });

  it("skips an empty page", async () => {
    const page = await fetchPage(`${server.url}/empty`, fast);
    expect(page).toMatchObject({ status: "skipped", reason: "empty page", httpStatus: 200 });
  });

  it("skips binary garbage served as text/html", async () => {
    const page = await fetchPage(`${server.url}/garbage`, fast);
    expect(page.status).toBe("skipped");
    expect(page.reason).toBe("binary content (NUL bytes) served as text");
    expect(page.body).toBeNull();
  });

  it("reports an invalid URL and an unsupported scheme", async () => {
    expect(await fetchPage("not a url", fast)).toMatchObject({ status: "failed", reason: "invalid URL" });
    expect(await fetchPage("ftp://example.org/x", fast)).toMatchObject({
      status: "failed",
      reason: "invalid URL",
    });
  });

  it("reports connection refused", async () => {
    const closed = await startTestServer();
    const url = `${closed.url}/page/x`;
    await closed.close();
    const page = await fetchPage(url, fast);
    expect(page).toMatchObject({ status: "failed", reason: "connection refused" });
  });

  it("reports a failed DNS lookup", async () => {
    const page = await fetchPage("http://no-such-host.invalid/", { ...fast, retries: 0 });
    expect(page.status).toBe("failed");
    expect(page.reason).toMatch(/^DNS lookup failed: E[A-Z_]+$/);
  });

  it("an aborted signal ends the fetch as failed, aborted", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const page = await fetchPage(`${server.url}/hang`, { ...fast, signal: controller.signal });
    expect(page).toMatchObject({ status: "failed", reason: "aborted" });
  });
});

describe("fetchPage: address guard", () => {
  it("refuses 127.0.0.1 unless allowPrivate", async () => {
    server.stats.reset();
    const page = await fetchPage(`${server.url}/page/guard`, { timeoutMs: 2000 });
    expect(page).toMatchObject({ status: "failed", reason: "refused private address 127.0.0.1" });
    expect(server.stats.requests).toBe(0);
  });

  it("refuses a hostname that resolves to loopback (checked after DNS)", async () => {
    server.stats.reset();
    const page = await fetchPage(`${server.origin("localhost")}/page/guard`, { timeoutMs: 2000 });
    expect(page.status).toBe("failed");
    expect(page.reason).toMatch(/^refused private address (127\.0\.0\.1|::1)$/);
    expect(server.stats.requests).toBe(0);
  });

  it("refuses IPv6 and IPv4-mapped loopback literals", async () => {
    const v6 = await fetchPage(`http://[::1]:${server.port}/`, { timeoutMs: 2000 });
    expect(v6.reason).toBe("refused private address ::1");
    const mapped = await fetchPage(`http://[::ffff:127.0.0.1]:${server.port}/`, { timeoutMs: 2000 });
    expect(mapped.reason).toMatch(/^refused private address ::ffff:/);
  });
});
