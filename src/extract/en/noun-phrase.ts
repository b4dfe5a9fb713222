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
  PREPOSITIONS,
  REPORTING_VERBS,
  SUBORDINATORS,
  TIME_WORDS,
  TRAILING_ADVERBS,
} from "./lexicon.js";
import { cleanItems, listItems } from "./phrase-items.js";
import { breaksPhrase, nounish, type Phrase, type PhraseContext, spanText, words } from "./phrase-words.js";
import type { Token } from "./tokens.js";

export type { Phrase, PhraseContext } from "./phrase-words.js";

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
