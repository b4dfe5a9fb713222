import { addDays, type Day, dayOfMs, dayString, msOf } from "./calendar.js";
import { findDurations } from "./durations.js";
import { groupPieces, type RawExpression, scanPieces } from "./grammar.js";
import { type Resolved, resolveExpression } from "./resolve.js";
import type { EnTimeExpression } from "./types.js";

export { formatPoint, msOf, shiftMinutes } from "./calendar.js";
export type { EnTimeExpression, EnTimePoint, Grain } from "./types.js";

export interface TimeCues {
  /** Attribution verbs ("said", "told reporters"): a time right after one is a statement time. */
  statementVerb: RegExp;
  /** Words that make the following time a promise or forecast ("expected", "will"). */
  futureCue: RegExp;
}

const PREP =
  /(?:^|[\s,(])(as of|from|since|until|till|through|by|before|after|on|at|in|around|about|starting|beginning|between|to|and|as early as|shortly after|shortly before|just after|just before)(?:\s(?:about|around|approximately|roughly|nearly|just|some))?\s+$/i;
const OPENING = new Set(["from", "between", "starting", "beginning", "since"]);
const CLOSING = new Set(["until", "till", "to", "through", "and"]);
const DATELINE = /^[A-Z][A-Za-z .'-]{1,40},\s[A-Z][a-z]{2,9}\.?\s\d{1,2}\s\([^)]{2,40}\)\s?(?:--|—|–|-)/;

/**
 * English times of one article, sentence by sentence. Keeps the day the text
 * last named, so "at around 3:30 p.m." after "3:19 p.m. Saturday" is Saturday.
 */
export class EnglishTimeResolver {
  private readonly refMs: number;
  private readonly ref: Day;
  private readonly statementAt: RegExp;
  private readonly futureIn: RegExp;
  anchor: Day | null = null;

  constructor(published: string | null, cues: TimeCues) {
    const parsed = published
      ? Date.parse(published.length === 10 ? `${published}T12:00:00+09:00` : published)
      : NaN;
    this.refMs = Number.isNaN(parsed) ? Date.now() : parsed;
    this.ref = dayOfMs(this.refMs);
    this.statementAt = new RegExp(`\\b(?:${cues.statementVerb.source})\\s(?:on\\s)?$`, "iu");
    this.futureIn = new RegExp(`\\b(?:${cues.futureCue.source})\\b`, "iu");
  }

  parse(text: string): EnTimeExpression[] {
    const raws = groupPieces(text, scanPieces(text));
    const dateline = DATELINE.exec(text)?.[0].length ?? 0;
    const meta = raws.map((r) => ({
      raw: r,
      prep: prepBefore(text, r.start),
      statement: r.start < dateline || this.statementAt.test(text.slice(Math.max(0, r.start - 45), r.start)),
      future: this.futureBefore(text, r.start),
    }));
    const out: EnTimeExpression[] = [];
    const used = new Set<number>();
    meta.forEach((m, i) => {
      if (used.has(i)) return;
      const j = OPENING.has(m.prep ?? "")
        ? meta.findIndex((n, k) => k > i && closes(text, m.raw, n.raw, n.prep))
        : -1;
      if (j !== -1) {
        used.add(j);
        const end = meta[j]!;
        const to = this.resolve(end.raw, { ...end, closing: true });
        let from = this.resolve(m.raw, m, to?.day ?? null);
        if (from && to && msOf(from.value) > msOf(to.value) && !hasDate(m.raw)) {
          from = this.resolve(m.raw, m, addDays(to.day, -1));
        }
        if (from && to) {
          out.push(
            this.expression("interval", text, m.raw.start, end.raw.end, from, to, m, "en.time.interval"),
          );
          this.remember(to, end.statement || end.future);
          return;
        }
      }
      const value = this.resolve(m.raw, m);
      if (!value) return;
      out.push(this.expression("point", text, m.raw.start, m.raw.end, value, null, m, "en.time.point"));
      this.remember(value, m.statement || m.future);
    });
    return [...out, ...findDurations(text)].sort((a, b) => a.span.start - b.span.start);
  }

  private futureBefore(text: string, at: number): boolean {
    const before = text.slice(Math.max(0, at - 90), at);
    const clause = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("; ")) + 1);
    return this.futureIn.test(clause);
  }

  private resolve(
    raw: RawExpression,
    m: { prep: string | null; future: boolean; closing?: boolean },
    dayHint: Day | null = null,
  ): Resolved | null {
    return resolveExpression(raw, {
      refMs: this.refMs,
      ref: this.ref,
      anchor: dayHint ?? this.anchor,
      future: m.future,
      prep: m.prep,
      closing: m.closing ?? false,
    });
  }

  private remember(r: Resolved, skip: boolean): void {
    if (skip || (r.value.grain !== "day" && r.value.grain !== "minute")) return;
    this.anchor = r.day;
  }

  private expression(
    kind: "point" | "interval",
    text: string,
    start: number,
    end: number,
    value: Resolved,
    to: Resolved | null,
    m: { prep: string | null; statement: boolean; future: boolean },
    rule: string,
  ): EnTimeExpression {
    return {
      kind,
      span: { start, end },
      text: text.slice(start, end),
      value: value.value,
      to: to?.value ?? null,
      minutes: null,
      outageLength: false,
      statement: m.statement,
      future: m.future,
      prep: m.prep,
      day: dayString(value.day),
      rule,
    };
  }
}

const hasDate = (raw: RawExpression) => raw.pieces.some((p) => p.kind !== "tod" && p.kind !== "tod24");

function prepBefore(text: string, at: number): string | null {
  const m = PREP.exec(text.slice(Math.max(0, at - 25), at));
  if (!m?.[1]) return null;
  return m[1].toLowerCase().replace(/^(?:shortly|just)\s/, "");
}

/** The second expression closes an interval the first opens, within one clause. */
function closes(text: string, open: RawExpression, close: RawExpression, prep: string | null): boolean {
  if (!CLOSING.has(prep ?? "")) return false;
  const gap = text.slice(open.end, close.start);
  return gap.length <= 90 && !/[.;]\s/.test(gap);
}
