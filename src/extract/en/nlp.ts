// compromise with the dates plugin, loaded once: the English pack uses it to
// resolve calendar dates and durations and to tag verbs in noun phrases.
import nlp from "compromise";
import datesPlugin, { type DatesMethods } from "compromise-dates";

nlp.plugin(datesPlugin);

export type DatesView = ReturnType<typeof nlp<DatesMethods>>;

export function parseEnglish(text: string): DatesView {
  return nlp<DatesMethods>(text);
}
