// Pages that render on the client (한국일보 and others) carry the body only
// inside script JSON: a JSON-LD articleBody or a large text/HTML field of an
// inline state object. Used only when the DOM body is empty or too short.
import { loadHtml, type Root } from "./dom.js";
import { renderBlocks } from "./render-text.js";

const JSON_STRING_FIELD = /"([A-Za-z_$][\w$]*)"\s*:\s*"((?:[^"\\]|\\.){20,})"/g;
const BODY_KEY = /content|body|article|text|html|story|detail|desc/i;
const NOT_BODY_KEY =
  /^(?:title|headline|summary|description|subtitle|image|thumbnail|url|script|css|style|og\w*)$/i;

function decodeJsonString(raw: string): string | null {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return null;
  }
}

function paragraphsOf(value: string): string[] {
  const cleaned = value.replace(/\$\$[A-Z_]+\$\$/g, " ");
  if (/<\/?(?:p|br|div|span|h\d|strong|b|em|figure)\b/i.test(cleaned)) {
    const $ = loadHtml(`<div>${cleaned}</div>`);
    const root = $.root()[0];
    return root ? renderBlocks(root).paragraphs : [];
  }
  return cleaned
    .split(/\r?\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const letters = (s: string): number => s.match(/\p{L}/gu)?.length ?? 0;

const isProse = (text: string, n: number): boolean =>
  n / Math.max(1, text.length) >= 0.5 && (text.match(/[{};=]/g)?.length ?? 0) <= text.length / 50;

/**
 * The prose held in inline script JSON, as paragraphs: per field name, the
 * prose-like values in document order (one big "contentHtml", or many small
 * "content" items as Arc/Fusion pages print them); the field with most letters wins.
 */
export function bodyFromScripts($: Root): string[] {
  const scripts: string[] = [];
  $("script").each((_, el) => {
    if (/ld\+json/.test(el.attribs.type ?? "")) return;
    const code = $(el).text();
    if (code.length >= 300) scripts.push(code);
  });
  const plain = bestGroup(scripts);
  // JSON inside a JS string literal (self.__next_f.push([1,"{\"a\":…}"])) is escaped once more.
  const escaped = scripts.filter((c) => c.includes('\\"')).map((c) => c.replace(/\\(["\\/])/g, "$1"));
  const unescaped = escaped.length ? bestGroup(escaped) : { paragraphs: [], letters: 0 };
  return (unescaped.letters > plain.letters ? unescaped : plain).paragraphs;
}

function bestGroup(scripts: readonly string[]): { paragraphs: string[]; letters: number } {
  const groups = new Map<string, { paragraphs: string[]; letters: number; values: number }>();
  for (const source of scripts) {
    JSON_STRING_FIELD.lastIndex = 0;
    for (let m = JSON_STRING_FIELD.exec(source); m; m = JSON_STRING_FIELD.exec(source)) {
      const key = m[1]!;
      if (!BODY_KEY.test(key) || NOT_BODY_KEY.test(key)) continue;
      const value = decodeJsonString(m[2]!);
      if (!value) continue;
      const paragraphs = paragraphsOf(value);
      const text = paragraphs.join("\n");
      const n = letters(text);
      if (n < 15 || !isProse(text, n)) continue;
      const group = groups.get(key) ?? { paragraphs: [], letters: 0, values: 0 };
      group.paragraphs.push(...paragraphs);
      group.letters += n;
      group.values++;
      groups.set(key, group);
    }
  }
  let best = { paragraphs: [] as string[], letters: 0 };
  for (const group of groups.values()) {
    // Many short values are menu labels, not paragraphs.
    if (group.letters < 100 || group.letters / group.values < 40) continue;
    if (group.letters > best.letters) best = group;
  }
  return best;
}

/** JSON-LD articleBody as paragraphs. */
export function bodyFromArticleBody(articleBody: string | null): string[] {
  if (!articleBody) return [];
  return paragraphsOf(articleBody);
}
