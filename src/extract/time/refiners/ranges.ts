import type { Mention } from "../mention.js";

// A부터 B까지, A~B, A-B, A에서 B 사이, A부터 B; and a start with a length: 오전 3시 56분부터 약 22분간.
const CONNECTOR = /^\s{0,2}(부터|에서부터|에서|~|∼|〜|～|-|–|—)\s{0,2}$/;
const TAIL = /^\s{0,2}(까지|사이에|사이)(?=$|[^가-힣]|[에의는도])/;

export function mergeRanges(mentions: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a?.type === "moment" && b) {
      const connector = CONNECTOR.exec(text.slice(a.end, b.start))?.[1];
      if (connector !== undefined) {
        const tail = TAIL.exec(text.slice(b.end, b.end + 6));
        if (b.type === "moment" && (connector !== "에서" || tail)) {
          out.push({
            type: "range",
            start: a.start,
            end: b.end + (tail?.[0].length ?? 0),
            rule: "ko.time.range",
            approximate: a.approximate || b.approximate,
            from: a.moment,
            to: b.moment,
          });
          i++;
          continue;
        }
        if (
          b.type === "duration" &&
          (connector === "부터" || connector === "에서부터") &&
          b.relation !== "elapsed"
        ) {
          out.push({
            type: "span",
            start: a.start,
            end: b.end,
            rule: "ko.time.span",
            approximate: a.approximate || b.approximate,
            from: a.moment,
            duration: b.duration,
            relation: b.relation,
          });
          i++;
          continue;
        }
      }
    }
    if (a) out.push(a);
  }
  return out;
}
