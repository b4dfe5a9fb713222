import type { Evidence, Sentence } from "../contracts.js";

/** Evidence points at the whole sentence (offsets into Article.text) and names the rule. */
export function evidenceOf(sentence: Sentence, rule: string): Evidence {
  return { sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text, rule };
}
