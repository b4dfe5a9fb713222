// Page titles without the site's name: "… | 연합뉴스", "… - 조선일보", "…::".
import { normalizeSpace } from "./dom.js";

const SEPARATORS = /\s+[|\-–—·:>»<]\s+|\s*(?:::|\||ㅣ|｜)\s*/;

const SITE_WORDS =
  /(?:뉴스|일보|신문|경제|방송|닷컴|통신|타임스|미디어|저널|포스트|투데이|데일리|코리아|TV|News|Daily|Times|Herald|Post|Journal|Online|\.com|\.co\.kr|\.kr|\.net)$/i;

const SECTION_SUFFIX =
  /-(?:정치|경제|사회|국제|세계|문화|스포츠|연예|IT|IT과학|IT·과학|과학|오피니언|사설|칼럼|지역|전국|라이프|산업|증권|금융|부동산|생활|건강|여행|날씨)$/;

const squash = (s: string): string => s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");

function isSiteName(part: string, names: readonly string[]): boolean {
  const p = squash(part);
  if (!p) return true;
  for (const name of names) {
    const n = squash(name);
    if (n && (p === n || (p.includes(n) && p.length <= n.length + 12) || (n.includes(p) && p.length >= 2)))
      return true;
  }
  return false;
}

/**
 * Removes a leading or trailing site name. `names` are the outlet names known
 * for the page (og:site_name, publisher, host table); without a known name, a
 * short trailing segment that looks like a site name is dropped.
 */
export function cleanTitle(raw: string | null | undefined, names: readonly string[]): string | null {
  if (!raw) return null;
  let title = normalizeSpace(raw).replace(/^\s*::\s*|\s*::\s*$/g, "");
  for (let round = 0; round < 3; round++) {
    const parts = title.split(SEPARATORS);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1]!;
    const first = parts[0]!;
    if (isSiteName(last, names) || (last.length <= 20 && SITE_WORDS.test(last.trim()) && parts.length >= 2)) {
      title = title
        .slice(0, title.lastIndexOf(last))
        .replace(new RegExp(`${SEPARATORS.source}$`), "")
        .trim();
      title = title.replace(/\s*(?:[|\-–—·:>»<]|::|ㅣ|｜)\s*$/, "").trim();
      continue;
    }
    if (isSiteName(first, names)) {
      title = title
        .slice(first.length)
        .replace(new RegExp(`^${SEPARATORS.source}`), "")
        .trim();
      continue;
    }
    break;
  }
  // A section name glued to the end: "…커졌다-정치".
  title = title.replace(SECTION_SUFFIX, "").trim();
  return title || null;
}
