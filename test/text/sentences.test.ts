import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("Korean sentence splitting", () => {
  it("splits after 다. and keeps offsets into the text", () => {
    const t = "서버가 멈췄다. 오후에 복구됐다.";
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual(["서버가 멈췄다.", "오후에 복구됐다."]);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it("keeps a quote containing 다. whole", () => {
    expect(
      texts('관계자는 "원인을 파악하고 있다. 재발 방지책을 마련하겠다"고 밝혔다. 다음 문장이다.'),
    ).toEqual(['관계자는 "원인을 파악하고 있다. 재발 방지책을 마련하겠다"고 밝혔다.', "다음 문장이다."]);
    expect(texts("그는 “점검 중이다. 곧 끝난다”라고 말했다.")).toHaveLength(1);
  });

  it("does not split at U.S., decimals or dotted dates", () => {
    expect(texts("U.S. 리전에서 장애가 났다.")).toHaveLength(1);
    expect(texts("복구율은 15.6%다.")).toHaveLength(1);
    expect(texts("2025. 9. 29. 오전 회의가 열렸다.")).toHaveLength(1);
  });

  it("treats each line as a boundary and numbers paragraphs", () => {
    const s = splitSentences("첫 줄이다\n둘째 줄이다.\n\n셋째 문단이다.");
    expect(s.map((x) => x.text)).toEqual(["첫 줄이다", "둘째 줄이다.", "셋째 문단이다."]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 2]);
  });

  it("ignores an unbalanced quote rather than swallowing the paragraph", () => {
    expect(texts('그는 "끝나지 않은 인용. 다음 문장이다.')).toHaveLength(2);
  });
});
