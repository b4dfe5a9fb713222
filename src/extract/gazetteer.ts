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
    const aliases = [...new Set(entries.flatMap((e) => [e.canonical, ...e.aliases]))].sort(
      (a, b) => b.length - a.length,
    );
    this.regex = aliases.length
      ? new RegExp(`(?<![A-Za-z0-9])(?:${aliases.map(aliasPattern).join("|")})(?![A-Za-z0-9])`, "gu")
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

/** An alias matches with or without the spaces inside it (인터넷 뱅킹 = 인터넷뱅킹). */
function aliasPattern(alias: string): string {
  return [...alias.replace(/\s+/g, "")].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s?");
}
