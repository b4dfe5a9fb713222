// Body extraction with a site profile: the profile's body selector, minus its
// drop selectors, with its caption selectors set apart.
import type { AnyNode, Element, Root } from "./dom.js";
import { removeNode } from "./dom.js";
import { type Rendered, renderBlocks } from "./render-text.js";
import type { SiteProfile } from "./site-profiles.js";

function select($: Root, scope: Element | null, selector: string): Element[] {
  try {
    const found = scope ? $(scope).find(selector) : $(selector);
    return found.toArray().filter((n): n is Element => n.type === "tag");
  } catch {
    // An invalid selector in a profile is reported by the profile tests; here it just matches nothing.
    return [];
  }
}

const letterCount = (paragraphs: readonly string[]): number =>
  paragraphs.reduce((n, p) => n + (p.match(/\p{L}/gu)?.length ?? 0), 0);

/** Renders the first body selector that yields at least `minLetters` letters; null when none does. */
export function extractWithProfile($: Root, profile: SiteProfile, minLetters: number): Rendered | null {
  for (const selector of profile.body) {
    const [body] = select($, null, selector);
    if (!body) continue;
    for (const drop of profile.drop) for (const el of select($, body, drop)) removeNode(el);
    const captionNodes = new Set<AnyNode>();
    for (const c of profile.captions) for (const el of select($, body, c)) captionNodes.add(el);
    const rendered = renderBlocks(body, { captionNodes, skipHidden: true });
    if (letterCount(rendered.paragraphs) >= minLetters) return rendered;
  }
  return null;
}
