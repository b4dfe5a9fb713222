import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Located, loadYamlFile, RuleFileError } from "./load-file.js";
import { compilePattern, PatternError } from "./pattern.js";
import {
  type CauseRule,
  CausesFile,
  type ClaimRule,
  ClaimsFile,
  type DiscoveryRule,
  type GazetteerEntry,
  OperatorsFile,
  PiecesFile,
  ProgressFile,
  type ProgressRule,
  ServicesFile,
} from "./schema.js";

export interface CompiledRule<R> {
  rule: R;
  regex: RegExp;
  file: string;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  rules: CompiledRule<DiscoveryRule>[];
}

/** Every rule file of one language, validated and compiled once per process. */
export interface RulePack {
  lang: string;
  dir: string;
  pieces: Record<string, string>;
  /** A named piece compiled on its own, for context checks in code. */
  piece(name: string, flags?: string): RegExp;
  causes: CompiledRule<CauseRule>[];
  claims: CompiledRule<ClaimRule>[];
  progress: CompiledRule<ProgressRule>[];
  services: Gazetteer;
  operators: Gazetteer;
}

const memos = new WeakMap<RulePack, Map<string, unknown>>();

/** Builds a value from a pack once per process (combined regexes used on every sentence). */
export function memo<T>(pack: RulePack, key: string, build: () => T): T {
  let m = memos.get(pack);
  if (!m) {
    m = new Map();
    memos.set(pack, m);
  }
  if (!m.has(key)) m.set(key, build());
  return m.get(key) as T;
}

export const RULES_ROOT = fileURLToPath(new URL("../../../rules/", import.meta.url));

const cache = new Map<string, RulePack>();

export function loadRulePack(lang: string, root = RULES_ROOT): RulePack {
  const dir = join(root, lang);
  const cached = cache.get(dir);
  if (cached) return cached;
  const file = (name: string) => join(dir, name);
  const pieces = loadYamlFile(file("pieces.yaml"), PiecesFile);
  const pieceMap = pieces.data.pieces;
  for (const [name, source] of Object.entries(pieceMap)) {
    compileAt(pieces, ["pieces", name], source, pieceMap);
  }
  const compileRules = <R extends { pattern: string }>(located: Located<{ rules: R[] }>): CompiledRule<R>[] =>
    located.data.rules.map((rule, i) => ({
      rule,
      regex: compileAt(located, ["rules", i, "pattern"], rule.pattern, pieceMap),
      file: located.file,
    }));
  const causes = loadYamlFile(file("causes.yaml"), CausesFile);
  const claims = loadYamlFile(file("claims.yaml"), ClaimsFile);
  const progress = loadYamlFile(file("progress.yaml"), ProgressFile);
  const services = loadYamlFile(file("services.yaml"), ServicesFile);
  const operators = loadYamlFile(file("operators.yaml"), OperatorsFile);
  const pieceCache = new Map<string, RegExp>();
  const pack: RulePack = {
    lang,
    dir,
    pieces: pieceMap,
    piece(name, flags = "u") {
      const key = `${name}/${flags}`;
      let re = pieceCache.get(key);
      if (!re) {
        if (pieceMap[name] === undefined) throw new Error(`rules/${lang}: no piece named ${name}`);
        re = compilePattern(`{${name}}`, pieceMap, flags);
        pieceCache.set(key, re);
      }
      return re;
    },
    causes: compileRules(causes),
    claims: compileRules(claims),
    progress: compileRules(progress),
    services: { entries: services.data.gazetteer, rules: compileRules(services) },
    operators: { entries: operators.data.gazetteer, rules: compileRules(operators) },
  };
  assertUniqueIds(pack);
  cache.set(dir, pack);
  return pack;
}

function compileAt(
  located: Located<unknown>,
  path: Array<string | number>,
  source: string,
  pieces: Record<string, string>,
): RegExp {
  try {
    return compilePattern(source, pieces);
  } catch (err) {
    if (!(err instanceof PatternError)) throw err;
    const { line, column } = located.locate(path);
    throw new RuleFileError(located.file, line, column, err.message);
  }
}

function assertUniqueIds(pack: RulePack): void {
  const seen = new Map<string, string>();
  const all = [
    ...pack.causes,
    ...pack.claims,
    ...pack.progress,
    ...pack.services.rules,
    ...pack.operators.rules,
  ];
  for (const { rule, file } of all) {
    const other = seen.get(rule.id);
    if (other) throw new RuleFileError(file, 1, 1, `duplicate rule id ${rule.id} (also in ${other})`);
    seen.set(rule.id, file);
  }
}

export function availableLanguages(root = RULES_ROOT): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "sites")
    .map((d) => d.name);
}
