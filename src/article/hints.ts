// class/id hints that say "this is the article" or "this is page furniture".
import { classAndId, type Element } from "./dom.js";

// Word edges inside class names: start, end, space, dash or underscore.
const B = String.raw`(?:^|[\s_-])`;
const E = String.raw`(?:$|[\s_-]|\d)`;

export const POSITIVE_HINT = new RegExp(
  [
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "post",
    "text",
    "blog",
    "story",
    "dic_area",
    "newsct",
    "news_?end",
    "view_?con",
    "view_?txt",
    "news_?view",
    "news_?txt",
    "art_?txt",
    "read_?body",
    "par",
  ].join("|"),
  "i",
);

export const NEGATIVE_HINT = new RegExp(
  [
    "-ad-",
    `${B}ads?${E}`,
    `${B}advert`,
    "adsense",
    "hidden",
    `${B}hid${E}`,
    "banner",
    "combx",
    "comment",
    `${B}com-`,
    "contact",
    "footer",
    "gdpr",
    "masthead",
    `${B}media${E}`,
    `${B}meta${E}`,
    "outbrain",
    "taboola",
    "dable",
    "promo",
    "related",
    "relation",
    "scroll",
    "share",
    "sharing",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    `${B}tags?${E}`,
    "tag_?list",
    "widget",
    "reply",
    `${B}cmt`,
    "copyright",
    `${B}sns`,
    "social",
    "subscribe",
    "newsletter",
    "popular",
    "most_?view",
    "most_?read",
    "ranking",
    `${B}rank${E}`,
    "recommend",
    `${B}best`,
    `${B}hot_?news`,
    "trending",
    "more_?news",
    "other_?news",
    `${B}gnb${E}`,
    `${B}lnb${E}`,
    `${B}nav`,
    "breadcrumb",
    "pagination",
    "pager",
    "login",
    "signup",
    `${B}modal`,
    `${B}popup`,
    "keyword",
  ].join("|"),
  "i",
);

// Containers that are never the article, removed before scoring.
export const UNLIKELY_CANDIDATE = new RegExp(
  [
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs?",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    `${B}reply`,
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "outbrain",
    "taboola",
    "dable",
    `${B}gnb${E}`,
    `${B}lnb${E}`,
    "most_?view",
    "popular",
    "ranking",
    "recommend",
    "newsletter",
    "subscribe",
  ].join("|"),
  "i",
);

export const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow|dic_area|newsct|view/i;

/** -25..+25 per hint kind, as Readability weighs class and id. */
export function classWeight(el: Element): number {
  let weight = 0;
  for (const value of [el.attribs.class, el.attribs.id]) {
    if (!value) continue;
    if (NEGATIVE_HINT.test(value)) weight -= 25;
    if (POSITIVE_HINT.test(value)) weight += 25;
  }
  return weight;
}

export function isUnlikelyCandidate(el: Element): boolean {
  const hint = classAndId(el);
  if (!hint.trim()) return false;
  return UNLIKELY_CANDIDATE.test(hint) && !MAYBE_CANDIDATE.test(hint);
}
