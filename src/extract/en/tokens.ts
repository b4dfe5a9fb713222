// Word tokens of one sentence with their offsets, each marked with what the
// noun-phrase reader needs: possessive ending, capital, and whether
// compromise's tagger reads it as a verb in this sentence.
import { sentenceTerms } from "./nlp.js";

export interface Token {
  /** The word without a possessive ending. */
  text: string;
  lower: string;
  /** Offsets in the sentence, possessive ending included. */
  start: number;
  end: number;
  possessive: boolean;
  punct: boolean;
  capital: boolean;
  verb: boolean;
}

const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}][\p{L}\p{N}&'’+./-]*|[,;:()"“”]|--|—|–/gu;
const KEEP_DOT =
  /^(?:Corp|Co|Inc|Ltd|U\.S|U\.K|a\.m|p\.m|No|St|Jr|Sr|Dr|Mr|Ms|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;

/** Offsets of words compromise tags as verbs (participles used as adjectives excluded). */
export function verbOffsets(sentence: string): Set<number> {
  const out = new Set<number>();
  try {
    const json = sentenceTerms(sentence) as Array<{
      terms: Array<{ tags: string[]; offset: { start: number; length: number } }>;
    }>;
    for (const s of json) {
      for (const t of s.terms) {
        if (!t.offset.length) continue;
        const tags = new Set(t.tags);
        if (tags.has("Verb") && !tags.has("Adjective") && !tags.has("Noun")) out.add(t.offset.start);
      }
    }
  } catch {
    // A tagger failure leaves only the closed-class word lists to go on.
  }
  return out;
}

export function tokenize(sentence: string, verbs: Set<number>, from = 0, to = sentence.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = from;
  for (let m = re.exec(sentence); m && m.index < to; m = re.exec(sentence)) {
    let raw = m[0];
    if (m.index + raw.length > to) raw = raw.slice(0, to - m.index);
    if (!KEEP_DOT.test(raw) && /^[\p{L}\p{N}]/u.test(raw)) raw = raw.replace(/[.\-/]+$/u, "");
    if (!raw) continue;
    const possessive = /(?:'s|’s|s'|s’)$/u.test(raw) && raw.length > 2;
    const text = possessive
      ? raw.replace(/(?:'s|’s)$/u, "").replace(/(s)['’]$/u, "$1")
      : raw.replace(/['’]$/u, "");
    const punct = /^[,;:()"“”—–]$|^--$/u.test(raw);
    out.push({
      text,
      lower: text.toLowerCase(),
      start: m.index,
      end: m.index + raw.length,
      possessive,
      punct,
      capital: /^\p{Lu}/u.test(text),
      verb: verbs.has(m.index),
    });
  }
  return out;
}
