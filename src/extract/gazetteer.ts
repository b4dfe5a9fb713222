import type { GazetteerEntry } from "./rules/schema.js";

export interface GazetteerHit {
  canonical: string;
  surface: string;
  index: number;
  end: number;
  entry: GazetteerEntry;
}

/** Finds every alias of every entry, longest first, never overlapping, at word starts. */
export class GazetteerMatcher {
  private readonly regex: RegExp | null;
  private readonly byAlias = new Map<string, GazetteerEntry>();

  constructor(entries: GazetteerEntry[]) {
    for (const entry of entries) {
      for (const alias of [entry.canonical, ...entry.aliases]) {
        const key = normalizeAlias(alias);
        if (!this.byAlias.has(key)) this.byAlias.set(key, entry);
      }
    }
    const aliases = [...new Set(entries.flatMap((e) => [e.canonical, ...e.aliases]))];
    const alternatives = [...new Set(aliases.flatMap(aliasPatterns))].sort((a, b) => b.length - a.length);
    this.regex = alternatives.length
      ? new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join("|")})(?![A-Za-z0-9])`, "gu")
      : null;
  }

  find(text: string): GazetteerHit[] {
    if (!this.regex) return [];
    const hits: GazetteerHit[] = [];
    for (const m of text.matchAll(this.regex)) {
      const entry = this.byAlias.get(normalizeAlias(m[0]));
      if (!entry) continue;
      hits.push({
        canonical: entry.canonical,
        surface: m[0],
        index: m.index,
        end: m.index + m[0].length,
        entry,
      });
    }
    return hits;
  }

  lookup(name: string): GazetteerEntry | undefined {
    return this.byAlias.get(normalizeAlias(name));
  }
}

export function normalizeAlias(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, "");
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * An alias matches as written and without its spaces (인터넷 뱅킹 = 인터넷뱅킹);
 * literal alternatives keep the combined regex fast.
 */
function aliasPatterns(alias: string): string[] {
  return [escapeRegex(alias).replace(/\s+/g, " "), escapeRegex(alias.replace(/\s+/g, ""))];
}
