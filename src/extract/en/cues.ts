import type { CompiledRule, RulePack } from "../rules/pack.js";
import type { CauseRule, ClaimRule, DiscoveryRule, ProgressRule } from "../rules/schema.js";

/**
 * The English pack's rules and pieces compiled for English text: cue rules
 * match case-insensitively (a sentence may start with "Restored …"),
 * operator discovery keeps its case (capitals mark names).
 */
export interface EnglishCues {
  pack: RulePack;
  piece(name: string): RegExp;
  causes: CompiledRule<CauseRule>[];
  claims: CompiledRule<ClaimRule>[];
  progress: CompiledRule<ProgressRule>[];
  services: CompiledRule<DiscoveryRule>[];
  operators: CompiledRule<DiscoveryRule>[];
}

const byPack = new WeakMap<RulePack, EnglishCues>();

export function englishCues(pack: RulePack): EnglishCues {
  const cached = byPack.get(pack);
  if (cached) return cached;
  const insensitive = <R>(rules: CompiledRule<R>[]) =>
    rules.map((r) => ({ ...r, regex: new RegExp(r.regex.source, "giu") }));
  const cues: EnglishCues = {
    pack,
    piece: (name) => pack.piece(name, "iu"),
    causes: insensitive(pack.causes),
    claims: insensitive(pack.claims),
    progress: insensitive(pack.progress),
    services: insensitive(pack.services.rules),
    operators: pack.operators.rules,
  };
  byPack.set(pack, cues);
  return cues;
}

/** A piece anchored to match a whole string. */
export function wholePiece(cues: EnglishCues, name: string): RegExp {
  return new RegExp(`^(?:${cues.piece(name).source})$`, "iu");
}
