import type { Article, Extraction } from "../contracts.js";
import { splitSentences } from "../text/sentences.js";
import { extractEnglish } from "./en/index.js";
import { extractKorean } from "./ko/index.js";

/** Text to facts: routes by language to a rule pack. Never throws on article content. */
export function extractArticle(article: Article): Extraction {
  const sentences = splitSentences(article.text);
  const base = {
    source: article.source,
    article: {
      url: article.url,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      language: article.language,
      text: article.text,
    },
  };
  if (article.language === "kor") return { ...base, ...extractKorean(article, sentences) };
  if (article.language === "eng") return { ...base, ...extractEnglish(article, sentences) };
  return { ...base, incidents: [], unaffected: [] };
}
