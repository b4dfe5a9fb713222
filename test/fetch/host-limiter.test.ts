import { describe, expect, it } from "vitest";
import { HostLimiter } from "../../src/fetch/host-limiter.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("HostLimiter", () => {
  it("grants at most perHost slots per host, first come first served, hosts independent", async () => {
    const limiter = new HostLimiter(2, 0);
    const order: string[] = [];
    const grants = ["a1", "a2", "a3", "a4"].map((name) =>
      limiter.acquire("a").then((release) => {
        order.push(name);
        return release;
      }),
    );
    const other = await limiter.acquire("b");
    await tick();
    expect(order).toEqual(["a1", "a2"]);
    (await grants[0]!)();
    await tick();
    expect(order).toEqual(["a1", "a2", "a3"]);
    (await grants[1]!)();
    (await grants[1]!)(); // a second release of the same slot is ignored
    await tick();
    expect(order).toEqual(["a1", "a2", "a3", "a4"]);
    expect(limiter.maxPerHostObserved).toBe(2);
    other();
  });

  it("spaces starts by the delay, raised per host, and pauses a host", async () => {
    const limiter = new HostLimiter(5, 30);
    limiter.raiseDelay("slow", 120);
    limiter.raiseDelay("slow", 50); // never lowers
    expect(limiter.delayFor("slow")).toBe(120);
    const starts: number[] = [];
    await Promise.all(
      [1, 2, 3].map(() =>
        limiter.acquire("slow").then((release) => {
          starts.push(Date.now());
          release();
        }),
      ),
    );
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(115);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(115);

    limiter.pause("p", 150);
    const started = Date.now();
    (await limiter.acquire("p"))();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("rejects nonsense limits", () => {
    expect(() => new HostLimiter(0, 0)).toThrow("perHost must be a positive integer, got 0");
    expect(() => new HostLimiter(1, -1)).toThrow("delayMs must be zero or more, got -1");
  });
});
