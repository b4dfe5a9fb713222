// Runs the built CLI (bin/jangae.js → dist/) as a subprocess, as a user would.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/jangae.js", import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function jangae(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, ...options.env },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const jsonl = (s: string) =>
  s
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
