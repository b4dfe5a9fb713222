// Finds the article body on a page no site profile knows: content scoring over
// text blocks (length, commas and sentence ends, link density, class/id hints),
// then sibling gathering and conditional cleaning of the chosen container.
import {
  type AnyNode,
  childElements,
  classAndId,
  descendants,
  type Element,
  isElement,
  isText,
  type ParentNode,
  parentElement,
  removeNode,
} from "./dom.js";
import { classWeight, isUnlikelyCandidate } from "./hints.js";
import { BLOCK_TAGS, looksLikeCaption, SKIP_TAGS } from "./render-text.js";

export interface GenericFlags {
  stripUnlikely: boolean;
  weighClasses: boolean;
  cleanConditionally: boolean;
}

const UNIT_TAGS = new Set(["p", "pre", "td", "blockquote", "section", "h2", "h3", "h4", "h5", "h6"]);
const CONTAINER_TAGS = new Set([
  "div",
  "section",
  "article",
  "main",
  "span",
  "font",
  "center",
  "dd",
  "td",
  "li",
]);
const NEVER_CANDIDATE = new Set(["html", "body", "head"]);
const UNLIKELY_ROLES = new Set([
  "menu",
  "menubar",
  "complementary",
  "navigation",
  "alert",
  "alertdialog",
  "dialog",
  "banner",
  "contentinfo",
  "search",
]);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const COMMA = /[,，、]/g;
const SENTENCE_END = /(?:[다요죠음함됨]\.|[.!?。](?=\s|$|["'”’)]))/g;

interface TextStats {
  chars: number;
  linkChars: number;
  commas: number;
}

/** Non-space characters, link characters and commas in a subtree. */
function stats(
  node: AnyNode,
  inLink = false,
  acc: TextStats = { chars: 0, linkChars: 0, commas: 0 },
): TextStats {
  if (isText(node)) {
    const n = countNonSpace(node.data);
    acc.chars += n;
    if (inLink) acc.linkChars += n;
    const commas = node.data.match(COMMA);
    if (commas) acc.commas += commas.length;
    return acc;
  }
  if (!isElement(node) || SKIP_TAGS.has(node.name)) return acc;
  const link = inLink || node.name === "a";
  for (const c of node.children) stats(c, link, acc);
  return acc;
}

function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x200b && c !== 0x3000 && c !== 0xfeff) n++;
  }
  return n;
}

function innerText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node) || SKIP_TAGS.has(node.name)) return "";
  let s = "";
  for (const c of node.children) s += innerText(c);
  return BLOCK_TAGS.has(node.name) || node.name === "br" ? ` ${s} ` : s;
}

/** Text directly inside an element, not inside its block-level children. */
function ownInlineText(el: Element): string {
  let s = "";
  for (const c of el.children) {
    if (isText(c)) s += c.data;
    else if (isElement(c) && !BLOCK_TAGS.has(c.name) && !SKIP_TAGS.has(c.name) && c.name !== "a") {
      s += c.name === "br" ? " " : innerText(c);
    }
  }
  return s;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a["aria-hidden"] === "true" && !/fallback-image/.test(a.class ?? "")) return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

/** Removes what is never content (scripts, hidden nodes, navigation roles) and, optionally, unlikely boxes. */
function prune(root: ParentNode, flags: GenericFlags): void {
  const walk = (parent: ParentNode): void => {
    for (const c of [...parent.children]) {
      if (c.type === "comment" || c.type === "directive") {
        removeNode(c);
        continue;
      }
      if (!isElement(c)) continue;
      const name = c.name;
      if (SKIP_TAGS.has(name) || name === "nav" || name === "aside" || isHidden(c)) {
        removeNode(c);
        continue;
      }
      const role = c.attribs.role;
      if (role && UNLIKELY_ROLES.has(role) && name !== "body" && name !== "article" && name !== "main") {
        removeNode(c);
        continue;
      }
      if (
        flags.stripUnlikely &&
        name !== "body" &&
        name !== "a" &&
        name !== "article" &&
        name !== "main" &&
        name !== "html" &&
        isUnlikelyCandidate(c) &&
        !containsTag(c, "blockquote") &&
        !hasAncestorTag(c, "table") &&
        !hasAncestorTag(c, "code")
      ) {
        removeNode(c);
        continue;
      }
      walk(c);
    }
  };
  walk(root);
}

function containsTag(el: Element, tag: string): boolean {
  for (const c of el.children) if (isElement(c) && (c.name === tag || containsTag(c, tag))) return true;
  return false;
}

function hasAncestorTag(el: Element, tag: string, maxDepth = 3): boolean {
  let depth = 0;
  for (let p = parentElement(el); p && depth < maxDepth; p = parentElement(p), depth++) {
    if (p.name === tag) return true;
  }
  return false;
}

function baseScore(el: Element, flags: GenericFlags): number {
  let score = 0;
  switch (el.name) {
    case "div":
    case "article":
    case "main":
      score += 5;
      break;
    case "pre":
    case "td":
    case "blockquote":
      score += 3;
      break;
    case "address":
    case "ol":
    case "ul":
    case "dl":
    case "dd":
    case "dt":
    case "li":
    case "form":
      score -= 3;
      break;
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
    case "th":
      score -= 5;
      break;
  }
  if (el.name === "article" || el.attribs.itemprop === "articleBody") score += 10;
  if (flags.weighClasses) score += classWeight(el);
  return score;
}

interface Scored {
  score: number;
}

function unitText(el: Element): string | null {
  if (UNIT_TAGS.has(el.name)) {
    if (el.name === "section" || el.name === "td") {
      // A section or cell is a unit only when it holds text rather than blocks.
      const own = ownInlineText(el);
      return countNonSpace(own) >= 25 ? own : null;
    }
    return innerText(el);
  }
  if (CONTAINER_TAGS.has(el.name)) {
    const own = ownInlineText(el);
    return countNonSpace(own) >= 25 ? own : null;
  }
  return null;
}

function scoreUnits(root: ParentNode, flags: GenericFlags): Map<Element, Scored> {
  const candidates = new Map<Element, Scored>();
  const ensure = (el: Element): Scored => {
    let c = candidates.get(el);
    if (!c) {
      c = { score: baseScore(el, flags) };
      candidates.set(el, c);
    }
    return c;
  };
  for (const el of descendants(root)) {
    if (looksLikeCaption(el)) continue;
    const text = unitText(el);
    if (text === null) continue;
    const chars = countNonSpace(text);
    if (chars < 25) continue;
    const commas = text.match(COMMA)?.length ?? 0;
    const sentences = text.match(SENTENCE_END)?.length ?? 0;
    const linkShare = el.name === "p" || el.name === "pre" ? stats(el).linkChars / Math.max(1, chars) : 0;
    let score = 1 + commas + Math.max(0, sentences - commas) * 0.5 + Math.min(Math.floor(chars / 100), 3);
    score *= 1 - Math.min(1, linkShare);
    // Direct text in a container scores the container itself as its first level.
    const self = UNIT_TAGS.has(el.name) && el.name !== "section" && el.name !== "td" ? null : el;
    const chain: Element[] = [];
    if (self) chain.push(self);
    for (let p = parentElement(el); p && chain.length < 5; p = parentElement(p)) {
      if (NEVER_CANDIDATE.has(p.name)) break;
      chain.push(p);
    }
    chain.forEach((ancestor, level) => {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      ensure(ancestor).score += score / divider;
    });
  }
  return candidates;
}

function linkDensity(el: AnyNode): number {
  const s = stats(el);
  return s.chars ? s.linkChars / s.chars : 0;
}

function pickTop(candidates: Map<Element, Scored>): { top: Element; score: number } | null {
  const ranked: Array<[Element, number]> = [];
  for (const [el, c] of candidates) {
    const final = c.score * (1 - linkDensity(el));
    c.score = final;
    ranked.push([el, final]);
  }
  ranked.sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return null;
  let [top, topScore] = first;

  // Several strong candidates under one ancestor: the ancestor is the article.
  const strong = ranked.slice(1, 5).filter(([, s]) => s >= topScore * 0.75);
  if (strong.length >= 3) {
    for (let p = parentElement(top); p && !NEVER_CANDIDATE.has(p.name); p = parentElement(p)) {
      const containing = strong.filter(([el]) => isInside(el, p)).length;
      if (containing >= 3) {
        top = p;
        topScore = candidates.get(p)?.score ?? topScore;
        break;
      }
    }
  }

  // Climb while a parent scores better; stop when scores fall too far.
  let last = topScore;
  const threshold = last / 3;
  for (let p = parentElement(top); p && !NEVER_CANDIDATE.has(p.name); p = parentElement(p)) {
    const c = candidates.get(p);
    if (!c) continue;
    if (c.score < threshold) break;
    if (c.score > last) {
      top = p;
      topScore = c.score;
      break;
    }
    last = c.score;
  }

  // An only child is the same content as its parent.
  for (
    let p = parentElement(top);
    p && !NEVER_CANDIDATE.has(p.name) && childElements(p).length === 1;
    p = parentElement(p)
  ) {
    top = p;
    topScore = Math.max(topScore, candidates.get(p)?.score ?? 0);
  }
  return { top, score: topScore };
}

function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let p: AnyNode | null = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** The top candidate plus siblings that look like more of the same article. */
function gatherSiblings(top: Element, topScore: number, candidates: Map<Element, Scored>): Element[] {
  const parent = parentElement(top);
  if (!parent || NEVER_CANDIDATE.has(top.name)) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class ?? "";
  const kept: Element[] = [];
  for (const sibling of childElements(parent)) {
    if (sibling === top) {
      kept.push(sibling);
      continue;
    }
    let bonus = 0;
    if (topClass && sibling.attribs.class === topClass) bonus += topScore * 0.2;
    const score = candidates.get(sibling)?.score;
    if (score !== undefined && score + bonus >= threshold) {
      kept.push(sibling);
      continue;
    }
    if (sibling.name === "p" || (sibling.name === "div" && !hasBlockChild(sibling))) {
      const s = stats(sibling);
      const density = s.chars ? s.linkChars / s.chars : 0;
      const text = innerText(sibling).trim();
      if (s.chars > 80 && density < 0.25) kept.push(sibling);
      else if (s.chars > 0 && s.chars <= 80 && density === 0 && /[.!?。다]\.?$|[.!?。]["'”’]?$/.test(text))
        kept.push(sibling);
    }
  }
  return kept;
}

/**
 * Articles split into chunks (one container per few paragraphs, ads between):
 * elements with the top candidate's exact tag and class under a nearby common
 * ancestor are more of the same body.
 */
function withChunks(nodes: Element[], top: Element): Element[] {
  const cls = top.attribs.class?.trim();
  if (!cls) return nodes;
  let scope: Element | null = top;
  for (let i = 0; i < 3 && scope; i++) scope = parentElement(scope);
  if (!scope || NEVER_CANDIDATE.has(scope.name)) return nodes;
  const chunks = descendants(scope).filter(
    (el) =>
      el !== top &&
      el.name === top.name &&
      el.attribs.class?.trim() === cls &&
      !nodes.some((n) => isInside(el, n) || isInside(n, el)),
  );
  const extra = chunks.filter((el) => {
    const s = stats(el);
    return s.chars > 0 && s.linkChars / s.chars < 0.33;
  });
  if (!extra.length) return nodes;
  const all = [...nodes, ...extra];
  const order = new Map(descendants(scope).map((el, i) => [el, i] as const));
  const position = (el: Element): number => order.get(el) ?? order.get(ancestorIn(el, order)) ?? -1;
  return all.sort((a, b) => position(a) - position(b));
}

function ancestorIn(el: Element, order: Map<Element, number>): Element {
  for (let p = parentElement(el); p; p = parentElement(p)) if (order.has(p)) return p;
  return el;
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.name));
}

const META_HINT =
  /byline|(?:^|[\s_-])(?:author|writer|reporter|dateline|timestamp|posted-on|entry-meta|post-meta|article-meta|meta-info|article-info|info_?view|date)(?:$|[\s_-])/i;
const SHARE_HINT = /share|sharing|sns|social|print|font_?size|fontsize|btn|button|toolbar|util/i;

/** Drops boxes inside the article that are not article text (Readability's conditional clean, extended). */
function cleanArticle(nodes: Element[], flags: GenericFlags, topScores: Map<Element, Scored>): void {
  for (const node of nodes) {
    for (const el of descendants(node).reverse()) {
      if (!el.parent) continue;
      const name = el.name;
      if (name === "h1" || name === "form" || name === "fieldset" || name === "footer" || name === "header") {
        if (name === "header" || name === "footer" || name === "form") {
          const s = stats(el);
          if (s.chars > 300 && s.linkChars / s.chars < 0.3) continue;
        }
        removeNode(el);
        continue;
      }
      const hint = classAndId(el);
      if (hint && META_HINT.test(hint) && stats(el).chars < 200) {
        removeNode(el);
        continue;
      }
      if (hint && SHARE_HINT.test(hint) && stats(el).chars < 500 && !containsTag(el, "blockquote")) {
        removeNode(el);
        continue;
      }
      if (/^h[2-6]$/.test(name) && flags.weighClasses && classWeight(el) < 0) {
        removeNode(el);
        continue;
      }
      if (!flags.cleanConditionally) continue;
      if (
        name === "table" ||
        name === "ul" ||
        name === "ol" ||
        name === "div" ||
        name === "section" ||
        name === "figure" ||
        name === "dl"
      ) {
        if (shouldDrop(el, flags, topScores)) removeNode(el);
      }
    }
  }
}

function shouldDrop(el: Element, flags: GenericFlags, scores: Map<Element, Scored>): boolean {
  const weight = flags.weighClasses ? classWeight(el) : 0;
  const isList = el.name === "ul" || el.name === "ol";
  // A list's own score is mostly its tag penalty; judge lists by class and content.
  const score = isList ? 0 : (scores.get(el)?.score ?? 0);
  if (weight + score < 0) return true;
  const s = stats(el);
  const text = innerText(el);
  if ((text.match(COMMA)?.length ?? 0) >= 10) return false;
  let p = 0;
  let img = 0;
  let li = 0;
  let input = 0;
  let embeds = 0;
  let headings = 0;
  for (const d of descendants(el)) {
    if (d.name === "p") p++;
    else if (d.name === "img") img++;
    else if (d.name === "li") li++;
    else if (d.name === "input") input++;
    else if (d.name === "embed" || d.name === "object" || d.name === "iframe") embeds++;
    else if (/^h[1-6]$/.test(d.name)) headings++;
  }
  const density = s.chars ? s.linkChars / s.chars : 0;
  const sentences = text.match(SENTENCE_END)?.length ?? 0;
  if (isList && density < 0.5 && sentences > 0 && li > 0) return false;
  if (img > 1 && p / img < 0.5 && !hasAncestorTag(el, "figure")) return s.chars < 200;
  if (!isList && li - 100 > p) return true;
  if (input > Math.floor(p / 3)) return true;
  if (!isList && s.chars < 25 && (img === 0 || img > 2) && headings === 0) return true;
  if (weight < 25 && density > 0.2 && s.chars < 1500) return true;
  if (weight >= 25 && density > 0.5) return true;
  if ((embeds === 1 && s.chars < 75) || embeds > 1) return true;
  return false;
}

export interface GenericResult {
  /** The article nodes, in document order. */
  nodes: Element[];
  score: number;
}

/**
 * Runs the scorer on a (mutable) document. The caller passes a fresh tree per
 * attempt: pruning and cleaning remove nodes.
 */
export function extractGeneric(root: ParentNode, flags: GenericFlags): GenericResult | null {
  prune(root, flags);
  const candidates = scoreUnits(root, flags);
  const picked = pickTop(candidates);
  if (!picked) return null;
  const nodes = withChunks(gatherSiblings(picked.top, picked.score, candidates), picked.top);
  cleanArticle(nodes, flags, candidates);
  return { nodes, score: picked.score };
}

export const GENERIC_PASSES: GenericFlags[] = [
  { stripUnlikely: true, weighClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weighClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weighClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weighClasses: false, cleanConditionally: false },
];
