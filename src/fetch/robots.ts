// robots.txt: fetched once per origin (through the same per-host limiter as every other request),
// cached for the batch, and consulted before each hop. Crawl-delay raises the host's request gap.
// Missing robots.txt (any 4xx) allows everything (RFC 9309); an unreachable one (5xx, timeout, network
// error) is treated as allowing everything too, with a note, so one broken host does not stall a batch.
import robotsParserModule from "robots-parser";
import { fetchCore } from "./fetch-core.js";
import type { HostLimiter } from "./host-limiter.js";
import type { FetchInternals, FetchOptions } from "./types.js";
import { PRODUCT } from "./user-agent.js";

// robots-parser is CommonJS (module.exports = function) but its typings declare an ES default export,
// which NodeNext then types as the whole module. At runtime the default import is the function.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

const ROBOTS_MAX_BYTES = 500_000;
const ROBOTS_TIMEOUT_MS = 10_000;

export const DISALLOWED_REASON = "disallowed by robots.txt";

interface RobotsRules {
  allows(url: URL): boolean;
}

const ALLOW_ALL: RobotsRules = { allows: () => true };

export interface RobotsCacheDeps {
  options: FetchOptions;
  internals: FetchInternals;
  limiter: HostLimiter;
  maxCrawlDelayMs: number;
  note(message: string): void;
}

export class RobotsCache {
  private readonly rules = new Map<string, Promise<RobotsRules>>();

  constructor(private readonly deps: RobotsCacheDeps) {}

  /** "disallowed by robots.txt" when robots.txt forbids the URL for jangae, otherwise null. */
  async refusal(url: URL): Promise<string | null> {
    let pending = this.rules.get(url.origin);
    if (!pending) {
      pending = this.load(url);
      this.rules.set(url.origin, pending);
    }
    const rules = await pending;
    return rules.allows(url) ? null : DISALLOWED_REASON;
  }

  private async load(pageUrl: URL): Promise<RobotsRules> {
    const robotsUrl = new URL("/robots.txt", pageUrl.origin).href;
    const { options, internals } = this.deps;
    const core = await fetchCore(
      robotsUrl,
      {
        ...options,
        etag: null,
        lastModified: null,
        retries: Math.min(options.retries ?? 1, 1),
        timeoutMs: Math.min(options.timeoutMs ?? ROBOTS_TIMEOUT_MS, ROBOTS_TIMEOUT_MS),
        maxBytes: ROBOTS_MAX_BYTES,
      },
      { ...internals, hooks: internals.hooks ? { acquire: internals.hooks.acquire } : undefined },
      () => null,
    );
    const outcome = core.outcome;
    if (outcome.status !== "ok") {
      const status = core.httpStatus;
      if (status !== null && status >= 400 && status < 500 && status !== 429) return ALLOW_ALL;
      this.deps.note(`robots.txt for ${pageUrl.host} unavailable (${outcome.reason}); allowed all`);
      return ALLOW_ALL;
    }
    if (!core.bytes) return ALLOW_ALL;

    const robots = robotsParser(robotsUrl, Buffer.from(core.bytes).toString("utf8"));
    this.applyCrawlDelay(pageUrl.host, robots.getCrawlDelay(PRODUCT));
    return { allows: (url) => robots.isAllowed(url.href, PRODUCT) !== false };
  }

  private applyCrawlDelay(host: string, seconds: number | undefined): void {
    if (seconds === undefined || !(seconds > 0)) return;
    const { limiter, maxCrawlDelayMs } = this.deps;
    const requested = Math.round(seconds * 1000);
    if (requested > maxCrawlDelayMs) {
      this.deps.note(
        `robots.txt for ${host} asks Crawl-delay ${seconds} s; clamped to ${maxCrawlDelayMs / 1000} s`,
      );
    }
    limiter.raiseDelay(host, Math.min(requested, maxCrawlDelayMs));
  }
}
