// The article stage: a raw news page (HTML) or a scraped plain-text article in,
// a clean Article out (contract in src/contracts.ts).
import type { Article } from "../contracts.js";
import { type CleanedBody, cleanParagraphs } from "./clean-body.js";
import { findDateLines, matchKoreanDate, parseDate } from "./dates.js";
import { type AnyNode, isElement, isText, loadHtml, type Root } from "./dom.js";
import { extractGeneric, GENERIC_PASSES } from "./generic-extract.js";
import { detectLanguage } from "./language.js";
import { type PageMetadata, readMetadata } from "./metadata.js";
import { extractWithProfile } from "./profile-extract.js";
import { renderBlocks } from "./render-text.js";
import { bodyFromArticleBody, bodyFromScripts } from "./script-body.js";
import { bundledProfiles, profileForUrl, type SiteProfile } from "./site-profiles.js";

export { detectLanguage } from "./language.js";
export { loadSiteProfiles, ProfileError, type SiteProfile } from "./site-profiles.js";

export interface PageMeta {
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
}

export interface HtmlOptions {
  source: string;
  url?: string | null;
  /** Profiles to use instead of the bundled rules/sites (tests, custom rules). */
  profiles?: readonly SiteProfile[];
}

/** A body shorter than this (in letters) sends the extractor to its next, more lenient attempt. */
const ENOUGH_LETTERS = 250;
/** A profile's body selector must yield at least this much, or the generic extractor decides. */
const PROFILE_MIN_LETTERS = 80;

const letterCount = (paragraphs: readonly string[]): number =>
  paragraphs.reduce((n, p) => n + (p.match(/\p{L}/gu)?.length ?? 0), 0);

function canonicalUrl($: Root): string | null {
  const href = $('link[rel="canonical"]').attr("href") ?? $('meta[property="og:url"]').attr("content");
  if (!href) return null;
  try {
    return new URL(href.trim()).href;
  } catch {
    return null;
  }
}

function genericBody(html: string, first: Root, title: string | null, outlet: string | null): CleanedBody {
  let best: CleanedBody = { paragraphs: [], captions: [] };
  let bestLetters = -1;
  GENERIC_PASSES.forEach((flags, i) => {
    if (bestLetters >= ENOUGH_LETTERS) return;
    const $ = i === 0 ? first : loadHtml(html);
    const root = $.root()[0];
    if (!root) return;
    const found = extractGeneric(root, flags);
    if (!found) return;
    const paragraphs: string[] = [];
    const captions: string[] = [];
    for (const node of found.nodes) {
      const r = renderBlocks(node);
      paragraphs.push(...r.paragraphs);
      captions.push(...r.captions);
    }
    const cleaned = cleanParagraphs(paragraphs, { title, mode: "html", outlet });
    cleaned.captions = [...new Set([...captions, ...cleaned.captions])];
    const letters = letterCount(cleaned.paragraphs);
    if (letters > bestLetters) {
      best = cleaned;
      bestLetters = letters;
    }
  });
  return best;
}

/** The first date with a time in visible text outside links (lists of other stories are links). */
function firstVisibleDateTime($: Root): string | null {
  const body = $("body")[0];
  if (!body) return null;
  let found: string | null = null;
  const walk = (node: AnyNode): void => {
    if (found) return;
    if (isText(node)) {
      const m = matchKoreanDate(node.data);
      if (m?.hasTime) found = m.value;
      return;
    }
    if (!isElement(node)) return;
    if (node.name === "a" || node.name === "script" || node.name === "style" || node.name === "option")
      return;
    for (const c of node.children) walk(c);
  };
  walk(body);
  return found;
}

const DATE_ATTRS = [
  "data-date-time",
  "data-deploy-dt",
  "data-published",
  "data-published-at",
  "data-pubdate",
  "data-regdate",
  "data-reg-date",
];

function dateFromAttributes($: Root): string | null {
  for (const name of DATE_ATTRS) {
    const value = $(`[${name}]`).first().attr(name);
    const date = parseDate(value);
    if (date) return date;
  }
  return null;
}

/** Extracts the article from a raw HTML page. Never throws on bad markup. */
export function articleFromHtml(html: string, options: HtmlOptions): Article {
  const profiles = options.profiles ?? bundledProfiles();
  const $ = loadHtml(String(html ?? ""));
  const givenUrl = options.url?.trim() || null;
  const pageUrl = givenUrl ?? canonicalUrl($);
  const profile = profileForUrl(profiles, pageUrl);
  const meta: PageMetadata = readMetadata($, { url: pageUrl, profile, profiles });

  let body: CleanedBody | null = null;
  if (profile?.body.length) {
    const rendered = extractWithProfile($, profile, PROFILE_MIN_LETTERS);
    if (rendered) {
      const cleaned = cleanParagraphs(rendered.paragraphs, {
        title: meta.title,
        mode: "html",
        outlet: meta.outlet,
      });
      cleaned.captions = [...new Set([...rendered.captions, ...cleaned.captions])];
      if (letterCount(cleaned.paragraphs) >= PROFILE_MIN_LETTERS) body = cleaned;
    }
  }
  if (!body) {
    const $generic = profile?.body.length ? loadHtml(html) : $;
    body = genericBody(html, $generic, meta.title, meta.outlet);
  } else if (letterCount(body.paragraphs) < ENOUGH_LETTERS) {
    // A short profile body may be a stale selector hitting a teaser: let the generic extractor compete.
    const generic = genericBody(html, loadHtml(html), meta.title, meta.outlet);
    if (letterCount(generic.paragraphs) > letterCount(body.paragraphs) * 1.5) body = generic;
  }
  if (letterCount(body.paragraphs) < ENOUGH_LETTERS) {
    const $scripts = loadHtml(html);
    for (const paragraphs of [bodyFromArticleBody(meta.articleBody), bodyFromScripts($scripts)]) {
      const cleaned = cleanParagraphs(paragraphs, { title: meta.title, mode: "html", outlet: meta.outlet });
      if (
        letterCount(cleaned.paragraphs) > Math.max(letterCount(body.paragraphs) * 1.5, ENOUGH_LETTERS / 2)
      ) {
        body = { paragraphs: cleaned.paragraphs, captions: [...body.captions, ...cleaned.captions] };
      }
    }
  }

  let published = meta.published;
  if (!published) {
    const $dates = loadHtml(html);
    published = dateFromAttributes($dates) ?? firstVisibleDateTime($dates);
  }
  const text = body.paragraphs.join("\n\n");
  return {
    source: options.source,
    url: meta.url,
    title: meta.title,
    outlet: meta.outlet,
    author: meta.author,
    published,
    updated: meta.updated,
    language: detectLanguage(text).code,
    text,
    captions: body.captions,
  };
}

function firstDateTime(text: string): string | null {
  const m = matchKoreanDate(text);
  return m?.hasTime ? m.value : null;
}

function outletForUrl(url: string | null, profiles: readonly SiteProfile[]): string | null {
  return profileForUrl(profiles, url)?.outlet ?? null;
}

/** Extracts the article from scraped plain text plus its ID.meta.json sidecar. */
export function articleFromText(text: string, options: { source: string; meta?: PageMeta }): Article {
  const meta = options.meta ?? {};
  const raw = String(text ?? "").replace(/\r\n?/g, "\n");
  const title = meta.title?.trim() || null;
  const url = meta.url?.trim() || null;
  const outlet = meta.outlet?.trim() || outletForUrl(url, bundledProfiles());
  const body = cleanParagraphs(raw.split("\n"), { title, mode: "text", outlet });
  const head = raw.slice(0, 2000);
  const lines = findDateLines(head);
  const leadingDate = head.match(/^\s*date\s+(\d{4}-\d{2}-\d{2})/i)?.[1] ?? null;
  const published = parseDate(meta.published) ?? lines.published ?? leadingDate ?? firstDateTime(head);
  const joined = body.paragraphs.join("\n\n");
  return {
    source: options.source,
    url,
    title,
    outlet,
    author: null,
    published,
    updated: lines.updated,
    language: detectLanguage(joined).code,
    text: joined,
    captions: body.captions,
  };
}
