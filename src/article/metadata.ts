// Page metadata: JSON-LD, OpenGraph/article meta, site-profile values and visible
// Korean date lines, in that order of trust.

import { findDateLines, parseDate } from "./dates.js";
import { normalizeSpace, type Root } from "./dom.js";
import { type JsonLdArticle, readJsonLd } from "./json-ld.js";
import type { SiteProfile, ValueSourceRule } from "./site-profiles.js";
import { cleanTitle } from "./title.js";

export interface PageMetadata {
  url: string | null;
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  updated: string | null;
  /** JSON-LD articleBody, used when the DOM has no body. */
  articleBody: string | null;
}

function meta($: Root, ...keys: string[]): string | null {
  for (const key of keys) {
    const value =
      $(`meta[property="${key}"]`).attr("content") ??
      $(`meta[name="${key}"]`).attr("content") ??
      $(`meta[itemprop="${key}"]`).attr("content");
    if (value?.trim()) return value.trim();
  }
  return null;
}

function readRule($: Root, rule: { selector: string; attr?: string | undefined }): string | null {
  let el: ReturnType<Root>;
  try {
    el = $(rule.selector).first();
  } catch {
    return null;
  }
  if (!el.length) return null;
  const value = rule.attr ? el.attr(rule.attr) : el.text();
  return value?.trim() ? normalizeSpace(value) : null;
}

function readDateRule($: Root, rule: ValueSourceRule): string | null {
  const raw = readRule($, rule);
  if (!raw) return null;
  if (rule.format === "epoch-ms" || rule.format === "epoch-s") {
    const n = Number(raw.replace(/\D/g, ""));
    return Number.isFinite(n) && n > 0
      ? parseDate(String(rule.format === "epoch-s" ? n : Math.floor(n / 1000)))
      : null;
  }
  if (rule.format === "compact") return parseDate(raw.replace(/\D/g, "").slice(0, 14));
  return parseDate(raw) ?? findDateLines(raw).published;
}

function firstDate($: Root, rules: readonly ValueSourceRule[]): string | null {
  for (const rule of rules) {
    const value = readDateRule($, rule);
    if (value) return value;
  }
  return null;
}

function timeElementDate($: Root): string | null {
  const candidates = $(
    'article time[datetime], time[itemprop="datePublished"], [itemprop="datePublished"], time[pubdate], time.published, time[datetime]',
  );
  for (const el of candidates.toArray().slice(0, 5)) {
    const raw = $(el).attr("datetime") ?? $(el).attr("content") ?? $(el).text();
    const value = parseDate(raw);
    if (value) return value;
  }
  return null;
}

/** Visible text of the page header region, where Korean outlets print 입력/수정 lines. */
function visibleDateLines($: Root): { published: string | null; updated: string | null } {
  const text = $("body").text().replace(/\s+/g, " ");
  return findDateLines(text);
}

function canonicalUrl($: Root): string | null {
  return $('link[rel="canonical"]').attr("href")?.trim() || meta($, "og:url");
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function outletFromHost(host: string | null, profiles: readonly SiteProfile[]): string | null {
  if (!host) return null;
  let best: string | null = null;
  let bestLength = -1;
  for (const p of profiles) {
    for (const h of p.hosts) {
      if ((host === h || host.endsWith(`.${h}`)) && h.length > bestLength) {
        best = p.outlet;
        bestLength = h.length;
      }
    }
  }
  return best;
}

export interface MetadataInput {
  url: string | null;
  profile: SiteProfile | null;
  profiles: readonly SiteProfile[];
}

export function readMetadata($: Root, input: MetadataInput): PageMetadata {
  const ld: JsonLdArticle | null = readJsonLd($);
  const url = input.url ?? canonicalUrl($) ?? ld?.url ?? null;
  const profile = input.profile;

  let outlet: string | null = null;
  for (const rule of profile?.outletFrom ?? []) {
    const raw = readRule($, rule);
    if (raw) {
      outlet = normalizeSpace(rule.strip ? raw.replace(new RegExp(rule.strip), "") : raw) || null;
      if (outlet) break;
    }
  }
  const hostOutlet = outletFromHost(hostOf(url), input.profiles);
  const siteName = meta($, "og:site_name", "application-name", "twitter:site");
  outlet ??=
    hostOutlet ?? (siteName ? normalizeSpace(siteName).replace(/^@/, "") : null) ?? ld?.publisher ?? null;

  let title: string | null = null;
  for (const selector of profile?.title ?? []) {
    title = readRule($, { selector });
    if (title) break;
  }
  const rawTitle =
    title ??
    meta($, "og:title", "twitter:title") ??
    ld?.headline ??
    normalizeSpace($("title").first().text()) ??
    null;
  const names = [outlet, siteName, ld?.publisher, hostOutlet, profile?.outlet].filter(
    (x): x is string => !!x,
  );
  title = cleanTitle(rawTitle, names);

  const published =
    firstDate($, profile?.published ?? []) ??
    parseDate(ld?.datePublished) ??
    parseDate(
      meta($, "article:published_time", "og:article:published_time", "datePublished", "og:published_time"),
    ) ??
    parseDate(
      meta(
        $,
        "og:regDate",
        "dable:published_time",
        "publish-date",
        "pubdate",
        "date",
        "DC.date.issued",
        "sailthru.date",
      ),
    ) ??
    timeElementDate($);
  const updated =
    firstDate($, profile?.updated ?? []) ??
    parseDate(ld?.dateModified) ??
    parseDate(
      meta($, "article:modified_time", "og:updated_time", "dateModified", "og:article:modified_time"),
    );

  let lines: { published: string | null; updated: string | null } | null = null;
  const dateLines = () => {
    lines ??= visibleDateLines($);
    return lines;
  };

  const author = ld?.author ?? meta($, "author", "article:author", "dable:author", "byl");
  return {
    url,
    title,
    outlet,
    author: author && !/^https?:/.test(author) ? normalizeSpace(author) : null,
    published: published ?? dateLines().published,
    updated: updated ?? (published ? null : dateLines().updated),
    articleBody: ld?.articleBody ?? null,
  };
}
