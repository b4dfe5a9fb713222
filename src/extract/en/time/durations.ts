import { parseEnglish } from "../nlp.js";
import type { EnTimeExpression } from "./types.js";

// compromise reads "2.5 hours" but not the hyphenated "2.5-hour"; the hyphen
// becomes a space (same length, so offsets still hold).
const HYPHENATED = /(\d(?:[\d.]*\d)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a half))-(hours?|minutes?|days?|weeks?)\b/gi;
const FOR_BEFORE =
  /\bfor\s(?:about|around|nearly|almost|roughly|approximately|some|more than|over|less than|just over|just under|a total of|up to|a full|at least)?\s?$/i;
const OUTAGE_AFTER = /^\s?(?:-?long\s)?(?:[\w-]{1,20}\s)?(?:outage|disruption|blackout|shutdown|breakdown|failure|crash)/i;

const MINUTES: Record<string, number> = { minute: 1, hour: 60, day: 1440, week: 10080, month: 43200, year: 525600 };

export function findDurations(sentence: string): EnTimeExpression[] {
  const text = sentence.replace(HYPHENATED, (_m, n: string, unit: string) => `${n} ${unit}`);
  const out: EnTimeExpression[] = [];
  for (const d of parseEnglish(text).durations().json({ offset: true }) as DurationJson[]) {
    const minutes = Object.entries(d.duration ?? {}).reduce((sum, [unit, n]) => sum + (MINUTES[unit] ?? 0) * n, 0);
    if (!minutes || !d.offset) continue;
    const start = d.offset.start;
    const body = d.text.replace(/[\s,.;:]+$/u, "");
    const end = start + body.length;
    out.push({
      kind: "duration",
      span: { start, end },
      text: sentence.slice(start, end),
      value: null,
      to: null,
      minutes,
      outageLength: FOR_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) || OUTAGE_AFTER.test(text.slice(end)),
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
