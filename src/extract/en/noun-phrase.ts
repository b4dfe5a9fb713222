// English noun phrases around a cue, without a full parser: the subject of
// "… went down" (from the clause start, past appositives and relative
// clauses), the object list of "took down …", and service-like chunks after
// "could not …". Lists ("A, B and C") give one item each; a shared head
// ("internet and mobile banking") gives the whole phrase and each reading.
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  INTRO_OPENERS,
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

function words(ctx: PhraseContext, from: number, to: number): Token[] {
  return tokenize(ctx.sentence, ctx.verbs, from, to).map((t) =>
    t.verb && (ctx.isHeadWord(t.lower) || CLOSED_CLASS.some((set) => set.has(t.lower)))
      ? { ...t, verb: false }
      : t,
  );
}

const CLOSED_CLASS = [PREPOSITIONS, DETERMINERS, CONJUNCTIONS, PRONOUNS, TRAILING_ADVERBS];

const APPROXIMATORS = new Set([
  "about",
  "around",
  "nearly",
  "almost",
  "roughly",
  "approximately",
  "some",
  "over",
  "more",
  "than",
  "up",
  "to",
  "at",
  "least",
  "just",
  "under",
  "fewer",
  "less",
  "an",
  "estimated",
]);

const AUDIENCE =
  /^(?:\d|about|around|nearly|some|tens|hundreds|thousands|millions|many|most|all|customers|users|subscribers|people|residents|passengers|investors|shoppers|clients|businesses|members)/i;

const isWordTok = (t: Token) => !t.punct;
const nounish = (t: Token) =>
  !t.punct &&
  !DETERMINERS.has(t.lower) &&
  !PREPOSITIONS.has(t.lower) &&
  !CONJUNCTIONS.has(t.lower) &&
  !AUXILIARIES.has(t.lower) &&
  !SUBORDINATORS.has(t.lower);

/** A token that ends a noun phrase: a clause word, or a verb after the phrase has begun. */
function breaksPhrase(tokens: Token[], i: number, begun: boolean): boolean {
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

// ── subjects ─────────────────────────────────────────────────────────────

/** The subject phrase(s) of a predicate that starts at `cue`. */
export function subjectPhrases(ctx: PhraseContext, cue: number): Phrase[] {
  let tokens = words(ctx, 0, cue);
  while (tokens.length && TRAILING_ADVERBS.has(tokens.at(-1)!.lower)) tokens.pop();
  const extras: Phrase[] = [];
  tokens = dropTrailingAppositive(ctx, tokens, extras);
  tokens = tokens.slice(clauseStart(tokens));
  tokens = dropIntro(tokens);
  if (!tokens.length) return extras;
  const last = tokens.at(-1)!;
  if (last.lower === "that" || last.lower === "which" || last.lower === "who") {
    const np = antecedent(tokens.slice(0, -1));
    return [...(np ? cleanItems(ctx, np) : []), ...extras];
  }
  return [...listItems(ctx, tokens).flatMap((item) => cleanItems(ctx, item)), ...extras];
}

/** ", the online portal where …," right before the verb is an appositive; "including …" adds items. */
function dropTrailingAppositive(ctx: PhraseContext, tokens: Token[], extras: Phrase[]): Token[] {
  let out = tokens;
  for (let guard = 0; guard < 3 && out.at(-1)?.text === ","; guard++) {
    const body = out.slice(0, -1);
    let open = -1;
    for (let i = body.length - 1; i > 0; i--) {
      if (body[i]!.text !== ",") continue;
      const next = body[i + 1];
      if (!next) continue;
      if (/^(?:which|who|whose|where|on|in|including|such|the|a|an)$/i.test(next.lower) || next.capital) {
        open = i;
        break;
      }
    }
    if (open === -1) break;
    const inner = body.slice(open + 1);
    if (inner[0] && /^(?:including|such)$/i.test(inner[0].lower)) {
      const items = inner.slice(inner[0].lower === "such" ? 2 : 1);
      extras.push(...listItems(ctx, items).flatMap((item) => cleanItems(ctx, item)));
    } else if (
      inner.length <= 4 &&
      ctx.isKnownName(spanText(ctx, inner)) &&
      !ctx.isOrganisation(spanText(ctx, inner))
    ) {
      extras.push(...cleanItems(ctx, inner));
    }
    out = body.slice(0, open);
  }
  return out;
}

/** Index of the first token of the clause that ends at the cue. */
function clauseStart(tokens: Token[]): number {
  let start = 0;
  let verbal = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^(?:;|:|--|—|–|“|”|")$/.test(t.text)) {
      start = i + 1;
      verbal = false;
      continue;
    }
    if (t.lower === "that") {
      const prev = tokens[i - 1];
      if (!prev || prev.verb || REPORTING_VERBS.has(prev.lower) || AUXILIARIES.has(prev.lower)) {
        start = i + 1;
        verbal = false;
      }
      continue;
    }
    if (SUBORDINATORS.has(t.lower) && !/^(?:which|who|whom|whose|where|that)$/.test(t.lower)) {
      start = i + 1;
      verbal = false;
      continue;
    }
    if (REPORTING_VERBS.has(t.lower)) {
      start = i + 1;
      verbal = false;
      continue;
    }
    if ((t.lower === "and" || t.lower === "but" || t.lower === "or" || t.text === ",") && verbal) {
      start = i + 1;
      verbal = false;
      continue;
    }
    // A verb right after a noun is a predicate; after an article or a possessive it modifies ("KT's wired and …").
    const prev = tokens[i - 1];
    const predicate =
      t.verb &&
      !t.capital &&
      i > start &&
      !t.lower.endsWith("ing") &&
      !!prev &&
      nounish(prev) &&
      !prev.possessive;
    if (AUXILIARIES.has(t.lower) || predicate) verbal = true;
  }
  return start;
}

/** "Across the government, 47 of …": an opening phrase before a comma is not the subject. */
function dropIntro(tokens: Token[]): Token[] {
  let out = tokens;
  for (let guard = 0; guard < 2; guard++) {
    const first = out[0];
    const comma = out.findIndex((t) => t.text === ",");
    if (!first || comma <= 0 || comma === out.length - 1 || !INTRO_OPENERS.has(first.lower)) break;
    out = out.slice(comma + 1);
  }
  return out;
}

/** The noun phrase right before a relative pronoun ("709 systems that were knocked out"). */
function antecedent(tokens: Token[]): Token[] | null {
  let i = tokens.length - 1;
  while (i >= 0 && nounish(tokens[i]!) && !(tokens[i]!.verb && !tokens[i]!.capital && i < tokens.length - 1))
    i--;
  const np = tokens.slice(i + 1);
  return np.length ? np : null;
}

// ── objects ──────────────────────────────────────────────────────────────

/** The object list that starts at `from` ("took down A, B and C"), up to the end of its clause. */
export function objectPhrases(ctx: PhraseContext, from: number, to = ctx.sentence.length): Phrase[] {
  const end = Math.min(to, objectEnd(ctx, from));
  let tokens = words(ctx, from, end);
  tokens = stripLeadingVerbs(tokens);
  while (tokens.length > 1 && APPROXIMATORS.has(tokens[0]!.lower)) tokens = tokens.slice(1);
  if (!tokens.length || PREPOSITIONS.has(tokens[0]!.lower) || TIME_WORDS.has(tokens[0]!.lower)) return [];
  return listItems(ctx, tokens, true).flatMap((item) => cleanItems(ctx, item));
}

function objectEnd(ctx: PhraseContext, from: number): number {
  const s = ctx.sentence;
  let end = s.length;
  const firstTime = ctx.times.find((t) => t.start >= from);
  if (firstTime) {
    const before = s.slice(from, firstTime.start);
    const prep =
      /\s(?:at around|at about|from around|as of|at|on|from|since|until|by|in|during|for about|for)\s$/i.exec(
        before,
      );
    end = Math.min(end, from + (prep ? prep.index : before.length));
  }
  const clause =
    /[;:]|\s--\s|\s—\s|,\s(?:but|so|and then|which|who|when|while|leaving|forcing|saying|causing|after|before|as|according|the \w+ said|officials said|it said|he said|she said)\b|\s(?:when|while|because|after|before|until|as|since|so that|but)\s/i.exec(
      s.slice(from),
    );
  if (clause) end = Math.min(end, from + clause.index);
  return end;
}

function stripLeadingVerbs(tokens: Token[]): Token[] {
  let i = 0;
  while (
    i < tokens.length - 1 &&
    tokens[i]!.verb &&
    !tokens[i]!.capital &&
    /ing$|ed$|^[a-z]+$/.test(tokens[i]!.lower)
  ) {
    const next = tokens[i + 1]!;
    if (!next.verb && !nounish(next) && !DETERMINERS.has(next.lower)) break;
    i++;
  }
  return tokens.slice(i);
}

// ── chunks ───────────────────────────────────────────────────────────────

/** Noun chunks in a window ("could not log in to its mobile banking app or send money"). */
export function chunkPhrases(ctx: PhraseContext, from: number): Phrase[] {
  const end = objectEnd(ctx, from);
  const tokens = words(ctx, from, end);
  const chunks: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length) chunks.push(cur);
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.punct && t.text !== "(" && t.text !== ")") {
      flush();
      continue;
    }
    if (
      PREPOSITIONS.has(t.lower) ||
      CONJUNCTIONS.has(t.lower) ||
      AUXILIARIES.has(t.lower) ||
      SUBORDINATORS.has(t.lower)
    ) {
      flush();
      continue;
    }
    if (t.verb && !t.capital && (cur.length === 0 || !cur.some(nounish) || breaksPhrase(tokens, i, true))) {
      flush();
      continue;
    }
    if (DETERMINERS.has(t.lower)) flush();
    cur.push(t);
  }
  flush();
  return chunks.flatMap((c) => cleanItems(ctx, c));
}

// ── lists and items ──────────────────────────────────────────────────────

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
function listItems(ctx: PhraseContext, tokens: Token[], object = false): Token[][] {
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

/** The words of a phrase as written when contiguous, else joined by spaces (a shared-head reading). */
function phraseText(ctx: PhraseContext, tokens: Token[]): string {
  const contiguous = tokens.every(
    (t, i) => i === 0 || /^\s?$|^\s?\($|^\)\s?$|^,\s$/.test(ctx.sentence.slice(tokens[i - 1]!.end, t.start)),
  );
  if (contiguous) return ctx.sentence.slice(tokens[0]!.start, tokens.at(-1)!.end).replace(/(?:'s|’s)$/u, "");
  return tokens.map((t) => ctx.sentence.slice(t.start, t.end)).join(" ");
}

function spanText(ctx: PhraseContext, tokens: Token[]): string {
  if (!tokens.length) return "";
  return ctx.sentence.slice(tokens[0]!.start, tokens.at(-1)!.end);
}

const stripArticle = (s: string) => s.replace(/^(?:the|a|an)\s/i, "");
