// Korean full-text search without a morphological analyser: every Hangul run
// is indexed as overlapping syllable bigrams ("정상화됐다" → 정상 상화 화됐 됐다),
// and a query term becomes the phrase of its bigrams, so two-syllable words
// (장애) match as well as longer ones (정상화), inside longer words too.

const HANGUL_RUN = /[가-힣]+/gu;

export function toBigramText(text: string): string {
  return text.replace(HANGUL_RUN, (run) => (run.length === 1 ? run : bigrams(run).join(" ")));
}

function bigrams(run: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** An FTS5 MATCH expression: every term must appear; Hangul terms as bigram phrases. */
export function toMatchQuery(query: string): string | null {
  const terms = query.split(/\s+/).filter(Boolean);
  const parts = terms
    .map((term) => {
      const tokens = term.match(/[가-힣]+|[\p{L}\p{N}]+/gu) ?? [];
      const words = tokens.flatMap((t) => (/^[가-힣]+$/u.test(t) && t.length > 1 ? bigrams(t) : [t]));
      return words.length ? `"${words.join(" ").replace(/"/g, "")}"` : null;
    })
    .filter((p): p is string => p !== null);
  return parts.length ? parts.join(" AND ") : null;
}
