// Noun phrases without a tagger: walk back over whitespace tokens from a cue,
// keeping tokens that look like parts of a name and stopping at particles,
// time words and clause glue.

const JOSA = /(?:에서는|에서도|에서|에게|에는|에도|으로는|으로|로는|께서|까지|부터|이나|은|는|이|가|을|를|에|도|로|와|과|만|의)$/u;
const STOP_TOKENS = new Set([
  "이날", "당일", "현재", "한때", "또", "또한", "다만", "특히", "이에", "이후", "이번", "당시", "모두", "전면", "일시",
  "잇따라", "오전", "오후", "새벽", "저녁", "밤", "낮", "아침", "지난", "전날", "다음날", "오늘", "어제", "그러나",
  "하지만", "이로", "이로써", "그리고", "및", "등", "약", "총", "전체", "일부", "모든", "각종", "여러", "해당",
  "관련", "대한", "위한", "통한", "따른", "인한", "이용", "사용", "접속", "같은", "된", "한", "는", "있는", "없는",
  "아직", "여전히", "계속", "다시", "곧", "바로", "이미", "결국", "동안", "가량", "정도", "최근", "앞서", "그나마",
  "국내", "전국", "대규모", "주요", "핵심", "기존", "새", "신규", "온라인", "오프라인",
]);
const GENERIC_ALONE = new Set([
  "서비스", "시스템", "앱", "업무", "사이트", "홈페이지", "전산", "전산망", "망", "거래", "결제", "인증", "접속", "기기",
  "예매", "조회", "발급", "이체", "송금", "통화", "문자", "데이터", "인터넷", "전화", "민원", "플랫폼", "포털", "정보시스템",
  "일부 서비스", "서비스 이용", "모든 서비스", "전체 서비스", "창구", "메일", "카드", "예약", "로그인", "검색", "방송",
]);
const TIME_TOKEN = /^(?:\d{1,4}(?:년|월|일|시|분|초|시간|개월)|[0-9:.~\-]+$)|(?:께|쯤|경|부터|까지|무렵|동안|간|째)$/u;
const NAME_CHARS = /^[가-힣A-Za-z0-9·()\-+&.'’/]+$/u;
const VERBISH = /(?:다|고|며|면|서|지|게|던|는데|니|자|며|요|죠|했|됐|된|한|할|될|인|적|히|이|게)$/u;

export interface Phrase {
  text: string;
  /** Offsets inside the sentence. */
  start: number;
  end: number;
}

/**
 * Strips a trailing particle, checking the final consonant where the particle
 * depends on it: 이/은/을/과 follow a consonant, 가/는/를/와 a vowel, so the
 * 이 of 우체국페이 is part of the name and the 이 of 전산망이 is a particle.
 */
export function stripJosa(token: string): string {
  const m = JOSA.exec(token);
  if (!m || m.index === 0) return token;
  const stem = token.slice(0, m.index);
  const particle = m[0];
  const final = hasBatchim(stem.at(-1)!);
  if (final !== null) {
    if (/^(?:이|은|을|과|으로|으로는|이나)$/u.test(particle) && !final) return token;
    if (/^(?:가|는|를|와)$/u.test(particle) && final) return token;
  }
  return stem;
}

/** null when the character is not a Hangul syllable. */
function hasBatchim(ch: string): boolean | null {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return null;
  return code % 28 !== 0;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokensBefore(s: string, end: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/gu;
  for (const m of s.slice(0, end).matchAll(re)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function trimPunct(t: Token): Token {
  const lead = t.text.length - t.text.replace(/^[("'“‘\[<《「『]+/u, "").length;
  const body = t.text.slice(lead).replace(/[,，"'”’)\]>》」』:]+$/u, "");
  return { text: body, start: t.start + lead, end: t.start + lead + body.length };
}

/**
 * The noun phrase that ends at `end` (the first token may carry a particle,
 * which is stripped). Up to `maxTokens` tokens; null when nothing name-like.
 */
export function phraseBefore(s: string, end: number, maxTokens = 5): Phrase | null {
  const tokens = tokensBefore(s, end);
  const picked: Token[] = [];
  for (let i = tokens.length - 1; i >= 0 && picked.length < maxTokens; i--) {
    const raw = tokens[i]!;
    let t = trimPunct(raw);
    if (picked.length === 0) {
      const text = stripJosa(t.text);
      t = { text, start: t.start, end: t.start + text.length };
    } else if (JOSA.test(t.text) && !/[·]$/.test(t.text)) {
      break;
    }
    if (!t.text || !NAME_CHARS.test(t.text) || STOP_TOKENS.has(t.text) || TIME_TOKEN.test(t.text)) break;
    if (picked.length > 0 && VERBISH.test(t.text) && !/(?:시스템|서비스|앱|포털|망)$/.test(t.text)) break;
    if (picked.length > 0 && /[,，:;.]$/.test(raw.text)) break;
    picked.unshift(t);
    if (picked.length === 1 && /^[“"‘']/.test(raw.text)) break;
  }
  if (!picked.length) return null;
  const start = picked[0]!.start;
  const stop = picked[picked.length - 1]!.end;
  return { text: s.slice(start, stop), start, end: stop };
}

/** An enumeration `A, B, C` ending at `end` (before 등 …); items are noun phrases. */
export function listBefore(s: string, end: number, maxItems = 25): Phrase[] {
  const items: Phrase[] = [];
  let cursor = end;
  while (items.length < maxItems) {
    const p = phraseBefore(s, cursor, 6);
    if (!p) break;
    items.unshift(p);
    const before = s.slice(0, p.start);
    const sep = /(?:,|，|、)\s*$/u.exec(before);
    if (!sep || !/,|，|、/.test(sep[0])) break;
    cursor = sep.index;
  }
  return items;
}

export function isGenericAlone(name: string): boolean {
  return GENERIC_ALONE.has(name.replace(/\s+/g, " ").trim());
}
