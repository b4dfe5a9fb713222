import { END, MONTH_PART } from "../constants.js";
import type { DateSpec, Mention, MonthPart } from "../mention.js";

// [10월] 초, [이달] 중순, [다음 달] 하순, [10월]말께, [지난해] 말: the month (or, for 말, the year) takes the part.
const FOLLOW = new RegExp(`^\\s?(${MONTH_PART})(?:[께경쯤]|무렵|\\s(?:쯤|무렵))?${END}`);
const APPROXIMATE = /(?:[께경쯤]|무렵)$/;

const PARTS: Record<string, MonthPart> = {
  초: "start",
  초순: "start",
  상순: "start",
  중순: "middle",
  하순: "late",
  말: "end",
};

const FINER_THAN_MONTH: (keyof DateSpec)[] = [
  "day",
  "dayOffset",
  "nthDay",
  "weekOffset",
  "weekday",
  "ordinal",
  "quarter",
  "quarterOffset",
  "holiday",
  "weekend",
  "season",
  "monthPart",
];

/** A month (or a year before 말) and nothing finer. */
function periodOf(date: DateSpec): "month" | "year" | null {
  if (FINER_THAN_MONTH.some((k) => date[k] !== undefined)) return null;
  if (date.month !== undefined || date.monthOffset !== undefined) return "month";
  if (date.year !== undefined || date.shortYear !== undefined || date.yearOffset !== undefined) return "year";
  return null;
}

export function mergeMonthParts(mentions: Mention[], text: string): Mention[] {
  return mentions.map((m, i) => {
    if (m.type !== "moment" || m.moment.part || m.moment.clock || m.moment.now) return m;
    const period = periodOf(m.moment.date);
    const follow = period ? FOLLOW.exec(text.slice(m.end, m.end + 8)) : null;
    const part = PARTS[follow?.[1] ?? ""];
    if (!follow || !part || (period === "year" && part !== "end")) return m;
    const end = m.end + follow[0].length;
    const next = mentions[i + 1];
    if (next && next.start < end) return m;
    const date: DateSpec = { ...m.moment.date, monthPart: part };
    if (period === "year") date.month = 12;
    return {
      ...m,
      end,
      rule: "ko.time.month-part",
      approximate: m.approximate || APPROXIMATE.test(follow[0]),
      moment: { ...m.moment, date },
    };
  });
}
