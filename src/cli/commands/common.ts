import { type Command, InvalidArgumentError, Option } from "commander";
import type { FetchOptions } from "../../fetch/types.js";
import { UsageError } from "../exit.js";

export const defaultDb = () => process.env.JANGAE_DB || "./jangae.db";

export function dbOption(cmd: Command): Command {
  return cmd.option("--db <path>", "SQLite store (default: $JANGAE_DB or ./jangae.db)");
}

export function positiveInt(name: string) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number`);
    return n;
  };
}

export function fetchOptions(cmd: Command): Command {
  return cmd
    .option("--timeout <ms>", "connect and total timeout per request", positiveInt("--timeout"), 15000)
    .option("--retries <n>", "retries on network errors, 429 and 5xx", positiveInt("--retries"), 3)
    .option("--max-bytes <n>", "largest body accepted", positiveInt("--max-bytes"), 5_000_000)
    .option("--contact <contact>", "contact put in the User-Agent (mailto: or URL)")
    .option("--allow-private", "allow loopback and private addresses", false);
}

export interface FetchCliOptions {
  timeout: number;
  retries: number;
  maxBytes: number;
  contact?: string;
  allowPrivate: boolean;
}

export function toFetchOptions(o: FetchCliOptions): FetchOptions {
  return {
    timeoutMs: o.timeout,
    retries: o.retries,
    maxBytes: o.maxBytes,
    contact: o.contact,
    allowPrivate: o.allowPrivate,
  };
}

export function formatOption(choices: string[], fallback: string): Option {
  return new Option("--format <format>", "output format").choices(choices).default(fallback);
}

export function isoOption(value: string): string {
  if (Number.isNaN(Date.parse(value)) && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new InvalidArgumentError(`not an ISO 8601 time: ${value}`);
  }
  return value;
}

export function requireInputs(inputs: string[], from?: string): void {
  if (!inputs.length && !from)
    throw new UsageError("no inputs given (files, directories, URLs, - or --from FILE)");
}
