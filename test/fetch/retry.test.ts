import { describe, expect, it } from "vitest";
import { backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from "../../src/fetch/retry.js";

describe("retry helpers", () => {
  it("retries 429 and 5xx only", () => {
    expect([429, 500, 502, 503, 599].every(isRetryableStatus)).toBe(true);
    expect([200, 301, 400, 403, 404, 410].some(isRetryableStatus)).toBe(false);
  });

  it("parses Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2025-10-15T05:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Wed, 15 Oct 2025 05:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 15 Oct 2025 04:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it("backs off exponentially with jitter inside [step/2, step], capped", () => {
    expect(backoffDelay(0, 100, 30_000, () => 0)).toBe(50);
    expect(backoffDelay(0, 100, 30_000, () => 1)).toBe(100);
    expect(backoffDelay(3, 100, 30_000, () => 0)).toBe(400);
    expect(backoffDelay(20, 100, 5000, () => 1)).toBe(5000);
  });

  it("sleep ends early on abort", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    expect(await sleep(5000, controller.signal)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await sleep(5)).toBe(true);
  });
});
