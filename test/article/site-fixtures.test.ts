// Every fixture page under fixtures/ (written for this project in each site's
// markup shape) must give exactly the expected title, times, outlet and text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { articleFromHtml } from "../../src/article/index.js";
import { Article } from "../../src/contracts.js";

const dir = fileURLToPath(new URL("./fixtures/", import.meta.url));
const pages = readdirSync(dir)
  .filter((f) => f.endsWith(".html"))
  .sort();

interface Expected {
  /** The URL the page was fetched from, when the page itself does not name it. */
  requestUrl?: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  updated?: string | null;
  language: string;
  text: string;
  captions?: string[];
}

describe("site fixtures", () => {
  it("has at least ten fixtures", () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  for (const page of pages) {
    it(page, () => {
      const html = readFileSync(join(dir, page), "utf8");
      const expected = JSON.parse(
        readFileSync(join(dir, page.replace(/\.html$/, ".expected.json")), "utf8"),
      ) as Expected;
      const article = articleFromHtml(html, { source: page, url: expected.requestUrl ?? null });
      expect(() => Article.parse(article)).not.toThrow();
      expect(article.text).toBe(expected.text);
      expect(article.title).toBe(expected.title);
      expect(article.url).toBe(expected.url);
      expect(article.outlet).toBe(expected.outlet);
      expect(article.published).toBe(expected.published);
      if (expected.updated !== undefined) expect(article.updated).toBe(expected.updated);
      expect(article.language).toBe(expected.language);
      if (expected.captions) expect(article.captions).toEqual(expected.captions);
    });
  }
});
