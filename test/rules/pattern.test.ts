import { describe, expect, it } from "vitest";
import { assertSafePattern, compilePattern, expandPieces } from "../../src/extract/rules/pattern.js";

describe("rule patterns built from named pieces", () => {
  it("expands pieces recursively and keeps numeric quantifiers", () => {
    const pieces = { a: "장애|오류", b: "{a}\\s?발생" };
    expect(expandPieces("x{b}y{0,3}", pieces)).toBe("x(?:(?:장애|오류)\\s?발생)y{0,3}");
    expect(compilePattern("{b}", pieces).test("장애 발생")).toBe(true);
  });

  it("names an unknown piece and a self reference", () => {
    expect(() => expandPieces("{nope}", {})).toThrow("unknown piece {nope}");
    expect(() => expandPieces("{a}", { a: "{a}" })).toThrow("refers to itself");
  });

  it("rejects shapes that backtrack catastrophically", () => {
    expect(() => assertSafePattern("(a+)+b")).toThrow(/nested unbounded/);
    expect(() => assertSafePattern("(?:x*y)*")).toThrow(/nested unbounded/);
    expect(() => assertSafePattern("원인.*화재")).toThrow(/unbounded wildcard/);
    expect(() => assertSafePattern("(?:장애|오류){1,3}[가-힣]{0,10}")).not.toThrow();
    expect(() => assertSafePattern("[.*+]+")).not.toThrow();
  });
});
