// compromise with the dates plugin, loaded once: the English pack uses it to
// resolve calendar dates and durations and to tag verbs in noun phrases.
import nlp from "compromise";
import datesPlugin, { type DatesMethods } from "compromise-dates";

nlp.plugin(datesPlugin);

export type DatesView = ReturnType<typeof nlp<DatesMethods>>;

export function parseEnglish(text: string): DatesView {
  return nlp<DatesMethods>(text);
}

// compromise reads "2.5 hours" but not the hyphenated "2.5-hour"; the hyphen
// becomes a space (same length, so offsets still hold).
const HYPHENATED =
  /(\d(?:[\d.]*\d)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a half))-(hours?|minutes?|days?|weeks?)\b/gi;

export function forParsing(sentence: string): string {
  return sentence.replace(HYPHENATED, (_m, n: string, unit: string) => `${n} ${unit}`);
}

/** One sentence is parsed at most once, and only for what is asked: verb tags, durations. */
interface View {
  doc: DatesView | null;
  terms: unknown[] | null;
  durations: unknown[] | null;
}

const recent = new Map<string, View>();

function viewOf(sentence: string): { text: string; view: View } {
  const text = forParsing(sentence);
  let view = recent.get(text);
  if (!view) {
    view = { doc: null, terms: null, durations: null };
    if (recent.size >= 16) recent.delete(recent.keys().next().value!);
    recent.set(text, view);
  }
  return { text, view };
}

export function sentenceTerms(sentence: string): unknown[] {
  const { text, view } = viewOf(sentence);
  view.doc ??= parseEnglish(text);
  view.terms ??= view.doc.json({ offset: true, terms: { offset: true } }) as unknown[];
  return view.terms;
}

export function sentenceDurations(sentence: string): unknown[] {
  const { text, view } = viewOf(sentence);
  if (!DURATION_WORD.test(text)) return [];
  view.doc ??= parseEnglish(text);
  view.durations ??= view.doc.durations().json({ offset: true }) as unknown[];
  return view.durations;
}

const DURATION_WORD = /\b(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i;
