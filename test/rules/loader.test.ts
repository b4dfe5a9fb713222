import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RuleFileError } from "../../src/extract/rules/load-file.js";
import { loadRulePack, RULES_ROOT } from "../../src/extract/rules/pack.js";
import { runRuleExamples } from "../../src/extract/rules/run-examples.js";

function brokenCopy(file: string, edit: (s: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), "jangae-rules-"));
  cpSync(join(RULES_ROOT, "ko"), join(root, "ko"), { recursive: true });
  const path = join(root, "ko", file);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  return root;
}

describe("rule files", () => {
  it("load and compile", () => {
    const pack = loadRulePack("ko");
    expect(pack.causes.length).toBeGreaterThan(5);
    expect(pack.claims.map((c) => c.rule.kind)).toContain("no_eta");
  });

  it("every example and counter-example passes (jangae rules test)", () => {
    const report = runRuleExamples("ko");
    expect(report.failed).toEqual([]);
    expect(report.passed).toBeGreaterThan(40);
  });

  it("a YAML syntax error names file, line and column", () => {
    const root = brokenCopy("claims.yaml", (s) =>
      s.replace("  - id: ko.claim.expected\n", "  - id: ko.claim.expected\n   bad: [\n"),
    );
    expect(() => loadRulePack("ko", root)).toThrow(RuleFileError);
    expect(() => loadRulePack("ko", root)).toThrow(/claims\.yaml:\d+:\d+: /);
  });

  it("a schema problem points at the offending node", () => {
    const root = brokenCopy("causes.yaml", (s) => s.replace("code: power", "code: gremlins"));
    try {
      loadRulePack("ko", root);
      expect.unreachable();
    } catch (err) {
      const e = err as RuleFileError;
      const line = readFileSync(join(root, "ko", "causes.yaml"), "utf8").split("\n")[e.line - 1];
      expect(line).toContain("gremlins");
      expect(e.message).toMatch(/causes\.yaml:\d+:\d+: .*rules\.1\.code/);
    }
  });

  it("an unsafe pattern is refused with its location", () => {
    const root = brokenCopy("claims.yaml", (s) =>
      s.replace('pattern: "{partial_cue}', 'pattern: "(?:복구.*)+{partial_cue}'),
    );
    expect(() => loadRulePack("ko", root)).toThrow(/claims\.yaml:\d+:\d+: unbounded wildcard/);
  });
});
