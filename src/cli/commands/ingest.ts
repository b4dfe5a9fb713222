import type { Command } from "commander";
import type { Article } from "../../contracts.js";
import { extractArticle } from "../../extract/index.js";
import { runBatch } from "../../fetch/batch.js";
import type { FetchResult } from "../../fetch/types.js";
import { type Db, openDb } from "../../store/db.js";
import { ensureSource, getPage, getSource, savePage, updateSource } from "../../store/sources.js";
import { contentHash, writeArticle } from "../../store/write-article.js";
import { EXIT } from "../exit.js";
import { expandInputs, type Input } from "../inputs.js";
import { articleFromRaw, loadInput, unsupportedLanguage } from "../load-article.js";
import { createProgress, type Progress } from "../progress.js";
import { dbOption, defaultDb, type FetchCliOptions, fetchOptions, positiveInt, requireInputs, toFetchOptions } from "./common.js";

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
    .option("--refetch", "download again even what is already stored", false);
  dbOption(fetchOptions(cmd)).action(async (inputs: string[], opts: IngestOptions) => {
    requireInputs(inputs, opts.from);
    const all = expandInputs(inputs, opts.from);
    const db = openDb(opts.db ?? defaultDb());
    const tally: Tally = { ok: 0, failed: 0, skipped: 0, unchanged: 0, duplicates: 0, incidents: new Set() };
    const progress = createProgress({ total: all.length, stream: process.stderr, label: "ingested" });
    const controller = new AbortController();
    const onSigint = () => {
      process.stderr.write("\njangae: interrupted: finishing articles in flight, state is saved\n");
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
      if (urls.length && !controller.signal.aborted) await ingestUrls(db, urls, opts, tally, progress, controller.signal);
    } finally {
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigint);
      progress.finish();
      db.close();
    }
    process.stderr.write(
      `ok ${tally.ok} (unchanged ${tally.unchanged}, duplicates ${tally.duplicates}), failed ${tally.failed}, skipped ${tally.skipped}; incidents touched ${tally.incidents.size}\n`,
    );
    process.exitCode = controller.signal.aborted ? EXIT.interrupted : tally.failed ? EXIT.partial : EXIT.ok;
  });
}

function record(tally: Tally, progress: Progress, status: "ok" | "failed" | "skipped", reason: string | null) {
  tally[status]++;
  progress.update({ status, reason });
}

async function ingestLocal(db: Db, input: Input, tally: Tally, progress: Progress): Promise<void> {
  const id = ensureSource(db, input.source, input.kind);
  try {
    const loaded = await loadInput(input);
    if (!loaded.ok) throw new Error(loaded.reason);
    const prior = getSource(db, input.source);
    if (prior?.status === "ok" && prior.content_hash === contentHash(loaded.article.text)) {
      tally.unchanged++;
      return record(tally, progress, "ok", null);
    }
    storeArticle(db, id, loaded.article, {}, tally, progress);
  } catch (err) {
    updateSource(db, id, { status: "failed", error: (err as Error).message });
    record(tally, progress, "failed", (err as Error).message);
  }
}

function storeArticle(
  db: Db,
  sourceId: number,
  article: Article,
  fetch: Parameters<typeof writeArticle>[4],
  tally: Tally,
  progress: Progress,
): void {
  const skip = unsupportedLanguage(article);
  if (skip) {
    updateSource(db, sourceId, { ...fetch, status: "skipped", error: skip });
    return record(tally, progress, "skipped", skip);
  }
  const result = writeArticle(db, sourceId, article, extractArticle(article), fetch);
  if (result.duplicateOf) tally.duplicates++;
  for (const i of result.incidentIds) tally.incidents.add(i);
  record(tally, progress, "ok", null);
}

async function ingestUrls(
  db: Db,
  urls: string[],
  opts: IngestOptions,
  tally: Tally,
  progress: Progress,
  signal: AbortSignal,
): Promise<void> {
  const todo: string[] = [];
  for (const url of urls) {
    ensureSource(db, url, "url");
    const prior = getSource(db, url);
    if (prior?.status === "ok" && !opts.refetch) {
      tally.unchanged++;
      record(tally, progress, "ok", null);
    } else todo.push(url);
  }
  await runBatch(
    todo,
    {
      ...toFetchOptions(opts),
      concurrency: opts.concurrency,
      perHost: opts.perHost,
      delayMs: opts.delay,
      robots: opts.robots,
      signal,
    },
    (page) => onPage(db, page, tally, progress),
  );
}

function onPage(db: Db, page: FetchResult, tally: Tally, progress: Progress): void {
  const id = ensureSource(db, page.url, "url");
  const fetch = {
    httpStatus: page.httpStatus,
    finalUrl: page.finalUrl,
    fetchedAt: page.fetchedAt,
    etag: page.etag,
    lastModified: page.lastModified,
  };
  if (page.status !== "ok") {
    updateSource(db, id, { ...fetch, status: page.status, error: page.reason });
    return record(tally, progress, page.status, page.reason);
  }
  try {
    const body = page.notModified ? (getPage(db, id)?.body ?? null) : page.body;
    if (body == null) throw new Error("empty page");
    if (!page.notModified) savePage(db, id, body, page.contentType, page.charset);
    const isHtml = !/text\/plain/i.test(page.contentType ?? "");
    storeArticle(db, id, articleFromRaw(page.url, body, isHtml, undefined, page.finalUrl), fetch, tally, progress);
  } catch (err) {
    updateSource(db, id, { ...fetch, status: "failed", error: `extraction failed: ${(err as Error).message}` });
    record(tally, progress, "failed", (err as Error).message);
  }
}
