import type { Command } from "commander";
import type { Article, Extraction } from "../../contracts.js";
import { extractArticle } from "../../extract/index.js";
import { runBatch } from "../../fetch/batch.js";
import type { FetchResult, Validators } from "../../fetch/types.js";
import { type Db, openDb } from "../../store/db.js";
import {
  ensureSources,
  getPage,
  getSource,
  type SourceUpdate,
  savePage,
  storedValidators,
  updateSource,
} from "../../store/sources.js";
import { contentHash, writeArticle } from "../../store/write-article.js";
import { EXIT } from "../exit.js";
import { expandInputs, type Input } from "../inputs.js";
import { articleFromRaw, loadInput, unsupportedLanguage } from "../load-article.js";
import { createProgress, type Progress } from "../progress.js";
import {
  dbOption,
  defaultDb,
  type FetchCliOptions,
  fetchOptions,
  positiveInt,
  requireInputs,
  toFetchOptions,
} from "./common.js";

interface IngestOptions extends FetchCliOptions {
  db?: string;
  from?: string;
  concurrency: number;
  perHost: number;
  delay: number;
  robots: boolean;
  refetch: boolean;
}

interface Tally {
  ok: number;
  failed: number;
  skipped: number;
  unchanged: number;
  duplicates: number;
  incidents: Set<number>;
}

type FetchFields = Omit<SourceUpdate, "status">;

/** An article parsed and extracted outside any transaction, ready to be stored in one. */
type Prepared =
  | { kind: "article"; article: Article; extraction: Extraction }
  | { kind: "skipped"; reason: string }
  | { kind: "failed"; reason: string };

export function registerIngest(program: Command): void {
  const cmd = program
    .command("ingest")
    .description("fetch, extract and store articles; idempotent and resumable")
    .argument("[inputs...]", ".html/.txt files, directories, URLs or -")
    .option("--from <file>", "read inputs from a file, one per line (# comments)")
    .option("--concurrency <n>", "requests in flight", positiveInt("--concurrency"), 16)
    .option("--per-host <n>", "requests in flight to one host", positiveInt("--per-host"), 2)
    .option("--delay <ms>", "gap between requests to one host", positiveInt("--delay"), 1000)
    .option("--no-robots", "ignore robots.txt")
    .option(
      "--refetch",
      "download stored URLs again (conditionally: a 304 re-parses the stored page)",
      false,
    );
  dbOption(fetchOptions(cmd)).action(async (inputs: string[], opts: IngestOptions) => {
    requireInputs(inputs, opts.from);
    const all = dedupe(expandInputs(inputs, opts.from));
    const db = openDb(opts.db ?? defaultDb());
    const tally: Tally = { ok: 0, failed: 0, skipped: 0, unchanged: 0, duplicates: 0, incidents: new Set() };
    const progress = createProgress({ total: all.length, stream: process.stderr, label: "ingested" });
    const controller = new AbortController();
    const onSigint = () => {
      process.stderr.write(
        "\njangae: interrupted: finishing the articles in flight, then saving (Ctrl-C again stops at once)\n",
      );
      controller.abort();
    };
    process.once("SIGINT", onSigint);
    process.once("SIGTERM", onSigint);
    try {
      for (const input of all.filter((i) => i.kind !== "url")) {
        if (controller.signal.aborted) break;
        await ingestLocal(db, input, tally, progress);
      }
      const urls = all.filter((i) => i.kind === "url").map((i) => i.source);
      if (urls.length && !controller.signal.aborted) {
        await ingestUrls(db, urls, opts, tally, progress, controller.signal);
      }
    } finally {
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigint);
      progress.finish();
      db.close();
    }
    const done = tally.ok + tally.failed + tally.skipped;
    const left = controller.signal.aborted ? `; not started ${all.length - done} (run again to finish)` : "";
    process.stderr.write(
      `ok ${tally.ok} (unchanged ${tally.unchanged}, duplicates ${tally.duplicates}), failed ${tally.failed}, skipped ${tally.skipped}; incidents touched ${tally.incidents.size}${left}\n`,
    );
    process.exitCode = controller.signal.aborted ? EXIT.interrupted : tally.failed ? EXIT.partial : EXIT.ok;
  });
}

/** The same input listed twice is ingested once. */
function dedupe(inputs: Input[]): Input[] {
  const seen = new Set<string>();
  return inputs.filter((i) => i.kind === "stdin" || (!seen.has(i.source) && seen.add(i.source)));
}

function record(
  tally: Tally,
  progress: Progress,
  status: "ok" | "failed" | "skipped",
  reason: string | null,
) {
  tally[status]++;
  progress.update({ status, reason });
}

function prepare(load: () => Article): Prepared {
  try {
    const article = load();
    const skip = unsupportedLanguage(article);
    return skip
      ? { kind: "skipped", reason: skip }
      : { kind: "article", article, extraction: extractArticle(article) };
  } catch (err) {
    return { kind: "failed", reason: `extraction failed: ${(err as Error).message}` };
  }
}

/**
 * Stores one prepared input, with `before` (saving the raw page), in one transaction: a kill at any
 * moment leaves either all of it or none. Storage errors are thrown: they are not the input's fault.
 */
function store(
  db: Db,
  sourceId: number,
  prepared: Prepared,
  fetch: FetchFields,
  tally: Tally,
  before?: () => void,
) {
  const outcome = db.transaction(() => {
    before?.();
    if (prepared.kind !== "article") {
      updateSource(db, sourceId, { ...fetch, status: prepared.kind, error: prepared.reason });
      return null;
    }
    return writeArticle(db, sourceId, prepared.article, prepared.extraction, fetch);
  })();
  if (!outcome) return;
  if (outcome.duplicateOf) tally.duplicates++;
  for (const i of outcome.incidentIds) tally.incidents.add(i);
}

function report(tally: Tally, progress: Progress, prepared: Prepared): void {
  if (prepared.kind === "article") record(tally, progress, "ok", null);
  else record(tally, progress, prepared.kind, prepared.reason);
}

async function ingestLocal(db: Db, input: Input, tally: Tally, progress: Progress): Promise<void> {
  const [id] = ensureSources(db, [input.source], input.kind);
  const loaded = await loadInput(input).catch((err: Error) => ({ ok: false as const, reason: err.message }));
  if (!loaded.ok) {
    updateSource(db, id!, { status: "failed", error: loaded.reason });
    return record(tally, progress, "failed", loaded.reason);
  }
  if (isUnchanged(db, input.source, loaded.article)) {
    tally.unchanged++;
    return record(tally, progress, "ok", null);
  }
  const prepared = prepare(() => loaded.article);
  store(db, id!, prepared, {}, tally);
  report(tally, progress, prepared);
}

async function ingestUrls(
  db: Db,
  urls: string[],
  opts: IngestOptions,
  tally: Tally,
  progress: Progress,
  signal: AbortSignal,
): Promise<void> {
  const ids = ensureSources(db, urls, "url");
  const sourceIds = new Map(urls.map((url, i) => [url, ids[i]!]));
  const todo: string[] = [];
  for (const url of urls) {
    if (!opts.refetch && getSource(db, url)?.status === "ok") {
      tally.unchanged++;
      record(tally, progress, "ok", null);
    } else todo.push(url);
  }
  // Validators are sent only for pages we still hold: a 304 is answered from the stored page.
  const known: Map<string, Validators> = opts.refetch ? storedValidators(db) : new Map();
  await runBatch(
    todo,
    {
      ...toFetchOptions(opts),
      concurrency: opts.concurrency,
      perHost: opts.perHost,
      delayMs: opts.delay,
      robots: opts.robots,
      signal,
      validators: (url) => known.get(url) ?? null,
    },
    (page) => onPage(db, sourceIds.get(page.url)!, page, tally, progress),
  );
}

function onPage(db: Db, id: number, page: FetchResult, tally: Tally, progress: Progress): void {
  const fetch: FetchFields = {
    httpStatus: page.httpStatus,
    finalUrl: page.finalUrl,
    fetchedAt: page.fetchedAt,
    etag: page.etag,
    lastModified: page.lastModified,
  };
  if (page.status !== "ok") {
    updateSource(db, id, { ...fetch, status: page.status, error: page.reason });
    record(tally, progress, page.status, page.reason);
    return;
  }
  const raw = page.notModified ? getPage(db, id) : { body: page.body, content_type: page.contentType };
  const prepared = prepare(() => {
    if (raw?.body == null)
      throw new Error(page.notModified ? "304 Not Modified, but no stored page" : "empty page");
    const isHtml = !/text\/plain/i.test(raw.content_type ?? "");
    return articleFromRaw(page.url, raw.body, isHtml, undefined, page.finalUrl);
  });
  const body = page.body;
  const saveRaw =
    body != null && !page.notModified
      ? () => savePage(db, id, body, page.contentType, page.charset)
      : undefined;
  if (prepared.kind === "article" && isUnchanged(db, page.url, prepared.article)) {
    // Same text as stored (a 304, or a refetch of an unchanged page): its facts stand; note the fetch only.
    db.transaction(() => {
      saveRaw?.();
      updateSource(db, id, { ...fetch, status: "ok", error: null });
    })();
    tally.unchanged++;
  } else store(db, id, prepared, fetch, tally, saveRaw);
  report(tally, progress, prepared);
}

function isUnchanged(db: Db, input: string, article: Article): boolean {
  const prior = getSource(db, input);
  return prior?.status === "ok" && prior.content_hash === contentHash(article.text);
}
