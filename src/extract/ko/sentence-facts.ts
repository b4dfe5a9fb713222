import type { ProgressFact, Sentence } from "../../contracts.js";
import type { RulePack } from "../rules/pack.js";
import type { Matchers, SentenceFactsBase } from "../sentence-facts.js";
import { parseTimes, type TimeExpression, type TimePoint } from "../time/index.js";
import { findCauses, mentionsInvestigation } from "./causes.js";
import { type ClaimMatch, findClaims } from "./claims.js";
import { findOperators, type OperatorMention } from "./operators.js";
import { findProgress } from "./progress.js";
import { findServices, type ServiceMention } from "./services.js";

/** Everything the Korean rules found in one sentence, with the pack's time details. */
export interface SentenceFacts
  extends SentenceFactsBase<TimeExpression, ServiceMention, OperatorMention, ClaimMatch> {
  /** The anchor was set by a dated heading line (`▶ 9월 29일`): the lines under it are about that day. */
  anchorFromHeader: boolean;
  /** The same sentence read forward-leaning, for promises (`11월 20일까지 복구`). */
  futureTimes: TimeExpression[];
  /** The date the sentence is about: its own date, or the last one the text mentioned. */
  anchor: TimePoint | null;
  /** The background cue is one of the strong ones (바 있다, 기도 했다). */
  backgroundStrong: boolean;
  /** Where the onset or outage verb is in the sentence (the time before it is the onset time), or -1. */
  onsetAt: number;
}

export type { Matchers };

export function analyseSentences(
  sentences: Sentence[],
  pack: RulePack,
  matchers: Matchers,
  published: string | null,
): SentenceFacts[] {
  const ref = referenceTime(published);
  let anchor: TimePoint | null = null;
  let fromHeader = false;
  let lastMentioned: TimePoint | null = null;
  const outage = pack.piece("outage");
  const unavailable = pack.piece("unavailable");
  const onset = pack.piece("onset");
  const background = pack.piece("background");
  const backgroundStrong = pack.piece("background_strong");
  return sentences.map((sentence) => {
    // A sentence that names no day at all (`오후 3시 30분께부터 나타났다`) goes on from the
    // last date mentioned, 전날 included; one that does starts from the story's day.
    const times = safeParse(
      sentence.text,
      ref,
      DAY_WORD.test(sentence.text) ? anchor : (lastMentioned ?? anchor),
    );
    lastMentioned = lastDate(times) ?? lastMentioned;
    const progress = findProgress(sentence, pack);
    const operators = findOperators(sentence, pack, matchers.operators);
    const claims = withProgressClaim(
      findClaims(
        sentence,
        pack,
        operators.map((o) => o.name),
      ),
      progress,
      sentence,
    );
    const futureTimes = claims.some((c) => c.fact.kind === "expected")
      ? safeParse(sentence.text, ref, anchor, true)
      : [];
    const sentenceAnchor = anchor;
    const own = nextAnchor(times);
    if (own) {
      anchor = own;
      fromHeader = sentence.text.replace(/[^가-힣A-Za-z]/gu, "").length <= 6;
    }
    return {
      sentence,
      times,
      anchor: own ?? sentenceAnchor,
      anchorFromHeader: !own && fromHeader,
      futureTimes,
      services: findServices(sentence, pack, matchers.services, matchers.operators),
      operators,
      causes: findCauses(sentence, pack),
      claims,
      progress,
      outage: outage.test(sentence.text) || unavailable.test(sentence.text),
      onset: onset.test(sentence.text),
      background: background.test(sentence.text),
      backgroundStrong: backgroundStrong.test(sentence.text),
      onsetAt: firstIndex(sentence.text, [onset, outage, unavailable]),
      investigating: mentionsInvestigation(sentence, pack),
    };
  });
}

function firstIndex(s: string, res: RegExp[]): number {
  const found = res.map((re) => s.search(re)).filter((i) => i >= 0);
  return found.length ? Math.min(...found) : -1;
}

/** A recovery figure short of the total (`709개 중 340개`) is itself a partial-restoration claim. */
function withProgressClaim(
  claims: ClaimMatch[],
  progress: Array<Omit<ProgressFact, "at">>,
  sentence: Sentence,
): ClaimMatch[] {
  if (claims.some((c) => c.fact.kind === "partial")) return claims;
  const partial = progress.find(
    (p) => p.scope === null && p.restored != null && (p.total == null || p.restored < p.total),
  );
  if (!partial) return claims;
  const fact = { kind: "partial" as const, claimant: null, quote: null, evidence: partial.evidence };
  return [...claims.filter((c) => c.fact.kind !== "restored"), { fact, verbAt: sentence.text.length }];
}

/** A date-only publication time stands for the end of that day in KST, so 오후 3시 of that day is not in the future. */
export function referenceTime(published: string | null): string {
  if (!published) return new Date().toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return `${published}T23:59:00+09:00`;
  return published;
}

/**
 * The anchor moves only with a written date (a day or a month), never with
 * holidays or calendar words: `추석 연휴 승차권` must not move the story to last year.
 */
function nextAnchor(times: TimeExpression[]): TimePoint | null {
  // Only a written day number moves it: after `8일 … 전날 밤`, 이날 is still the 8th.
  const dated = times.filter(
    (t) =>
      t.kind !== "duration" &&
      t.value &&
      ["day", "hour", "minute"].includes(t.value.grain) &&
      /\d\s?일|\d{4}[.-]\s?\d/u.test(t.text),
  );
  const last = dated.at(-1);
  return last?.value ? { ...last.value, grain: "day" } : null;
}

const DAY_WORD = /\d\s?일|이날|당일|오늘|어제|그제|전날|다음\s?날|이튿날|그날|같은\s?날|간밤/u;

function lastDate(times: TimeExpression[]): TimePoint | null {
  const dated = times.filter(
    (t) => t.kind !== "duration" && t.value && ["day", "hour", "minute"].includes(t.value.grain),
  );
  const last = dated.at(-1);
  return last?.value ? { ...last.value, grain: "day" } : null;
}

/** Calendar words (추석, 주말, 현재) name seasons of talk, not incident times. */
const NOT_INCIDENT_TIMES = new Set([
  "ko.time.holiday",
  "ko.time.season",
  "ko.time.weekend",
  "ko.time.now",
  "ko.time.rolling",
]);

function safeParse(text: string, ref: string, anchor: TimePoint | null, future = false): TimeExpression[] {
  let found: TimeExpression[];
  try {
    found = parseTimes(text, { ref, anchor, future });
  } catch {
    return [];
  }
  return found.filter((t) => !NOT_INCIDENT_TIMES.has(t.rule)).map(dayIfNoClock);
}

/** `17일 오후` is an afternoon, not 12:00: without a stated hour the time is known to the day. */
function dayIfNoClock(t: TimeExpression): TimeExpression {
  const v = t.value;
  if (!v || v.stated.includes("hour") || (v.grain !== "hour" && v.grain !== "minute")) return t;
  return {
    ...t,
    kind: t.kind === "interval" && !t.to?.stated.includes("hour") ? "point" : t.kind,
    value: { ...v, grain: "day" },
    to: t.to?.stated.includes("hour") ? t.to : null,
  };
}
