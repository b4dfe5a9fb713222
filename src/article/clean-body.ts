// From raw paragraphs (HTML blocks or plain-text lines) to the final body:
// line cleaning, unrelated boxes cut, captions set apart, repeats dropped.
import { classifyLine, endsSentence, stripInlineNoise } from "./clean-lines.js";
import { normalizeSpace } from "./dom.js";

export interface CleanedBody {
  paragraphs: string[];
  captions: string[];
}

export interface CleanOptions {
  /** The article title: a paragraph repeating it near the top is dropped. */
  title?: string | null;
  /**
   * "text": a box heading usually starts a trailing list of unrelated headlines,
   * so everything after it goes unless a long run of story text follows.
   * "html": the DOM box was already removed; drop the heading and the
   * headline-like lines right after it.
   */
  mode: "text" | "html";
  /** The outlet's name: a line "<outlet> <reporter name>" is a byline. */
  outlet?: string | null;
}

/** Paragraph identity for repeat detection: NFKC, case and punctuation folded. */
export function paragraphKey(p: string): string {
  return p
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const isStoryParagraph = (p: string): boolean => p.length >= 40 && endsSentence(p);

/** Shorter keys (headings like "Pre-Workout Meal") may legitimately recur in one story. */
const SHORT_KEY = 20;

/**
 * Drops repeated paragraphs, keeping the first occurrence, so a body printed
 * twice keeps one copy. A short paragraph is dropped as a repeat only inside a
 * run of repeats that holds a long one (it belongs to the second copy).
 */
export function dedupeParagraphs(paragraphs: readonly string[]): string[] {
  const seen = new Set<string>();
  const keys = paragraphs.map(paragraphKey);
  const repeat = keys.map((key) => {
    if (!key) return true;
    const again = seen.has(key);
    seen.add(key);
    return again;
  });
  // Drop each run of consecutive repeats that holds at least one long paragraph.
  const drop = repeat.slice();
  // The same line twice in a row is a print artifact (a caption shown twice), whatever its length.
  const adjacent = keys.map((k, i) => i > 0 && k === keys[i - 1]);
  for (let i = 0; i < keys.length; ) {
    if (!repeat[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < keys.length && repeat[j]) j++;
    const hasLong = keys.slice(i, j).some((k) => k.length >= SHORT_KEY);
    for (let k = i; k < j; k++) drop[k] = hasLong || !keys[k];
    i = j;
  }
  const out = paragraphs.filter((_, i) => !drop[i] && !adjacent[i]);
  return out;
}

function storyCharsFrom(lines: readonly string[], start: number): number {
  let n = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (isStoryParagraph(line) && classifyLine(line) === "keep") n += line.length;
  }
  return n;
}

export function cleanParagraphs(raw: readonly string[], options: CleanOptions): CleanedBody {
  const lines = raw.map((p) => normalizeSpace(stripInlineNoise(normalizeSpace(p))));
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const titleKey = options.title ? paragraphKey(options.title) : null;
  let keptChars = 0;
  const outletByline = options.outlet
    ? new RegExp(`^${escapeRegExp(options.outlet)}\\s+[가-힣]{2,4}(?:\\s*(?:기자|특파원|앵커))?$`)
    : null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = classifyLine(line);
    if (kind === "drop") continue;
    if (kind === "caption") {
      captions.push(line);
      continue;
    }
    if (kind === "box") {
      const after = storyCharsFrom(lines, i + 1);
      if (options.mode === "text" && after < Math.max(300, keptChars * 0.5)) break;
      // Skip the box's items: short headline-like lines until story text resumes.
      let j = i + 1;
      while (j < lines.length && !isStoryParagraph(lines[j]!) && classifyLine(lines[j]!) !== "box") j++;
      i = j - 1;
      continue;
    }
    if (titleKey && paragraphs.length < 3 && paragraphKey(line) === titleKey) continue;
    if (outletByline?.test(line)) continue;
    paragraphs.push(line);
    keptChars += line.length;
  }
  return { paragraphs: dedupeParagraphs(paragraphs), captions: dedupeParagraphs(captions) };
}
