import { existsSync, readFileSync } from "node:fs";
import { articleFromHtml, articleFromText, type PageMeta } from "../article/index.js";
import type { Article, FetchedPage } from "../contracts.js";
import { fetchPage } from "../fetch/fetch-page.js";
import type { FetchOptions } from "../fetch/types.js";
import type { Input } from "./inputs.js";

export type Loaded =
  | { ok: true; article: Article; page: FetchedPage | null; raw: string }
  | { ok: false; status: "failed" | "skipped"; reason: string; page: FetchedPage | null };

/** Reads `ID.meta.json` beside `ID.txt`, when present. */
export function sidecarMeta(path: string): PageMeta | undefined {
  const metaPath = path.replace(/\.txt$/i, ".meta.json");
  if (metaPath === path || !existsSync(metaPath)) return undefined;
  try {
    return JSON.parse(readFileSync(metaPath, "utf8")) as PageMeta;
  } catch (err) {
    throw new Error(`${metaPath}: invalid JSON: ${(err as Error).message}`);
  }
}

export function articleFromRaw(
  source: string,
  raw: string,
  isHtml: boolean,
  meta?: PageMeta,
  url?: string | null,
): Article {
  return isHtml
    ? articleFromHtml(raw, { source, url: url ?? meta?.url ?? null })
    : articleFromText(raw, { source, meta });
}

export function looksLikeHtml(raw: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<article)/i.test(raw.slice(0, 2000));
}

export function withPublished(article: Article, published?: string): Article {
  return published ? { ...article, published } : article;
}

/** One input to an Article: a file, stdin, or a URL fetched on its own (no batch politeness). */
export async function loadInput(input: Input, fetchOptions: FetchOptions = {}): Promise<Loaded> {
  if (input.kind === "url") {
    const page = await fetchPage(input.source, fetchOptions);
    if (page.status !== "ok" || page.body == null) {
      return {
        ok: false,
        status: page.status === "ok" ? "skipped" : page.status,
        reason: page.reason ?? "empty page",
        page,
      };
    }
    const article = articleFromRaw(
      input.source,
      page.body,
      !/text\/plain/i.test(page.contentType ?? ""),
      undefined,
      page.finalUrl,
    );
    return { ok: true, article, page, raw: page.body };
  }
  const raw = input.kind === "stdin" ? readFileSync(0, "utf8") : readFileSync(input.source, "utf8");
  const isHtml = /\.html?$/i.test(input.source) || (input.kind === "stdin" && looksLikeHtml(raw));
  const meta = input.kind === "file" && !isHtml ? sidecarMeta(input.source) : undefined;
  return { ok: true, article: articleFromRaw(input.source, raw, isHtml, meta), page: null, raw };
}

/** Languages with a rule pack; anything else is skipped with a reason. */
export function unsupportedLanguage(article: Article): string | null {
  return article.language === "kor" || article.language === "eng"
    ? null
    : `unsupported language: ${article.language}`;
}
