import { forParsing, sentenceDurations } from "../nlp.js";
import type { EnTimeExpression } from "./types.js";

const FOR_BEFORE =
  /\bfor\s(?:about|around|nearly|almost|roughly|approximately|some|more than|over|less than|just over|just under|a total of|up to|a full|at least)?\s?$/i;
const OUTAGE_AFTER =
  /^\s?(?:-?long\s)?(?:[\w-]{1,20}\s)?(?:outage|disruption|blackout|shutdown|breakdown|failure|crash)/i;

const ORDINAL =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/i;
const MINUTES: Record<string, number> = {
  minute: 1,
  hour: 60,
  day: 1440,
  week: 10080,
  month: 43200,
  year: 525600,
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  "a half": 0.5,
};
// compromise reads a span like "89 minutes, from 11:16 a.m." as one date and drops the duration.
const PLAIN =
  /\b(\d+(?:\.\d+)?|a half|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s(minutes?|hours?|days?|weeks?)\b/gi;

export function findDurations(sentence: string): EnTimeExpression[] {
  const text = forParsing(sentence);
  const found: Array<{ start: number; end: number; minutes: number }> = [];
  for (const d of compromiseDurations(text)) {
    if (ORDINAL.test(d.text)) continue;
    const minutes = Object.entries(d.duration ?? {}).reduce(
      (sum, [unit, n]) => sum + (MINUTES[unit] ?? 0) * n,
      0,
    );
    if (!minutes || !d.offset) continue;
    const start = d.offset.start;
    found.push({ start, end: start + d.text.replace(/[\s,.;:]+$/u, "").length, minutes });
  }
  for (const m of text.matchAll(PLAIN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const unit = m[2]!.toLowerCase().replace(/s$/, "");
    if (Number.isFinite(n) && n > 0) found.push({ start, end, minutes: n * (MINUTES[unit] ?? 0) });
  }
  const out: EnTimeExpression[] = [];
  for (const { start, end, minutes } of found) {
    out.push({
      kind: "duration",
      span: { start, end },
      text: sentence.slice(start, end),
      value: null,
      to: null,
      minutes,
      outageLength:
        FOR_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) || OUTAGE_AFTER.test(text.slice(end)),
      statement: false,
      future: false,
      prep: null,
      day: null,
      rule: "en.time.duration",
    });
  }
  return out;
}

interface DurationJson {
  text: string;
  offset?: { start: number; length: number };
  duration?: Record<string, number>;
}

function compromiseDurations(text: string): DurationJson[] {
  try {
    return sentenceDurations(text) as DurationJson[];
  } catch {
    // The pattern fallback below still reads plain "N hours".
    return [];
  }
}
