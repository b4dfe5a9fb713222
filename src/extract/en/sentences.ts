import type { Sentence } from "../../contracts.js";

// The shared splitter cuts after any period followed by a space except after
// single capitals; English news is full of abbreviations that are not
// sentence ends ("11:16 a.m. on Oct. 25", "LG Uplus Corp. said"). This
// rejoins those pieces, keeping offsets into Article.text.

const MONTH_ABBR = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
const TIME_ABBR = /\b[ap]\.m\.$/i;
const ORG_ABBR = /\b(?:Corp|Co|Inc|Ltd|Bros|Gov|Gen|Lt|Col|Sgt|Rep|Sen|Prof|approx|est|vs|No)\.$/;
const WEEKDAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\b/;

function continues(prev: string, next: string): boolean {
  if (/^[a-z0-9(,;:]/.test(next))
    return MONTH_ABBR.test(prev) || TIME_ABBR.test(prev) || ORG_ABBR.test(prev) || /^[a-z]/.test(next);
  if (MONTH_ABBR.test(prev) && /^\d/.test(next)) return true;
  if (TIME_ABBR.test(prev) && WEEKDAY_OR_MONTH.test(next)) return true;
  if (ORG_ABBR.test(prev) && /^(?:said|says|and|which|who|has|had|is|was)\b/.test(next)) return true;
  return false;
}

/** Rejoins sentences split inside a paragraph after an abbreviation; renumbers them. */
export function repairEnglishSentences(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && last.paragraph === s.paragraph && continues(last.text, s.text)) {
      const merged = { ...last, end: s.end, text: text.slice(last.start, s.end) };
      out[out.length - 1] = merged;
      continue;
    }
    out.push({ ...s, index: out.length });
  }
  return out;
}
