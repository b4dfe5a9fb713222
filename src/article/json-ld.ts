// JSON-LD NewsArticle metadata, including @graph arrays and lenient parsing of
// the slightly broken JSON that news CMSs print (raw newlines in strings, trailing commas).
import type { Root } from "./dom.js";

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  author: string | null;
  publisher: string | null;
  articleBody: string | null;
  url: string | null;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle|Report|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting)$/;

export function parseLenientJson(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!--|-->$/g, "")
    .replace(/^\/\/<!\[CDATA\[|\/\/\]\]>$/g, "")
    .trim();
  try {
    return JSON.parse(text);
  } catch {
    // Escape raw control characters inside strings and drop trailing commas.
    let out = "";
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (inString) {
        if (ch === "\\") {
          out += ch + (text[i + 1] ?? "");
          i++;
          continue;
        }
        if (ch === '"') inString = false;
        else if (ch === "\n") {
          out += "\\n";
          continue;
        } else if (ch === "\r") continue;
        else if (ch === "\t") {
          out += "\\t";
          continue;
        }
      } else if (ch === '"') inString = true;
      out += ch;
    }
    try {
      return JSON.parse(out.replace(/,\s*([}\]])/g, "$1"));
    } catch {
      return null;
    }
  }
}

function typesOf(node: Record<string, unknown>): string[] {
  const t = node["@type"];
  if (typeof t === "string") return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === "string");
  return [];
}

function collectNodes(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value) collectNodes(v, out, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  out.push(node);
  if (node["@graph"]) collectNodes(node["@graph"], out, depth + 1);
  if (node.mainEntity && typeof node.mainEntity === "object") collectNodes(node.mainEntity, out, depth + 1);
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((x): x is string => !!x);
    return names.length ? [...new Set(names)].join(", ") : null;
  }
  if (value && typeof value === "object") {
    const n = (value as Record<string, unknown>).name;
    return typeof n === "string" ? n.trim() || null : null;
  }
  return null;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** The best NewsArticle-like JSON-LD object on the page, or null. */
export function readJsonLd($: Root): JsonLdArticle | null {
  const nodes: Record<string, unknown>[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const text = $(el).text();
    if (text.trim()) collectNodes(parseLenientJson(text), nodes);
  });
  if (!nodes.length) return null;
  const article =
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)) && (n.headline || n.datePublished)) ??
    nodes.find((n) => typesOf(n).includes("WebPage") && n.datePublished);
  if (!article) return null;
  const publisherNode =
    article.publisher ??
    nodes.find((n) => typesOf(n).includes("Organization") || typesOf(n).includes("NewsMediaOrganization"));
  const mainEntity = article.mainEntityOfPage;
  const url =
    str(article.url) ??
    (typeof mainEntity === "string"
      ? mainEntity
      : str((mainEntity as Record<string, unknown> | undefined)?.["@id"]));
  return {
    headline: str(article.headline) ?? str(article.name),
    datePublished: str(article.datePublished) ?? str(article.dateCreated),
    dateModified: str(article.dateModified),
    author: nameOf(article.author),
    publisher: nameOf(publisherNode),
    articleBody: str(article.articleBody),
    url,
  };
}
