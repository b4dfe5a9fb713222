import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRulePack, RULES_ROOT } from "../../src/extract/rules/pack.js";
import { runRuleExamples } from "../../src/extract/rules/run-examples.js";

const yamlFiles = (lang: string) =>
  readdirSync(join(RULES_ROOT, lang))
    .filter((f) => f.endsWith(".yaml"))
    .sort();

describe("English rule pack (rules/en)", () => {
  it("has the same files as the Korean pack and loads through the shared loader", () => {
    expect(yamlFiles("en")).toEqual(yamlFiles("ko"));
    const pack = loadRulePack("en");
    expect(pack.lang).toBe("en");
    expect(new Set(pack.claims.map((c) => c.rule.kind))).toEqual(
      new Set(["restored", "partial", "expected", "no_eta"]),
    );
    expect(pack.causes.length).toBeGreaterThanOrEqual(12);
  });

  it("every example and counter-example passes (jangae rules test --lang en)", () => {
    const report = runRuleExamples("en");
    expect(report.failed).toEqual([]);
    expect(report.passed).toBeGreaterThan(90);
  });

  it("names Korean organisations and services by their Korean canonical names", () => {
    const pack = loadRulePack("en");
    const canonicalOf = (entries: typeof pack.operators.entries, alias: string) =>
      entries.find((e) => e.aliases.includes(alias))?.canonical;
    expect(canonicalOf(pack.operators.entries, "Korea Post")).toBe("우정사업본부");
    expect(canonicalOf(pack.operators.entries, "NIRS")).toBe("국가정보자원관리원");
    expect(canonicalOf(pack.operators.entries, "Korail")).toBe("한국철도공사");
    expect(canonicalOf(pack.services.entries, "Government24")).toBe("정부24");
    expect(canonicalOf(pack.services.entries, "KakaoTalk")).toBe("카카오톡");
  });

  it("uses canonical names the Korean pack also uses, so reports in both languages merge", () => {
    const ko = loadRulePack("ko");
    const en = loadRulePack("en");
    const koNames = new Set([...ko.operators.entries, ...ko.services.entries].map((e) => e.canonical));
    for (const name of [
      "우정사업본부",
      "국가정보자원관리원",
      "행정안전부",
      "카카오",
      "KT",
      "SK텔레콤",
      "LG유플러스",
      "정부24",
      "카카오톡",
    ]) {
      expect(koNames.has(name), name).toBe(true);
      expect(
        [...en.operators.entries, ...en.services.entries].some((e) => e.canonical === name),
        name,
      ).toBe(true);
    }
  });
});
