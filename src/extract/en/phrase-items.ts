// Items of a noun phrase list: "A, B and C" gives one item each, a shared
// head ("internet and mobile banking") the whole and each reading; an item
// becomes a name once articles, the possessor, clause tails and time or place
// phrases are gone.
import {
  AUXILIARIES,
  DETERMINERS,
  NAME_PREPOSITIONS,
  OWNER_PRONOUNS,
  PREPOSITIONS,
  PRONOUNS,
  QUANTIFIER_OF,
  REPORTING_VERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TIME_WORDS,
  TRAILING_ADVERBS,
} from "./lexicon.js";
import {
  breaksPhrase,
  isWordTok,
  type Phrase,
  type PhraseContext,
  phraseText,
  spanText,
  stripArticle,
} from "./phrase-words.js";
import type { Token } from "./tokens.js";

const AUDIENCE =
  /^(?:\d|about|around|nearly|some|tens|hundreds|thousands|millions|many|most|all|customers|users|subscribers|people|residents|passengers|investors|shoppers|clients|businesses|members)/i;

function topLevel(tokens: Token[], pred: (t: Token, i: number) => boolean): number[] {
  const out: number[] = [];
  let depth = 0;
  let between = false;
  tokens.forEach((t, i) => {
    if (t.text === "(") depth++;
    else if (t.text === ")") depth = Math.max(0, depth - 1);
    else if (t.lower === "between") between = true;
    else if (depth === 0 && pred(t, i)) {
      if (between && t.lower === "and") {
        between = false;
        return;
      }
      out.push(i);
    }
  });
  return out;
}

function splitAt(tokens: Token[], cuts: number[]): Token[][] {
  const parts: Token[][] = [];
  let prev = 0;
  for (const c of cuts) {
    parts.push(tokens.slice(prev, c));
    prev = c + 1;
  }
  parts.push(tokens.slice(prev));
  return parts.filter((p) => p.length);
}

/** Items of "A, B and C"; an appositive ("A, the …") or a comma between adjectives keeps one item. */
export function listItems(ctx: PhraseContext, tokens: Token[], object = false): Token[][] {
  const commas = topLevel(tokens, (t) => t.text === ",");
  let parts = splitAt(tokens, commas);
  if (object) {
    // An object list stops at the first part that does not start like a noun phrase.
    const ok = parts.findIndex((p, i) => i > 0 && !startsNounPhrase(p));
    if (ok !== -1) parts = parts.slice(0, ok);
    // "Government24, the main portal for civil documents, …": a description right after a name.
    const all = parts;
    parts = parts.filter(
      (p, i) => i === 0 || i === all.length - 1 || !describesPrevious(ctx, all[i - 1]!, p),
    );
  }
  if (parts.length > 1) {
    const last = parts.at(-1)!;
    const hasConj = topLevel(last, (t) => t.lower === "and" || t.lower === "or").length > 0;
    if (hasConj || (object && parts.length > 2)) {
      return parts.flatMap((p) => coordination(ctx, p));
    }
    if (parts[1] && /^(?:the|a|an|which|who|whose|where)$/.test(parts[1][0]!.lower))
      return coordination(ctx, parts[0]!);
    if (object) return parts.flatMap((p) => coordination(ctx, p));
    // "regular, non-holiday tickets": commas between modifiers.
    return coordination(
      ctx,
      tokens.filter((t) => t.text !== ","),
    );
  }
  return coordination(ctx, parts[0] ?? tokens);
}

/** A part after a bare name that starts with an article and names no other service: an appositive. */
function describesPrevious(ctx: PhraseContext, prev: Token[], part: Token[]): boolean {
  const bare = prev.filter((t) => !DETERMINERS.has(t.lower));
  if (!bare.length || bare.length > 3 || !bare[0]!.capital || bare.length !== prev.length) return false;
  if (!/^(?:the|a|an)$/.test(part[0]!.lower)) return false;
  const text = spanText(ctx, part);
  return !part.slice(1).some((t) => t.capital) && !ctx.isKnownName(text);
}

function startsNounPhrase(p: Token[]): boolean {
  if (p.some((t) => REPORTING_VERBS.has(t.lower))) return false;
  const t = p[0]!;
  if (
    PREPOSITIONS.has(t.lower) ||
    AUXILIARIES.has(t.lower) ||
    SUBORDINATORS.has(t.lower) ||
    TIME_WORDS.has(t.lower)
  ) {
    return false;
  }
  if (REPORTING_VERBS.has(t.lower)) return false;
  return !(t.verb && !t.capital && !p[1]);
}

const plural = (t: Token) => /[^s]s$/.test(t.lower) || /^log-?ins$/.test(t.lower);

/**
 * "A and B": two items when both are full phrases; a shared head when A is a
 * lone modifier ("internet and mobile banking" → internet banking, mobile banking).
 */
function coordination(ctx: PhraseContext, tokens: Token[]): Token[][] {
  const conj = topLevel(tokens, (t) => t.lower === "and" || t.lower === "or");
  if (!conj.length) return [tokens];
  const head = leadingOwner(tokens);
  const owner = tokens.slice(0, head);
  const body = tokens.slice(head);
  const raw = splitAt(
    body,
    topLevel(body, (t) => t.lower === "and" || t.lower === "or"),
  );
  const parts = raw.map(stripDeterminers);
  // "ordinary letters and parcels" reads as one service; "ticketing app and website" as two.
  const [first, second] = parts;
  if (
    parts.length === 2 &&
    first!.length >= 2 &&
    second!.length === 1 &&
    !ctx.isKnownName(second![0]!.text) &&
    !ctx.isGeneric(second![0]!.text)
  ) {
    return [tokens];
  }
  const out: Token[][] = [];
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i]!;
    const b = parts[i + 1];
    const withOwner = (p: Token[]) => (i === 0 ? [...owner, ...p] : p);
    if (b && sharesHead(ctx, a, b, raw[i + 1]!)) {
      const whole = body.slice(body.indexOf(raw[i]![0]!), body.indexOf(b.at(-1)!) + 1);
      out.push(withOwner(whole), withOwner([a[0]!, ...b.slice(1)]), withOwner(b));
      i++;
      continue;
    }
    out.push(withOwner(a));
  }
  return out;
}

/** "internet and mobile banking": a lone modifier before a phrase that carries the head. */
function sharesHead(ctx: PhraseContext, a: Token[], b: Token[], rawB: Token[]): boolean {
  if (a.length !== 1 || b.length < 2 || DETERMINERS.has(rawB[0]!.lower)) return false;
  const lone = a[0]!;
  if (plural(lone) || ctx.isKnownName(lone.text) || (lone.capital && lone.start !== 0)) return false;
  return b.every((t) => !t.possessive);
}

/** Number of leading tokens that are a possessor ("Korea Post's", "its"). */
function leadingOwner(tokens: Token[]): number {
  let i = 0;
  while (i < tokens.length && DETERMINERS.has(tokens[i]!.lower) && !OWNER_PRONOUNS.has(tokens[i]!.lower)) i++;
  const pos = tokens.findIndex(
    (t, k) => k >= i && k < i + 4 && (t.possessive || OWNER_PRONOUNS.has(t.lower)),
  );
  return pos === -1 ? 0 : pos + 1;
}

function stripDeterminers(tokens: Token[]): Token[] {
  let i = 0;
  while (i < tokens.length - 1 && DETERMINERS.has(tokens[i]!.lower)) i++;
  return tokens.slice(i);
}

/** One list item as a name: drops articles, the possessor, clause tails, time and place phrases. */
export function cleanItems(ctx: PhraseContext, tokens: Token[]): Phrase[] {
  const item = cleanItem(ctx, tokens);
  return item ? [item] : [];
}

function cleanItem(ctx: PhraseContext, input: Token[]): Phrase | null {
  let tokens = input.filter(isWordTok).length ? input : [];
  while (tokens[0]?.punct && tokens[0].text !== "(") tokens = tokens.slice(1);
  if (!tokens.length) return null;
  const spanStart = tokens[0]!.start;
  const spanEnd = tokens.at(-1)!.end;
  let negated = false;
  let pronounOwner: Token | null = null;
  // Quantifiers and articles.
  for (let guard = 0; guard < 4; guard++) {
    const rest = ctx.sentence.slice(tokens[0]!.start, spanEnd);
    const q = QUANTIFIER_OF.exec(rest);
    if (q) {
      const cut = tokens[0]!.start + q[0].length;
      tokens = tokens.filter((t) => t.start >= cut);
      continue;
    }
    const first = tokens[0];
    if (first && (first.lower === "no" || first.lower === "none" || first.lower === "neither"))
      negated = true;
    if (first && DETERMINERS.has(first.lower) && tokens.length > 1) {
      if (OWNER_PRONOUNS.has(first.lower)) pronounOwner = first;
      tokens = tokens.slice(1);
      continue;
    }
    break;
  }
  // The possessor.
  let owner: string | null = pronounOwner ? pronounOwner.lower : null;
  const ownerStart = pronounOwner ? pronounOwner.start : tokens[0]!.start;
  const pos = tokens.findIndex((t, k) => k < 4 && t.possessive);
  if (pos !== -1 && pos < tokens.length - 1) {
    owner = spanText(ctx, tokens.slice(0, pos + 1)).replace(/(?:'s|’s|['’])$/u, "");
    tokens = tokens.slice(pos + 1);
  }
  // Clause tails: relative pronouns, verbs, infinitives.
  let cut = tokens.length;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (breaksPhrase(tokens, i, true)) {
      cut = i;
      break;
    }
    if (t.lower === "to" && tokens[i + 1]?.verb && !tokens[i + 1]!.capital) {
      cut = i;
      break;
    }
    if (SUBJECT_PRONOUNS.has(t.lower) && !t.capital) {
      cut = i;
      break;
    }
  }
  tokens = tokens.slice(0, cut);
  // At most one name-forming prepositional phrase ("logins through Kakao accounts").
  const p = tokens.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.lower));
  if (p !== -1) {
    const prep = tokens[p]!.lower;
    const next = tokens.findIndex((t, i) => i > p && (PREPOSITIONS.has(t.lower) || t.text === ","));
    const object = tokens.slice(p + 1, next === -1 ? tokens.length : next);
    const objectText = spanText(ctx, object);
    const timeLike = object.some((t) => TIME_WORDS.has(t.lower)) || /\d{1,2}:\d{2}/.test(objectText);
    // "for tens of thousands of subscribers", "for customers": who was hit, not part of the name.
    const audience = prep === "for" && AUDIENCE.test(objectText);
    if (!NAME_PREPOSITIONS.has(prep) || timeLike || audience || !object.length) {
      tokens = tokens.slice(0, p);
    } else if (prep === "of" && ctx.isOrganisation(stripArticle(objectText))) {
      owner = owner ?? stripArticle(objectText);
      tokens = tokens.slice(0, p);
    } else {
      tokens = tokens.slice(0, next === -1 ? tokens.length : next);
    }
  }
  while (tokens.length && (TRAILING_ADVERBS.has(tokens.at(-1)!.lower) || tokens.at(-1)!.punct)) {
    if (tokens.at(-1)!.text === ")") break;
    tokens = tokens.slice(0, -1);
  }
  while (tokens.length && TIME_WORDS.has(tokens.at(-1)!.lower) && tokens.length > 1)
    tokens = tokens.slice(0, -1);
  if (!tokens.length) return null;
  if (tokens.length === 1 && PRONOUNS.has(tokens[0]!.lower)) return null;
  const text = phraseText(ctx, tokens);
  const withOwner =
    owner && tokens[0]!.start > ownerStart
      ? `${ctx.sentence.slice(ownerStart, tokens[0]!.start)}${text}`
      : text;
  return { text, start: spanStart, end: spanEnd, owner, withOwner, negated };
}
