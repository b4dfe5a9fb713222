// Turns the errors undici and node:net throw into short, human-readable reasons, and says which of
// them are worth a retry.
import { PrivateAddressError } from "./address-guard.js";

export interface ClassifiedError {
  reason: string;
  retryable: boolean;
}

function errorCodes(err: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    if (current instanceof AggregateError) {
      for (const inner of current.errors) codes.push(...errorCodes(inner));
    }
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

function findPrivateAddressError(err: unknown): PrivateAddressError | null {
  let current: unknown = err;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    if (current instanceof PrivateAddressError) return current;
    if (current instanceof AggregateError) {
      for (const inner of current.errors) {
        const found = findPrivateAddressError(inner);
        if (found) return found;
      }
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

const TIMEOUT_CODES = new Set([
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

export function classifyNetworkError(err: unknown, timeoutMs: number): ClassifiedError {
  const refused = findPrivateAddressError(err);
  if (refused) return { reason: refused.message, retryable: false };
  const codes = errorCodes(err);
  const has = (code: string) => codes.includes(code);
  if (has("ENOTFOUND") || has("ENODATA") || has("ESERVFAIL")) {
    return {
      reason: `DNS lookup failed: ${codes.find((c) => c.startsWith("E")) ?? "ENOTFOUND"}`,
      retryable: false,
    };
  }
  if (has("EAI_AGAIN")) return { reason: "DNS lookup failed: EAI_AGAIN", retryable: true };
  if (codes.some((code) => TIMEOUT_CODES.has(code))) {
    return { reason: `timed out after ${timeoutMs} ms`, retryable: false };
  }
  if (has("ECONNREFUSED")) return { reason: "connection refused", retryable: false };
  if (has("ECONNRESET")) return { reason: "connection reset", retryable: true };
  if (has("EPIPE") || has("UND_ERR_SOCKET") || has("UND_ERR_CLOSED")) {
    return { reason: "connection closed", retryable: true };
  }
  if (has("EHOSTUNREACH") || has("ENETUNREACH")) return { reason: "host unreachable", retryable: false };
  const tls = codes.find((code) => /CERT|TLS|SSL|SELF_SIGNED/.test(code));
  if (tls) return { reason: `TLS error: ${tls}`, retryable: false };
  const parser = codes.find((code) => code.startsWith("HPE_"));
  if (parser) return { reason: `invalid HTTP response: ${parser}`, retryable: false };
  const detail = codes[0] ?? (err instanceof Error ? err.message : String(err));
  return { reason: `network error: ${detail}`, retryable: true };
}
