import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

const news = [
  "4일 오전 9시 12분께부터 한빛은행 모바일뱅킹 앱에 접속 장애가 발생했다.",
  '은행 관계자는 "네트워크 장비 이상으로 파악됐다. 해킹은 아니다"라고 말했다.',
  "전체 120개 시스템 중 80개가 복구됐고 복구율은 66.7%다.",
  "지난 5월 8일에도 같은 앱에서 장애가 있었다.",
  "정상화 시점은 아직 예측하기 어렵다.",
];

describe("extraction never throws and finishes in bounded time", () => {
  it("on random Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const t0 = Date.now();
        const r = extract(text);
        expect(Array.isArray(r.incidents)).toBe(true);
        expect(Date.now() - t0).toBeLessThan(2000);
      }),
      { numRuns: 150 },
    );
  });

  it("on mutated Korean news sentences and markup fragments", () => {
    const piece = fc.oneof(
      fc.constantFrom(...news),
      fc.constantFrom(
        "<p>",
        "</div>",
        "“",
        "”",
        '"',
        "'",
        "…",
        "·",
        "(",
        ")",
        "\n",
        "\n\n",
        "%",
        "~",
        "부터",
        "까지",
        "만에",
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (parts, dateOnly) => {
        const r = extract(parts.join(" "), dateOnly ? "2025-03-04" : "2025-03-04T18:00:00+09:00");
        for (const inc of r.incidents) {
          for (const f of [...inc.services, ...inc.operators, ...inc.causes, ...inc.claims]) {
            expect(f.evidence.end).toBeGreaterThanOrEqual(f.evidence.start);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("on long pathological input", () => {
    const long = `${"장애 ".repeat(3000)}${"가".repeat(20000)}${"1일 ".repeat(2000)}`;
    const t0 = Date.now();
    extract(long);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
