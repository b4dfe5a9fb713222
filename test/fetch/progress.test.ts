import { describe, expect, it } from "vitest";
import { createProgress, formatDuration } from "../../src/cli/progress.js";

/** A writable that records output; `isTTY` and the cursor methods cli-progress uses on terminals. */
function captureStream(isTTY: boolean) {
  const chunks: string[] = [];
  return {
    chunks,
    text: () => chunks.join(""),
    stream: {
      isTTY,
      columns: 120,
      write(chunk: string) {
        chunks.push(String(chunk));
        return true;
      },
      cursorTo: () => true,
      clearLine: () => true,
      clearScreenDown: () => true,
      moveCursor: () => true,
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
}

describe("createProgress", () => {
  it("prints plain lines every N items when not a TTY, and a summary by status and reason", () => {
    let clock = 0;
    const out = captureStream(false);
    const progress = createProgress({
      total: 10,
      stream: out.stream,
      everyItems: 4,
      intervalMs: 60_000,
      now: () => clock,
    });
    const statuses = ["ok", "ok", "failed", "ok", "skipped", "ok", "failed", "ok", "ok", "failed"] as const;
    for (const status of statuses) {
      clock += 500;
      progress.update({
        status,
        reason: status === "failed" ? "HTTP 404" : status === "skipped" ? "empty page" : null,
      });
    }
    const totals = progress.finish();
    const lines = out.text().trimEnd().split("\n");
    expect(lines[0]).toBe("fetched 4/10 (40.0%) | ok 3 failed 1 skipped 0 | 2.0/s | ETA 3s");
    expect(lines[1]).toBe("fetched 8/10 (80.0%) | ok 5 failed 2 skipped 1 | 2.0/s | ETA 1s");
    expect(lines[2]).toBe("fetched 10 in 5s (2.0/s): ok 6, failed 3, skipped 1");
    expect(lines.slice(3)).toEqual(["  3  HTTP 404", "  1  empty page"]);
    expect(totals).toMatchObject({ done: 10, ok: 6, failed: 3, skipped: 1, elapsedMs: 5000 });
  });

  it("prints a line when the interval passes even if few items arrived, with an unknown total", () => {
    let clock = 0;
    const out = captureStream(false);
    const progress = createProgress({
      stream: out.stream,
      everyItems: 1000,
      intervalMs: 10_000,
      now: () => clock,
    });
    progress.update({ status: "ok", reason: null });
    clock = 11_000;
    progress.update({ status: "ok", reason: null });
    expect(out.text()).toBe("fetched 2 | ok 2 failed 0 skipped 0 | 0.2/s\n");
  });

  it("folds rare reasons into one line after the top N", () => {
    const out = captureStream(false);
    const progress = createProgress({ total: 4, stream: out.stream, topReasons: 1, everyItems: 100 });
    for (const reason of ["HTTP 404", "HTTP 404", "HTTP 410", "empty page"])
      progress.update({ status: "failed", reason });
    progress.finish();
    expect(out.text()).toContain("  2  HTTP 404\n  2  (2 other reasons)\n");
  });

  it("draws a cli-progress bar with counts on a TTY", () => {
    const out = captureStream(true);
    const progress = createProgress({ total: 3, stream: out.stream });
    progress.update({ status: "ok", reason: null });
    progress.update({ status: "skipped", reason: "content-type application/pdf" });
    progress.update({ status: "ok", reason: null });
    progress.finish();
    const text = out.text();
    expect(text).toMatch(/fetched \[[^\]]+\] 3\/3 \| ok 2 failed 0 skipped 1/);
    expect(text).toContain("1  content-type application/pdf");
  });

  it("formats durations", () => {
    expect(formatDuration(4000)).toBe("4s");
    expect(formatDuration(65_000)).toBe("1m 5s");
    expect(formatDuration(3_725_000)).toBe("1h 2m");
  });
});
