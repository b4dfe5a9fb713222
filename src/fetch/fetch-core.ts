// One URL, start to finish, at the HTTP level: redirects (followed by hand, so each hop is checked),
// retries with backoff, timeouts and the body cap. What the body means is decided by the caller.
import type { IncomingHttpHeaders } from "node:http";
import { type Dispatcher, request } from "undici";
import { classifyNetworkError } from "./network-errors.js";
import { BodyTooLargeError, ContentDecodingError, isSupportedEncoding, readCappedBody } from "./read-body.js";
import { backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from "./retry.js";
import type { FetchInternals, FetchOptions } from "./types.js";
import { buildUserAgent } from "./user-agent.js";

export const DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 5_000_000,
  retries: 3,
  retryBaseMs: 1000,
  maxRetryAfterMs: 60_000,
  maxRedirects: 5,
} as const;

export type Outcome = { status: "ok" } | { status: "failed" | "skipped"; reason: string };

export interface CoreResult {
  url: string;
  finalUrl: string;
  outcome: Outcome;
  httpStatus: number | null;
  headers: IncomingHttpHeaders | null;
  bytes: Uint8Array | null;
  notModified: boolean;
  requests: number;
}

/** Decides, from status and headers, whether to read the body; returns a skip reason to refuse it. */
export type BodyFilter = (status: number, headers: IncomingHttpHeaders) => string | null;

interface Done {
  kind: "done";
  outcome: Outcome;
  status: number | null;
  headers: IncomingHttpHeaders | null;
  bytes: Uint8Array | null;
  notModified: boolean;
}

type Attempt =
  | Done
  | { kind: "redirect"; location: string; status: number; headers: IncomingHttpHeaders }
  | {
      kind: "retry";
      reason: string;
      status: number | null;
      headers: IncomingHttpHeaders | null;
      retryAfterMs: number | null;
    };

export function headerValue(headers: IncomingHttpHeaders | null, name: string): string | null {
  const value = headers?.[name];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function withoutFragment(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = "";
  return copy.href;
}

export function parseHttpUrl(input: string): URL | null {
  try {
    const url = new URL(input.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** The redirect target as an http(s) URL, or null when Location is malformed or another scheme. */
function resolveLocation(location: string, base: URL): URL | null {
  try {
    return parseHttpUrl(new URL(location, base).href);
  } catch {
    return null;
  }
}

interface AttemptContext {
  options: FetchOptions;
  internals: FetchInternals;
  timeoutMs: number;
  maxBytes: number;
  filter: BodyFilter;
  requestHeaders: Record<string, string>;
}

/** Drops a body without reading it; the error undici emits on destroy is expected and ignored. */
function abandon(body: Dispatcher.ResponseData["body"]): void {
  body.on("error", () => {});
  body.destroy();
}

function discard(body: Dispatcher.ResponseData["body"]): Promise<unknown> {
  return body.dump({ limit: 64 * 1024 }).catch(() => null);
}

async function attemptOnce(url: URL, ctx: AttemptContext): Promise<Attempt> {
  const { internals, timeoutMs, maxBytes } = ctx;
  const release = internals.hooks ? await internals.hooks.acquire(url) : () => {};
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`timed out after ${timeoutMs} ms`));
  }, timeoutMs);
  const userSignal = ctx.options.signal;
  const onUserAbort = () => controller.abort(new Error("aborted"));
  userSignal?.addEventListener("abort", onUserAbort, { once: true });
  const done = (outcome: Outcome, status: number | null, headers: IncomingHttpHeaders | null): Done => ({
    kind: "done",
    outcome,
    status,
    headers,
    bytes: null,
    notModified: false,
  });

  try {
    if (userSignal?.aborted) return done({ status: "failed", reason: "aborted" }, null, null);
    const response = await request(url, {
      method: "GET",
      headers: ctx.requestHeaders,
      signal: controller.signal,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      ...(internals.dispatcher ? { dispatcher: internals.dispatcher } : {}),
    });
    const { statusCode: status, headers, body } = response;

    if (status >= 300 && status < 400 && status !== 304) {
      await discard(body);
      const location = headerValue(headers, "location");
      if (!location)
        return done({ status: "failed", reason: `HTTP ${status} without Location` }, status, headers);
      return { kind: "redirect", location, status, headers };
    }
    if (isRetryableStatus(status)) {
      await discard(body);
      const retryAfterMs = parseRetryAfter(headerValue(headers, "retry-after"));
      return { kind: "retry", reason: `HTTP ${status}`, status, headers, retryAfterMs };
    }
    if (status >= 400) {
      await discard(body);
      return done({ status: "failed", reason: `HTTP ${status}` }, status, headers);
    }
    if (status === 304) {
      await discard(body);
      return { ...done({ status: "ok" }, status, headers), notModified: true };
    }
    if (status < 200 || status > 299) {
      await discard(body);
      return done({ status: "failed", reason: `HTTP ${status}` }, status, headers);
    }

    const refusal = ctx.filter(status, headers);
    if (refusal) {
      abandon(body);
      return done({ status: "skipped", reason: refusal }, status, headers);
    }
    const encoding = headerValue(headers, "content-encoding")?.trim().toLowerCase() ?? null;
    if (!isSupportedEncoding(encoding)) {
      abandon(body);
      return done({ status: "skipped", reason: `unsupported content-encoding ${encoding}` }, status, headers);
    }
    const declaredLength = Number(headerValue(headers, "content-length"));
    if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
      abandon(body);
      return done({ status: "skipped", reason: `body over ${maxBytes} bytes` }, status, headers);
    }
    const bytes = await readCappedBody(body, encoding, maxBytes);
    return { kind: "done", outcome: { status: "ok" }, status, headers, bytes, notModified: false };
  } catch (err) {
    if (timedOut) return done({ status: "failed", reason: `timed out after ${timeoutMs} ms` }, null, null);
    if (userSignal?.aborted) return done({ status: "failed", reason: "aborted" }, null, null);
    if (err instanceof BodyTooLargeError) return done({ status: "skipped", reason: err.message }, null, null);
    if (err instanceof ContentDecodingError)
      return done({ status: "failed", reason: err.message }, null, null);
    const classified = classifyNetworkError(err, timeoutMs);
    if (classified.retryable) {
      return { kind: "retry", reason: classified.reason, status: null, headers: null, retryAfterMs: null };
    }
    return done({ status: "failed", reason: classified.reason }, null, null);
  } finally {
    clearTimeout(timer);
    userSignal?.removeEventListener("abort", onUserAbort);
    release();
  }
}

function withRetries(reason: string, retried: number): string {
  if (retried === 0) return reason;
  return `${reason} after ${retried} ${retried === 1 ? "retry" : "retries"}`;
}

/** Fetches `input`, following redirects and retrying; never throws for anything the network does. */
export async function fetchCore(
  input: string,
  options: FetchOptions,
  internals: FetchInternals,
  filter: BodyFilter,
): Promise<CoreResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const retries = options.retries ?? DEFAULTS.retries;
  const retryBaseMs = options.retryBaseMs ?? DEFAULTS.retryBaseMs;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULTS.maxRetryAfterMs;
  const maxRedirects = options.maxRedirects ?? DEFAULTS.maxRedirects;

  const result: CoreResult = {
    url: input,
    finalUrl: input,
    outcome: { status: "failed", reason: "invalid URL" },
    httpStatus: null,
    headers: null,
    bytes: null,
    notModified: false,
    requests: 0,
  };
  let current = parseHttpUrl(input);
  if (!current) return result;

  const requestHeaders: Record<string, string> = {
    "user-agent": buildUserAgent(options.contact),
    accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
    "accept-language": "ko-KR,ko;q=0.9,en;q=0.5",
    "accept-encoding": "gzip, br",
  };
  if (options.etag) requestHeaders["if-none-match"] = options.etag;
  if (options.lastModified) requestHeaders["if-modified-since"] = options.lastModified;
  const ctx: AttemptContext = { options, internals, timeoutMs, maxBytes, filter, requestHeaders };

  const visited = new Set([withoutFragment(current)]);
  let redirects = 0;
  let retried = 0;
  for (;;) {
    result.finalUrl = current.href;
    const refusal = internals.hooks?.policy ? await internals.hooks.policy(current) : null;
    if (refusal) {
      result.outcome = { status: "skipped", reason: refusal };
      return result;
    }
    result.requests++;
    const attempt = await attemptOnce(current, ctx);
    result.httpStatus = attempt.status;
    result.headers = attempt.headers;

    if (attempt.kind === "done") {
      result.outcome = attempt.outcome;
      result.bytes = attempt.bytes;
      result.notModified = attempt.notModified;
      return result;
    }

    if (attempt.kind === "redirect") {
      const next = resolveLocation(attempt.location, current);
      if (!next) {
        result.outcome = { status: "failed", reason: `redirect to invalid URL ${attempt.location}` };
        return result;
      }
      const key = withoutFragment(next);
      if (visited.has(key)) {
        result.outcome = { status: "failed", reason: "redirect loop" };
        return result;
      }
      if (++redirects > maxRedirects) {
        result.outcome = { status: "failed", reason: "too many redirects" };
        return result;
      }
      visited.add(key);
      current = next;
      continue;
    }

    // A retryable failure: wait (Retry-After or backoff) unless retries are used up or the batch drains.
    const retryAfter = attempt.retryAfterMs;
    if (retryAfter !== null && retryAfter > maxRetryAfterMs) {
      result.outcome = {
        status: "failed",
        reason: `${attempt.reason} with Retry-After over ${Math.round(maxRetryAfterMs / 1000)} s`,
      };
      return result;
    }
    const drained = internals.drainSignal?.aborted || options.signal?.aborted;
    if (retried >= retries || drained) {
      result.outcome = { status: "failed", reason: withRetries(attempt.reason, retried) };
      return result;
    }
    const wait = retryAfter ?? backoffDelay(retried, retryBaseMs);
    if (retryAfter !== null) internals.hooks?.pauseHost?.(current, retryAfter);
    const stopWaiting =
      internals.drainSignal && options.signal
        ? AbortSignal.any([internals.drainSignal, options.signal])
        : (internals.drainSignal ?? options.signal);
    if (!(await sleep(wait, stopWaiting))) {
      result.outcome = {
        status: "failed",
        reason: options.signal?.aborted ? "aborted" : withRetries(attempt.reason, retried),
      };
      return result;
    }
    retried++;
  }
}
