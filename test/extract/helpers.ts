import type { Article } from "../../src/contracts.js";
import { extractArticle } from "../../src/extract/index.js";

export function extract(text: string, published = "2025-03-04T18:00:00+09:00") {
  const article: Article = {
    source: "test.txt",
    url: null,
    title: null,
    outlet: null,
    author: null,
    published,
    updated: null,
    language: "kor",
    text,
    captions: [],
  };
  return extractArticle(article);
}
