// runBatch: many URLs, unattended and polite. A bounded look-ahead buffer groups URLs by host and hands
// them out round-robin, so a host-sorted input still keeps every worker busy; p-queue caps the global
// concurrency; the HostLimiter enforces per-host concurrency and delay on every single HTTP request
// (robots.txt, redirects and retries included); robots.txt is fetched once per origin.
import PQueue from "p-queue";
import { createGuardedAgent } from "./address-guard.js";
import { DEFAULTS, parseHttpUrl } from "./fetch-core.js";
import { fetchPageWith } from "./fetch-page.js";
import { HostLimiter } from "./host-limiter.js";
import { RobotsCache } from "./robots.js";
import type {
  BatchOptions,
  BatchSummary,
  FetchInternals,
  FetchOptions,
  FetchResult,
  RequestHooks,
} from "./types.js";

export const BATCH_DEFAULTS = {
  concurrency: 16,
  perHost: 2,
  delayMs: 1000,
  maxCrawlDelayMs: 30_000,
  lookahead: 5000,
} as const;

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

function nonNegative(name: string, value: number): number {
  if (!(Number.isFinite(value) && value >= 0))
    throw new RangeError(`${name} must be zero or more, got ${value}`);
  return value;
}

function validate(options: BatchOptions) {
  positiveInteger("timeoutMs", options.timeoutMs ?? DEFAULTS.timeoutMs);
  positiveInteger("maxBytes", options.maxBytes ?? DEFAULTS.maxBytes);
  nonNegative("retries", options.retries ?? DEFAULTS.retries);
  return {
    concurrency: positiveInteger("concurrency", options.concurrency ?? BATCH_DEFAULTS.concurrency),
    perHost: positiveInteger("perHost", options.perHost ?? BATCH_DEFAULTS.perHost),
    delayMs: nonNegative("delayMs", options.delayMs ?? BATCH_DEFAULTS.delayMs),
    maxCrawlDelayMs: nonNegative(
      "maxCrawlDelayMs",
      options.maxCrawlDelayMs ?? BATCH_DEFAULTS.maxCrawlDelayMs,
    ),
    lookahead: positiveInteger("lookahead", options.lookahead ?? BATCH_DEFAULTS.lookahead),
  };
}

function iterate(urls: Iterable<string> | AsyncIterable<string>): AsyncIterator<string> | Iterator<string> {
  return Symbol.asyncIterator in urls
    ? (urls as AsyncIterable<string>)[Symbol.asyncIterator]()
    : (urls as Iterable<string>)[Symbol.iterator]();
}

/** URLs waiting to be fetched, grouped by host, handed out round-robin to hosts with a free slot. */
class HostBuckets {
  private readonly buckets = new Map<string, string[]>();
  private readonly inFlight = new Map<string, number>();
  private ring: string[] = [];
  private cursor = 0;
  size = 0;

  constructor(private readonly perHost: number) {}

  push(host: string, url: string): void {
    let bucket = this.buckets.get(host);
    if (!bucket) {
      bucket = [];
      this.buckets.set(host, bucket);
      this.ring.push(host);
    }
    bucket.push(url);
    this.size++;
  }

  /** The next URL whose host has fewer than perHost URLs in flight, or null. */
  take(): { host: string; url: string } | null {
    for (let step = 0; step < this.ring.length; step++) {
      const index = (this.cursor + step) % this.ring.length;
      const host = this.ring[index]!;
      if ((this.inFlight.get(host) ?? 0) >= this.perHost) continue;
      const bucket = this.buckets.get(host)!;
      const url = bucket.shift()!;
      this.size--;
      this.inFlight.set(host, (this.inFlight.get(host) ?? 0) + 1);
      if (bucket.length === 0) {
        this.buckets.delete(host);
        this.ring.splice(index, 1);
        this.cursor = this.ring.length === 0 ? 0 : index % this.ring.length;
      } else {
        this.cursor = (index + 1) % this.ring.length;
      }
      return { host, url };
    }
    return null;
  }

  done(host: string): void {
    const left = (this.inFlight.get(host) ?? 1) - 1;
    if (left > 0) this.inFlight.set(host, left);
    else this.inFlight.delete(host);
  }
}

function invalidUrlPage(url: string): FetchResult {
  return {
    url,
    finalUrl: url,
    status: "failed",
    reason: "invalid URL",
    httpStatus: null,
    contentType: null,
    charset: null,
    body: null,
    etag: null,
    lastModified: null,
    fetchedAt: new Date().toISOString(),
    notModified: false,
    bytes: null,
    requests: 0,
  };
}

/**
 * Fetches every URL with global and per-host limits, robots.txt and retries, calling `onResult` once
 * per URL as it finishes (calls are serialised; a worker waits for its call before taking new work,
 * so slow storage slows fetching instead of piling up bodies). Never rejects because of a URL; rejects
 * only if `onResult` throws (after in-flight fetches finish). Aborting `signal` stops taking new URLs,
 * cancels pending retries, lets requests in flight finish, and resolves with `aborted: true`.
 */
export async function runBatch(
  urls: Iterable<string> | AsyncIterable<string>,
  options: BatchOptions,
  onResult: (page: FetchResult) => void | Promise<void>,
): Promise<BatchSummary> {
  const limits = validate(options);
  const startedAt = Date.now();
  const summary: BatchSummary = {
    ok: 0,
    failed: 0,
    skipped: 0,
    byReason: {},
    maxPerHostObserved: 0,
    notes: [],
    aborted: false,
    durationMs: 0,
  };

  const agent = createGuardedAgent({
    allowPrivate: options.allowPrivate ?? false,
    connectTimeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
  });
  const limiter = new HostLimiter(limits.perHost, limits.delayMs);
  const drain = new AbortController();
  const stopIntake = () => drain.abort();
  options.signal?.addEventListener("abort", stopIntake, { once: true });
  if (options.signal?.aborted) drain.abort();

  // In-flight requests are not cut off by the batch signal: it only drains (see FetchInternals).
  const { signal: _batchSignal, validators, ...fetchOptions } = options;
  const hooks: RequestHooks = {
    acquire: (url) => limiter.acquire(url.host),
    pauseHost: (url, ms) => limiter.pause(url.host, ms),
  };
  const internals: FetchInternals = { dispatcher: agent, hooks, drainSignal: drain.signal };
  if (options.robots ?? true) {
    const robots = new RobotsCache({
      options: fetchOptions as FetchOptions,
      internals,
      limiter,
      maxCrawlDelayMs: limits.maxCrawlDelayMs,
      note: (message) => summary.notes.push(message),
    });
    hooks.policy = (url) => robots.refusal(url);
  }

  let storageError: { error: unknown } | null = null;
  let storing: Promise<void> = Promise.resolve();
  const record = (page: FetchResult): Promise<void> => {
    summary[page.status]++;
    if (page.reason) summary.byReason[page.reason] = (summary.byReason[page.reason] ?? 0) + 1;
    storing = storing.then(async () => {
      if (storageError) return;
      try {
        await onResult(page);
      } catch (error) {
        storageError = { error };
        drain.abort();
      }
    });
    return storing;
  };

  const queue = new PQueue({ concurrency: limits.concurrency });
  const buckets = new HostBuckets(limits.perHost);
  const iterator = iterate(urls);
  let exhausted = false;
  let wake: (() => void) | null = null;
  // "next" fires after p-queue has freed the slot, so the dispatcher sees the capacity it is woken for.
  queue.on("next", () => {
    wake?.();
    wake = null;
  });

  const fetchOne = async (host: string, url: string) => {
    let page: FetchResult;
    try {
      const known = validators?.(url);
      const options = known
        ? { ...fetchOptions, etag: known.etag, lastModified: known.lastModified }
        : fetchOptions;
      page = await fetchPageWith(url, options, internals);
    } catch (error) {
      // fetchPageWith resolves for everything the network does; this is a bug, kept to one URL.
      page = {
        ...invalidUrlPage(url),
        reason: `internal error: ${error instanceof Error ? error.message : error}`,
      };
    }
    try {
      await record(page);
    } finally {
      buckets.done(host);
    }
  };

  try {
    while (!drain.signal.aborted) {
      while (!exhausted && buckets.size < limits.lookahead && !drain.signal.aborted) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const url = String(next.value).trim();
        if (url === "") continue;
        const parsed = parseHttpUrl(url);
        if (parsed) buckets.push(parsed.host, url);
        else await record(invalidUrlPage(url));
      }
      if (exhausted && buckets.size === 0) break;

      let dispatched = false;
      while (queue.pending + queue.size < limits.concurrency) {
        const next = buckets.take();
        if (!next) break;
        dispatched = true;
        void queue.add(() => fetchOne(next.host, next.url));
      }
      if (!dispatched && queue.pending + queue.size > 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    }
    summary.aborted = drain.signal.aborted && !(exhausted && buckets.size === 0);
  } catch (error) {
    drain.abort(); // the input failed: no retries for what is in flight, report it and stop
    throw error;
  } finally {
    options.signal?.removeEventListener("abort", stopIntake);
    await queue.onIdle();
    await storing;
    if (!exhausted) await iterator.return?.();
    await agent.close();
  }
  if (storageError) throw (storageError as { error: unknown }).error;
  summary.maxPerHostObserved = limiter.maxPerHostObserved;
  summary.durationMs = Date.now() - startedAt;
  return summary;
}
