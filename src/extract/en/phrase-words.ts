// The words of one sentence as the noun-phrase reader sees them, and what it
// needs to know about the sentence (names, times, head words).
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  REPORTING_VERBS,
  SUBORDINATORS,
  TRAILING_ADVERBS,
} from "./lexicon.js";
import { type Token, tokenize } from "./tokens.js";

export interface Phrase {
  text: string;
  /** Offsets in the sentence (for a reading of a shared head, those of the whole phrase). */
  start: number;
  end: number;
  /** The possessor dropped from the front ("Korea Post" of "Korea Post's banking"). */
  owner: string | null;
  /** The name with its possessor, as written ("Korail's website"). */
  withOwner: string;
  /** "No real services were …": the phrase is denied. */
  negated: boolean;
}

export interface PhraseContext {
  sentence: string;
  verbs: Set<number>;
  /** Is this a known name (service or organisation gazetteer)? */
  isKnownName(text: string): boolean;
  /** Is this an organisation name? */
  isOrganisation(text: string): boolean;
  /** Spans of time expressions in the sentence. */
  times: Array<{ start: number; end: number }>;
  /** Words that head service names ("services", "banking"): never read as verbs. */
  isHeadWord(lower: string): boolean;
  /** Names too generic to stand alone ("website", "app"). */
  isGeneric(text: string): boolean;
}

export function words(ctx: PhraseContext, from: number, to: number): Token[] {
  return tokenize(ctx.sentence, ctx.verbs, from, to).map((t) =>
    t.verb && (ctx.isHeadWord(t.lower) || CLOSED_CLASS.some((set) => set.has(t.lower)))
      ? { ...t, verb: false }
      : t,
  );
}

const CLOSED_CLASS = [PREPOSITIONS, DETERMINERS, CONJUNCTIONS, PRONOUNS, TRAILING_ADVERBS];

export const isWordTok = (t: Token) => !t.punct;
export const nounish = (t: Token) =>
  !t.punct &&
  !DETERMINERS.has(t.lower) &&
  !PREPOSITIONS.has(t.lower) &&
  !CONJUNCTIONS.has(t.lower) &&
  !AUXILIARIES.has(t.lower) &&
  !SUBORDINATORS.has(t.lower);

/** A token that ends a noun phrase: a clause word, or a verb after the phrase has begun. */
export function breaksPhrase(tokens: Token[], i: number, begun: boolean): boolean {
  const t = tokens[i]!;
  if (t.punct && t.text !== "(" && t.text !== ")") return true;
  if (AUXILIARIES.has(t.lower) || SUBORDINATORS.has(t.lower) || REPORTING_VERBS.has(t.lower)) return true;
  if (begun && t.verb && !t.capital) {
    const next = tokens[i + 1];
    // "check cards", "trading app": a verb form right before a noun modifies it.
    if (next && nounish(next) && !next.verb && !t.lower.endsWith("ed")) return false;
    return true;
  }
  return false;
}

/** The words of a phrase as written when contiguous, else joined by spaces (a shared-head reading). */
export function phraseText(ctx: PhraseContext, tokens: Token[]): string {
  const contiguous = tokens.every(
    (t, i) => i === 0 || /^\s?$|^\s?\($|^\)\s?$|^,\s$/.test(ctx.sentence.slice(tokens[i - 1]!.end, t.start)),
  );
  if (contiguous) return ctx.sentence.slice(tokens[0]!.start, tokens.at(-1)!.end).replace(/(?:'s|’s)$/u, "");
  return tokens.map((t) => ctx.sentence.slice(t.start, t.end)).join(" ");
}

export function spanText(ctx: PhraseContext, tokens: Token[]): string {
  if (!tokens.length) return "";
  return ctx.sentence.slice(tokens[0]!.start, tokens.at(-1)!.end);
}

export const stripArticle = (s: string) => s.replace(/^(?:the|a|an)\s/i, "");
