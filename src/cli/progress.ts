// Progress for long batch runs: a live cli-progress bar on a terminal; plain periodic lines when the
// output is a file or a pipe (logs of an unattended run); a summary by status and reason at the end.
import cliProgress from "cli-progress";

export type ProgressStatus = "ok" | "failed" | "skipped";

export interface ProgressItem {
  status: ProgressStatus;
  reason: string | null;
}

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  /** Number of items expected; unknown (streamed input) when omitted: no bar fill, no ETA. */
  total?: number;
  stream: ProgressStream;
  /** Non-TTY: print a line at least this often while items arrive. Default 10000. */
  intervalMs?: number;
  /** Non-TTY: print a line every this many items. Default 1000. */
  everyItems?: number;
  /** Lines in the final reason table. Default 10. */
  topReasons?: number;
  /** Verb in the lines, "fetched" by default. */
  label?: string;
  /** Clock, for tests. */
  now?: () => number;
}

export interface ProgressTotals {
  done: number;
  ok: number;
  failed: number;
  skipped: number;
  byReason: Record<string, number>;
  elapsedMs: number;
}

export interface Progress {
  update(item: ProgressItem): void;
  /** Stops the bar, prints the summary, and returns the totals. Safe to call once; later calls just return. */
  finish(): ProgressTotals;
}

/** 65 → "1m 5s", 3725 → "1h 2m", 4 → "4s". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

function formatRate(done: number, elapsedMs: number): string {
  return elapsedMs > 0 ? (done / (elapsedMs / 1000)).toFixed(1) : "0.0";
}

export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const label = options.label ?? "fetched";
  const intervalMs = options.intervalMs ?? 10_000;
  const everyItems = options.everyItems ?? 1000;
  const total = options.total;
  const totals: ProgressTotals = { done: 0, ok: 0, failed: 0, skipped: 0, byReason: {}, elapsedMs: 0 };
  let lastLineAt = startedAt;
  let lastLineDone = 0;
  let finished = false;

  const counts = () => ({ ok: totals.ok, failed: totals.failed, skipped: totals.skipped });
  const rate = () => formatRate(totals.done, now() - startedAt);

  const bar = options.stream.isTTY
    ? new cliProgress.SingleBar({
        stream: options.stream as NodeJS.WritableStream,
        format:
          total === undefined
            ? `${label} {value} | ok {ok} failed {failed} skipped {skipped} | {rate}/s | {duration_formatted}`
            : `${label} [{bar}] {value}/{total} | ok {ok} failed {failed} skipped {skipped} | {rate}/s | ETA {eta_formatted}`,
        hideCursor: true,
        etaBuffer: 200,
        fps: 5,
      })
    : null;
  bar?.start(total ?? 0, 0, { ...counts(), rate: "0.0" });

  const plainLine = () => {
    const elapsed = now() - startedAt;
    const share = total ? ` (${((totals.done / total) * 100).toFixed(1)}%)` : "";
    const perSecond = totals.done / Math.max(elapsed / 1000, 0.001);
    const eta =
      total && totals.done > 0 && totals.done < total
        ? ` | ETA ${formatDuration(((total - totals.done) / perSecond) * 1000)}`
        : "";
    const of = total === undefined ? "" : `/${total}`;
    options.stream.write(
      `${label} ${totals.done}${of}${share} | ok ${totals.ok} failed ${totals.failed} skipped ${totals.skipped} | ${rate()}/s${eta}\n`,
    );
    lastLineAt = now();
    lastLineDone = totals.done;
  };

  return {
    update(item) {
      if (finished) return;
      totals.done++;
      totals[item.status]++;
      if (item.reason) totals.byReason[item.reason] = (totals.byReason[item.reason] ?? 0) + 1;
      if (bar) {
        if (total === undefined) bar.setTotal(totals.done);
        bar.update(totals.done, { ...counts(), rate: rate() });
      } else if (totals.done - lastLineDone >= everyItems || now() - lastLineAt >= intervalMs) {
        plainLine();
      }
    },

    finish() {
      if (finished) return totals;
      finished = true;
      totals.elapsedMs = now() - startedAt;
      if (bar) {
        bar.update(totals.done, { ...counts(), rate: rate() });
        bar.stop();
      }
      const lines = [
        `${label} ${totals.done} in ${formatDuration(totals.elapsedMs)} (${rate()}/s): ok ${totals.ok}, failed ${totals.failed}, skipped ${totals.skipped}`,
      ];
      const reasons = Object.entries(totals.byReason).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const shown = reasons.slice(0, options.topReasons ?? 10);
      const width = Math.max(0, ...shown.map(([, count]) => String(count).length));
      for (const [reason, count] of shown) lines.push(`  ${String(count).padStart(width)}  ${reason}`);
      if (reasons.length > shown.length) {
        const rest = reasons.slice(shown.length).reduce((sum, [, count]) => sum + count, 0);
        lines.push(`  ${String(rest).padStart(width)}  (${reasons.length - shown.length} other reasons)`);
      }
      options.stream.write(`${lines.join("\n")}\n`);
      return totals;
    },
  };
}
