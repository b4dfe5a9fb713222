// Builds an English Article from text written for these tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article, Extraction } from "../../src/contracts.js";
import { extractArticle } from "../../src/extract/index.js";

export function englishArticle(text: string, published: string, source = "test.txt"): Article {
  return {
    source,
    url: null,
    title: null,
    outlet: null,
    author: null,
    published,
    updated: null,
    language: "eng",
    text,
    captions: [],
  };
}

export function extract(text: string, published: string): Extraction {
  return extractArticle(englishArticle(text, published));
}

export function fixture(name: string): { text: string; published: string } {
  const path = (ext: string) => fileURLToPath(new URL(`./fixtures/${name}.${ext}`, import.meta.url));
  const meta = JSON.parse(readFileSync(path("meta.json"), "utf8")) as { published: string };
  return { text: readFileSync(path("txt"), "utf8"), published: meta.published };
}
