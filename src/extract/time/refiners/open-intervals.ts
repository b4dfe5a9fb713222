import type { Mention } from "../mention.js";

// X 이후 (from X on), X 이전 / X 전 (before X: 전 only after a clock time, as 3일 전 means three days ago),
// X까지 (until X). A range has already taken its own 까지.
const FOLLOW = /^\s{0,2}(이후|이전|까지|전)(?=$|[^가-힣]|[에의은는도부까엔])/;

export function mergeOpenIntervals(mentions: Mention[], text: string): Mention[] {
  return mentions.map((m, i) => {
    if (m.type !== "moment") return m;
    const next = mentions[i + 1];
    const follow = FOLLOW.exec(text.slice(m.end, m.end + 6));
    if (!follow) return m;
    const end = m.end + follow[0].length;
    if (next && next.start < end) return m;
    const base = { start: m.start, end, approximate: m.approximate };
    switch (follow[1]) {
      case "이후":
        return { ...base, type: "open", rule: "ko.time.after", from: m.moment };
      case "까지":
        return { ...base, type: "open", rule: "ko.time.until", to: m.moment, until: true };
      case "전":
        if (!m.moment.clock) return m;
        return { ...base, type: "open", rule: "ko.time.before", to: m.moment };
      default:
        return { ...base, type: "open", rule: "ko.time.before", to: m.moment };
    }
  });
}
