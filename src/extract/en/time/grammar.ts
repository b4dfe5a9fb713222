// The shapes of English news times, found by pattern before anything is
// resolved: clock times ("8:15 p.m."), calendar dates ("Sept. 26", "June 3
// last year"), weekdays ("early Saturday"), relative days ("the next
// morning"). Adjacent pieces join into one expression ("11:16 a.m. on Oct. 25").
import type { Span } from "./types.js";

const MONTH_NAMES =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

const PARTS = [
  `(?<tod>\\b\\d{1,2}(?::[0-5]\\d)?\\s?(?:[aApP]\\.[mM]\\.?|[aApP][mM]\\b)|\\b(?:[Nn]oon|[Mm]idday|[Mm]idnight)\\b)`,
  `(?<tod24>\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b)`,
  `(?<md>\\b(?:${MONTH_NAMES})\\s\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s\\d{4}\\b)?(?:\\s(?:last|this|next) year)?)`,
  `(?<dm>\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${MONTH_NAMES})(?![a-z])(?:,?\\s\\d{4}\\b)?)`,
  `(?<my>(?<=\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Oo]f|[Tt]hrough|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-?)\\s?)(?:${MONTH_NAMES})(?![a-z])(?:,?\\s\\d{4}\\b|\\s(?:last|this|next) year)?|\\b(?:${MONTH_NAMES})(?:,?\\s\\d{4}\\b|\\s(?:last|this|next) year))`,
  `(?<yr>(?<=\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Oo]f|[Uu]ntil|[Ff]rom|[Tt]hrough)\\s)(?:19|20)\\d{2}\\b|\\b(?:[Ll]ast|[Tt]his|[Nn]ext) year\\b|\\bearlier this year\\b)`,
  `(?<wd>\\b(?:(?:[Ee]arly|[Ll]ate|[Ll]ast|[Tt]his|[Nn]ext)\\s)?(?:${WEEKDAYS})(?:'s|’s)?(?:\\s(?:morning|afternoon|evening|night))?)`,
  `(?<rel>\\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]his (?:morning|afternoon|evening)|[Ll]ast night|[Tt]he (?:next|following) (?:day|morning|afternoon|evening|night)|[Tt]he same (?:day|morning|afternoon|evening|night)|[Ee]arlier (?:today|in the day)|[Ll]ater (?:today|in the day))\\b)`,
  `(?<part>\\b(?:in|during) the (?:morning|afternoon|evening|night)\\b|\\bby (?:early|late) (?:morning|afternoon|evening)\\b)`,
];

const SCAN = new RegExp(PARTS.join("|"), "g");

export type PieceKind = "tod" | "tod24" | "md" | "dm" | "my" | "yr" | "wd" | "rel" | "part";

export interface Piece extends Span {
  kind: PieceKind;
  text: string;
}

/** A run of pieces that name one moment ("8:15 p.m. Friday"). */
export interface RawExpression extends Span {
  pieces: Piece[];
  text: string;
}

export function scanPieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(SCAN)) {
    const kind = (Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] ??
      null) as PieceKind | null;
    if (!kind) continue;
    out.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const isClock = (k: PieceKind) => k === "tod" || k === "tod24";
const JOIN = /^(?:\s|\s?,\s|\s(?:on|of|at|at around|at about|around|about)\s)$/;

/** Pieces that sit next to each other and describe one moment become one expression. */
export function groupPieces(text: string, pieces: Piece[]): RawExpression[] {
  const out: RawExpression[] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (last && JOIN.test(text.slice(last.end, p.start)) && compatible(last.pieces, p)) {
      last.pieces.push(p);
      last.end = p.end;
      last.text = text.slice(last.start, last.end);
      continue;
    }
    out.push({ start: p.start, end: p.end, pieces: [p], text: p.text });
  }
  return out;
}

function compatible(have: Piece[], next: Piece): boolean {
  const clock = have.some((p) => isClock(p.kind));
  const date = have.some((p) => !isClock(p.kind) && p.kind !== "part");
  if (isClock(next.kind)) return !clock;
  if (next.kind === "part") return false;
  if (next.kind === "yr") return have.some((p) => p.kind === "my" || p.kind === "md");
  // A weekday and a calendar date may go together ("Friday, Sept. 26").
  if (date) return have.every((p) => p.kind === "wd") && (next.kind === "md" || next.kind === "dm");
  return true;
}
