// Turns a body element into paragraphs (one per block or <br>-separated line) and
// captions (figure captions and photo descriptions, kept out of the text).
import { type AnyNode, type Element, isElement, isText, normalizeSpace } from "./dom.js";

export const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

export const SKIP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "button",
  "select",
  "input",
  "textarea",
  "option",
  "head",
  "title",
  "meta",
  "link",
  "audio",
  "video",
  "source",
  "picture",
  "map",
]);

const CAPTION_HINT =
  /(?:^|[\s_-])(?:wp-caption-text|figcaption|caption|img_?desc|image_?desc|photo_?desc|photo_?caption|img_?caption|image_?caption|pic_?desc|thumb_?caption|imgtxt|img_?txt|txt_?caption|caption_?text|end_?photo_?org|desc_?photo|photo_?text)(?:$|[\s_-])/;

export function looksLikeCaption(el: Element): boolean {
  if (el.name === "figcaption") return true;
  const hint = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase();
  return hint.length > 1 && CAPTION_HINT.test(hint);
}

export interface Rendered {
  paragraphs: string[];
  captions: string[];
}

export interface RenderOptions {
  /** Extra caption elements (from a site profile). */
  captionNodes?: ReadonlySet<AnyNode>;
  /** Skip hidden elements (style="display:none", hidden attribute). */
  skipHidden?: boolean;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function renderBlocks(root: AnyNode, options: RenderOptions = {}): Rendered {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  let line = "";
  const flush = (): void => {
    const text = normalizeSpace(line);
    if (text) paragraphs.push(text);
    line = "";
  };
  const walk = (node: AnyNode): void => {
    if (isText(node)) {
      line += node.data;
      return;
    }
    if (!isElement(node)) {
      if (node.type === "root") for (const c of node.children) walk(c);
      return;
    }
    const name = node.name;
    if (SKIP_TAGS.has(name)) return;
    if (name === "br") {
      flush();
      return;
    }
    if (name === "img") return;
    if (
      options.skipHidden &&
      (node.attribs.hidden !== undefined || HIDDEN_STYLE.test(node.attribs.style ?? ""))
    ) {
      return;
    }
    if (options.captionNodes?.has(node) || looksLikeCaption(node)) {
      const text = normalizeSpace(collectText(node));
      if (text) captions.push(text);
      if (BLOCK_TAGS.has(name)) flush();
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    for (const c of node.children) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return { paragraphs, captions };
}

function collectText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node)) return "";
  if (SKIP_TAGS.has(node.name)) return "";
  if (node.name === "br") return " ";
  let s = "";
  for (const c of node.children) s += collectText(c);
  return BLOCK_TAGS.has(node.name) ? ` ${s} ` : s;
}
