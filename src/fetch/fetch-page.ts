// fetchPage: one URL to a FetchedPage, with content-type filtering and charset decoding on top of the
// HTTP-level fetchCore. No per-host politeness here; runBatch adds that.
import type { IncomingHttpHeaders } from "node:http";
import type { Agent } from "undici";
import { createGuardedAgent } from "./address-guard.js";
import { binaryContentReason, decodeBody } from "./charset.js";
import { type CoreResult, DEFAULTS, fetchCore, headerValue } from "./fetch-core.js";
import type { FetchInternals, FetchOptions, FetchResult } from "./types.js";

const PARSED_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);

/** "text/html; charset=euc-kr" → "text/html". */
export function mimeEssence(contentType: string | null): string | null {
  const essence = contentType?.split(";")[0]?.trim().toLowerCase();
  return essence ? essence : null;
}

/** Refuses bodies that are not HTML or plain text. A missing Content-Type is let through and sniffed. */
export function textBodyFilter(_status: number, headers: IncomingHttpHeaders): string | null {
  const essence = mimeEssence(headerValue(headers, "content-type"));
  if (essence === null || PARSED_TYPES.has(essence)) return null;
  return `content-type ${essence}`;
}

const sharedAgents = new Map<string, Agent>();

/** One guarded agent per (allowPrivate, timeout), reused by fetchPage calls outside a batch. */
function sharedAgent(options: FetchOptions): Agent {
  const allowPrivate = options.allowPrivate ?? false;
  const connectTimeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const key = `${allowPrivate}:${connectTimeoutMs}`;
  let agent = sharedAgents.get(key);
  if (!agent) {
    agent = createGuardedAgent({ allowPrivate, connectTimeoutMs });
    sharedAgents.set(key, agent);
  }
  return agent;
}

function toPage(core: CoreResult, options: FetchOptions): FetchResult {
  const contentType = headerValue(core.headers, "content-type");
  const page: FetchResult = {
    url: core.url,
    finalUrl: core.finalUrl,
    status: core.outcome.status,
    reason: core.outcome.status === "ok" ? null : core.outcome.reason,
    httpStatus: core.httpStatus,
    contentType,
    charset: null,
    body: null,
    etag: headerValue(core.headers, "etag"),
    lastModified: headerValue(core.headers, "last-modified"),
    fetchedAt: new Date().toISOString(),
    notModified: core.notModified,
    bytes: core.bytes,
    requests: core.requests,
  };
  if (core.notModified) {
    page.etag ??= options.etag ?? null;
    page.lastModified ??= options.lastModified ?? null;
    return page;
  }
  if (page.status !== "ok" || !core.bytes) return page;

  const skip = (reason: string): FetchResult => ({ ...page, status: "skipped", reason });
  if (core.bytes.length === 0) return skip("empty page");
  const decoded = decodeBody(core.bytes, contentType);
  page.charset = decoded.charset;
  const binary = binaryContentReason(core.bytes, decoded);
  if (binary) return skip(binary);
  if (decoded.text.trim() === "") return skip("empty page");
  page.body = decoded.text;
  return page;
}

/** Internal entry used by runBatch: same as fetchPage, with the batch's agent and politeness hooks. */
export async function fetchPageWith(
  url: string,
  options: FetchOptions,
  internals: FetchInternals,
): Promise<FetchResult> {
  const core = await fetchCore(url, options, internals, textBodyFilter);
  return toPage(core, options);
}

/**
 * Fetches one URL. Always resolves: every outcome is a page with status ok, failed or skipped and a
 * human-readable reason. No per-host limits or robots.txt; use runBatch for crawling.
 */
export function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  return fetchPageWith(url, options, { dispatcher: sharedAgent(options) });
}
