// Per-host politeness: at most `perHost` requests in flight to one host, and request starts to one host
// spaced at least `delayMs` apart (raised per host by robots.txt Crawl-delay, pushed back by
// Retry-After). Waiters are served first come, first served.

interface HostState {
  active: number;
  delayMs: number;
  lastStartAt: number;
  /** Earliest time the next request to this host may start. */
  nextStartAt: number;
  waiters: Array<() => void>;
  timer: NodeJS.Timeout | null;
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  private maxObserved = 0;

  constructor(
    private readonly perHost: number,
    private readonly defaultDelayMs: number,
  ) {
    if (!Number.isInteger(perHost) || perHost < 1)
      throw new Error(`perHost must be a positive integer, got ${perHost}`);
    if (!(defaultDelayMs >= 0)) throw new Error(`delayMs must be zero or more, got ${defaultDelayMs}`);
  }

  /** The most requests that were ever in flight to one host at the same time. */
  get maxPerHostObserved(): number {
    return this.maxObserved;
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = {
        active: 0,
        delayMs: this.defaultDelayMs,
        lastStartAt: 0,
        nextStartAt: 0,
        waiters: [],
        timer: null,
      };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Raises (never lowers) the gap between request starts for one host. */
  raiseDelay(host: string, delayMs: number): void {
    const state = this.state(host);
    state.delayMs = Math.max(state.delayMs, delayMs);
    state.nextStartAt = Math.max(state.nextStartAt, state.lastStartAt + state.delayMs);
  }

  delayFor(host: string): number {
    return this.state(host).delayMs;
  }

  /** Holds off every request to the host for `ms` (a Retry-After from the server). */
  pause(host: string, ms: number): void {
    const state = this.state(host);
    state.nextStartAt = Math.max(state.nextStartAt, Date.now() + ms);
  }

  /** Waits for a slot on the host; resolves with a release function (safe to call more than once). */
  acquire(host: string): Promise<() => void> {
    const state = this.state(host);
    return new Promise((resolve) => {
      state.waiters.push(() => {
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          state.active--;
          this.pump(host, state);
        });
      });
      this.pump(host, state);
    });
  }

  private pump(host: string, state: HostState): void {
    if (state.timer) return;
    while (state.waiters.length > 0 && state.active < this.perHost) {
      const wait = state.nextStartAt - Date.now();
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = null;
          this.pump(host, state);
        }, wait);
        return;
      }
      const grant = state.waiters.shift()!;
      state.active++;
      this.maxObserved = Math.max(this.maxObserved, state.active);
      state.lastStartAt = Date.now();
      state.nextStartAt = state.lastStartAt + state.delayMs;
      grant();
    }
  }
}
