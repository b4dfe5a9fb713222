import type { Sentence } from "../contracts.js";

// Korean news sentence splitting. Lines are always boundaries (scraped news puts
// one paragraph per line); inside a line we split after a terminal mark followed
// by white space, except inside quotes (`“…파악하고 있다. 재발 방지책을…”고 밝혔다`),
// after single capitals (`U.S.`), and inside dotted dates (`2025. 9. 29.`).

const OPENERS: Record<string, string> = { "“": "”", "‘": "’", '"': '"', "「": "」", "『": "』", "《": "》" };
const TERMINALS = new Set([".", "?", "!", "。", "…"]);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  let blankRun = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === "") {
      if (!blankRun && out.length > 0) paragraph++;
      blankRun = true;
    } else {
      blankRun = false;
      for (const [s, e] of splitLine(line)) {
        const raw = line.slice(s, e);
        const lead = raw.length - raw.trimStart().length;
        const trail = raw.length - raw.trimEnd().length;
        const start = lineStart + s + lead;
        const end = lineStart + e - trail;
        if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end), paragraph });
      }
      // A single newline between lines of prose still starts a new paragraph in scraped text.
      paragraph++;
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  renumberParagraphs(out);
  return out;
}

function renumberParagraphs(sentences: Sentence[]): void {
  const map = new Map<number, number>();
  for (const s of sentences) {
    if (!map.has(s.paragraph)) map.set(s.paragraph, map.size);
    s.paragraph = map.get(s.paragraph)!;
  }
}

/** Boundaries inside one line, as [start, end) pairs. */
function splitLine(line: string): Array<[number, number]> {
  const quoted = quotedSpans(line);
  const cuts: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (!TERMINALS.has(ch)) continue;
    let j = i + 1;
    while (j < line.length && (TERMINALS.has(line[j]!) || /["”’')\]]/.test(line[j]!))) j++;
    if (j >= line.length) continue;
    if (insideQuote(quoted, i)) continue;
    // Scraped text often drops the space after a sentence: `밝혔습니다.이는`.
    const glued = !/\s/.test(line[j]!);
    if (
      glued &&
      !(ch === "." && /[다요죠까]$/u.test(line.slice(0, i)) && /[가-힣A-Za-z“"‘'[(]/u.test(line[j]!))
    )
      continue;
    if (ch === "." && !isSentenceDot(line, i)) continue;
    cuts.push(j);
    i = j;
  }
  const spans: Array<[number, number]> = [];
  let prev = 0;
  for (const c of cuts) {
    spans.push([prev, c]);
    prev = c;
  }
  spans.push([prev, line.length]);
  return spans;
}

function isSentenceDot(line: string, i: number): boolean {
  const before = line.slice(Math.max(0, i - 3), i);
  const after = line.slice(i + 1).trimStart();
  if (/(^|[^A-Za-z])[A-Z]$/.test(before)) return false; // U.S., J. Kim
  if (/\d$/.test(before) && /^\d/.test(after)) return false; // 2025. 9. 29.
  if (/\d{4}\.\s?\d{1,2}\.\s?\d{1,2}$/.test(line.slice(Math.max(0, i - 12), i))) return false;
  if (/(Mr|Ms|Dr|No|vs|St|Jr|Sr|etc)$/.test(line.slice(Math.max(0, i - 3), i))) return false;
  return true;
}

function quotedSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < line.length; i++) {
    const close = OPENERS[line[i]!];
    if (!close) continue;
    const end = line.indexOf(close, i + 1);
    // An unbalanced quote protects nothing: better to split than to swallow a paragraph.
    if (end === -1) continue;
    spans.push([i, end]);
    i = end;
  }
  return spans;
}

function insideQuote(spans: Array<[number, number]>, i: number): boolean {
  return spans.some(([s, e]) => i > s && i < e);
}
