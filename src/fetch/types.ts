// Options and results of the fetch stage. The page itself is the FetchedPage contract.
import type { Dispatcher } from "undici";
import type { FetchedPage } from "../contracts.js";

export interface FetchOptions {
  /** Connect timeout and total time for one request (headers and body). Default 15000. */
  timeoutMs?: number;
  /** Largest body accepted, compressed or decompressed. Default 5000000. */
  maxBytes?: number;
  /** Retries after network errors, 429 and 5xx. Default 3. */
  retries?: number;
  /** First backoff step; doubles per retry, with jitter. Default 1000. */
  retryBaseMs?: number;
  /** Longest Retry-After honoured; a server asking for more is not retried. Default 60000. */
  maxRetryAfterMs?: number;
  /** Redirects followed per URL. Default 5. */
  maxRedirects?: number;
  /** Allow loopback/private/link-local addresses (tests, intranet use). Default false. */
  allowPrivate?: boolean;
  /** Contact put in the User-Agent, e.g. "mailto:ops@example.org" or a URL. */
  contact?: string;
  /** Validators from a previous fetch, sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  /** Aborts the fetch; the page ends "failed" with reason "aborted". */
  signal?: AbortSignal;
}

export interface BatchOptions extends FetchOptions {
  /** Requests in flight across all hosts. Default 16. */
  concurrency?: number;
  /** Requests in flight to one host. Default 2. */
  perHost?: number;
  /** Minimum gap between request starts to one host; robots.txt Crawl-delay can raise it. Default 1000. */
  delayMs?: number;
  /** Honour robots.txt. Default true. */
  robots?: boolean;
  /** Highest Crawl-delay honoured; a larger one is clamped to this (and noted). Default 30000. */
  maxCrawlDelayMs?: number;
  /** URLs read ahead of the workers, so a host-sorted input still spreads over hosts. Default 5000. */
  lookahead?: number;
  /**
   * Per-URL validators from an earlier fetch (sent as If-None-Match / If-Modified-Since), overriding the
   * batch-wide `etag` / `lastModified`; null keeps the batch-wide ones. A 304 answer is a page with
   * `notModified: true` and no body (the caller holds the earlier body).
   */
  validators?: (url: string) => Validators | null;
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** A fetched page plus what the contract does not carry. */
export interface FetchResult extends FetchedPage {
  /** The raw body bytes (after Content-Encoding is undone), when a body was read. */
  bytes: Uint8Array | null;
  /** HTTP requests made for this URL, redirects and retries included. */
  requests: number;
}

export interface BatchSummary {
  ok: number;
  failed: number;
  skipped: number;
  /** Count per non-null reason ("HTTP 404", "disallowed by robots.txt", …). */
  byReason: Record<string, number>;
  /** Highest number of simultaneous requests seen to any one host. */
  maxPerHostObserved: number;
  /** Things worth knowing that are not per-URL results (robots.txt unreachable, Crawl-delay clamped). */
  notes: string[];
  /** True when the signal stopped the batch before the input was exhausted. */
  aborted: boolean;
  durationMs: number;
}

/** Politeness hooks the batch runner wraps around every single HTTP request. */
export interface RequestHooks {
  /** Waits for a per-host slot; returns the release function. */
  acquire(url: URL): Promise<() => void>;
  /** A reason to skip this URL (robots.txt), checked before every hop. */
  policy?(url: URL): Promise<string | null>;
  /** The server asked for a pause (Retry-After): hold off the whole host. */
  pauseHost?(url: URL, ms: number): void;
}

export interface FetchInternals {
  dispatcher?: Dispatcher;
  hooks?: RequestHooks;
  /** When aborted, no further retries are started (the batch is draining). */
  drainSignal?: AbortSignal;
}
