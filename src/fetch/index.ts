// The fetch stage: URLs in, FetchedPage records out.
export { isPrivateAddress } from "./address-guard.js";
export { BATCH_DEFAULTS, runBatch } from "./batch.js";
export { type DecodedBody, decodeBody, normalizeCharset } from "./charset.js";
export { DEFAULTS as FETCH_DEFAULTS } from "./fetch-core.js";
export { fetchPage } from "./fetch-page.js";
export type { BatchOptions, BatchSummary, FetchOptions, FetchResult } from "./types.js";
export { buildUserAgent } from "./user-agent.js";
