// Noun phrases without a tagger: walk back over whitespace tokens from a cue,
// keeping tokens that look like parts of a name and stopping at particles,
// time words and clause glue.

const JOSA =
  /(?:에서는|에서도|에서|에게|에는|에도|으로는|으로|로는|께서|까지|부터|이나|은|는|이|가|을|를|에|도|로|와|과|만|의)$/u;
const STOP_TOKENS = new Set(
  "이날 당일 현재 한때 또 또한 다만 특히 이에 이후 이번 당시 모두 전면 일시 잇따라 오전 오후 새벽 저녁 밤 낮 아침 지난 전날 다음날 오늘 어제 그러나 하지만 이로 이로써 그리고 및 등 약 총 전체 모든 각종 여러 해당 관련 대한 위한 통한 따른 인한 이용 사용 접속 같은 된 한 는 있는 없는 아직 여전히 계속 다시 곧 바로 이미 결국 동안 가량 정도 최근 앞서 그나마 국내 전국 대규모 주요 핵심 기존 새 신규 경우 기준 통해 아예 거쳐 큰 작은 따라 위해 대해 가운데 중 뒤 후 전 때 추가로 새로 다소 모두가 잠시 한동안 내내 오랫동안 갑자기 일제히 동시에 각각 역시 이어 이번에 그동안 먼저 들어 오가지".split(
    " ",
  ),
);
const GENERIC_ALONE = new Set(
  [
    "서비스 시스템 앱 업무 사이트 홈페이지 전산 전산망 망 거래 인증 접속 기기 데이터 전화 민원 플랫폼 포털 정보시스템",
    "창구 카드 방송 문제 오류 장애 화면 기능 고객 이용자 가입자 사용자 서버",
  ]
    .join(" ")
    .split(" ")
    .concat(["일부 서비스", "서비스 이용", "모든 서비스", "전체 서비스", "일부 기능"]),
);
// Time words: `3시14분께`, `12일`, `오전까지도`; a bare 경/간/째 ending needs a number before it (변경, 구간 are names).
const TIME_TOKEN =
  /^(?:\d{1,4}(?:년|월|일|시|분|초|시간|개월|개|곳|건|명)|[0-9:.~\-%]+$)|(?:께|쯤|부터|까지|까지도|무렵|동안)$|^\d.*(?:경|간|째)$/u;
const NAME_CHARS = /^[가-힣A-Za-z0-9·()\-+&.'’/]+$/u;
const VERBISH =
  /(?:다|던|있어|없어|되어|하여|해져|졌|져|비롯한|이라|등급인|됐고|했고|았고|었고|였고|않고|지고|했|됐|된|될|할|하는|되는|하고|되고|하며|되며|하면|되면|해서|돼서|으나|지만|는데|있는|없는|있고|없고|려고|도록|면서|아서|어서|거나|니까|하게|되게|이나마)$/u;
/** Adverbs and time words that may stand between a name and its predicate (`앱이 한때 먹통`). */
const SKIPPABLE = new Set(
  "한때 일시 일시적으로 모두 또 또다시 다시 현재 전면 아예 잇따라 일제히 동시에 전부 완전히 정상적으로 여전히 아직 계속 크게 약 순차적으로 곧바로 이날 당일 오전 오후 새벽 밤 저녁".split(
    " ",
  ),
);
const NAME_HEAD = /(?:시스템|서비스|앱|포털|망|센터|페이|뱅킹|톡)$/u;

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
  for (const m of s.slice(0, end).matchAll(re))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** A token with an unclosed parenthesis starts inside it: `중단(정부24` → `정부24`. */
function afterOpenParen(t: Token): Token {
  const open = t.text.lastIndexOf("(");
  if (open === -1 || t.text.indexOf(")", open) !== -1) return t;
  return { text: t.text.slice(open + 1), start: t.start + open + 1, end: t.end };
}

function trimPunct(t: Token): Token {
  const lead = t.text.length - t.text.replace(/^[("'“‘[<《「『]+/u, "").length;
  let body = t.text.slice(lead).replace(/[,，"'”’\]>》」』:]+$/u, "");
  // Keep a closing parenthesis that closes one opened inside the token: 자동화기기(ATM).
  while (body.endsWith(")") && (body.match(/\(/g)?.length ?? 0) < (body.match(/\)/g)?.length ?? 0))
    body = body.slice(0, -1);
  return { text: body, start: t.start + lead, end: t.start + lead + body.length };
}

/**
 * The noun phrase that ends at `end` (the first token may carry a particle,
 * which is stripped). Up to `maxTokens` tokens; null when nothing name-like.
 */
export function phraseBefore(s: string, end: number, maxTokens = 5): Phrase | null {
  const tokens = tokensBefore(s, end);
  const picked: Token[] = [];
  let last = tokens.length - 1;
  for (let skipped = 0; last >= 0 && skipped < 4; skipped++, last--) {
    const t = trimPunct(tokens[last]!).text;
    if (!SKIPPABLE.has(t) && !TIME_TOKEN.test(t)) break;
  }
  for (let i = last; i >= 0 && picked.length < maxTokens; i--) {
    const raw = tokens[i]!;
    // `네이버 쇼핑 일부 기능`: 일부 qualifies, it does not end the name.
    if (picked.length > 0 && raw.text === "일부") continue;
    // A lone quote mark between a name and its predicate (`전산망 '먹통'`).
    if (picked.length === 0 && trimPunct(raw).text === "") continue;
    // `A 및 B` is one name: keep the conjunction when a name continues before it.
    if (raw.text === "및" && picked.length > 0 && i > 0) {
      picked.unshift({ text: "및", start: raw.start, end: raw.end });
      continue;
    }
    let t = afterOpenParen(trimPunct(raw));
    if (picked.length === 0) {
      const text = stripJosa(t.text);
      t = { text, start: t.start, end: t.start + text.length };
    } else if (JOSA.test(t.text) && !/[·]$/.test(t.text)) {
      break;
    }
    if (!t.text || !NAME_CHARS.test(t.text) || STOP_TOKENS.has(t.text) || TIME_TOKEN.test(t.text)) break;
    if (VERBISH.test(t.text) && !NAME_HEAD.test(t.text) && !/^[A-Za-z0-9]/.test(t.text)) break;
    if (picked.length > 0 && /[,，:;.]$/.test(raw.text)) break;
    picked.unshift(t);
    if (picked.length === 1 && /^[“"‘']/.test(raw.text)) break;
  }
  // A status word or a dangling 및 cannot start a name (`장애 및 타행 이체`).
  while (picked.length > 1 && (picked[0]!.text === "및" || STATUS_NOUN.test(picked[0]!.text))) picked.shift();
  if (picked[0]?.text === "및") picked.shift();
  if (!picked.length) return null;
  const start = picked[0]!.start;
  const stop = picked[picked.length - 1]!.end;
  return { text: s.slice(start, stop), start, end: stop };
}

/** The noun phrase that starts at `start`, up to its first particle (stripped) or a time or number word. */
const STATUS_NOUN = /^(?:복구|정상화|장애|중단|재개|먹통|마비|오류|지연|피해|사태)$/u;

export function phraseAfter(s: string, start: number, maxTokens = 5): Phrase | null {
  const picked: Token[] = [];
  for (const m of s.slice(start).matchAll(/\S+/gu)) {
    if (picked.length >= maxTokens) break;
    const raw = { text: m[0], start: start + m.index, end: start + m.index + m[0].length };
    const t = trimPunct(raw);
    const stripped = stripJosa(t.text);
    const piece = { text: stripped, start: t.start, end: t.start + stripped.length };
    if (
      !piece.text ||
      !NAME_CHARS.test(piece.text) ||
      STOP_TOKENS.has(piece.text) ||
      TIME_TOKEN.test(piece.text)
    )
      break;
    picked.push(piece);
    if (stripped !== t.text || raw.text !== t.text) break;
  }
  // `멈췄던 정부 시스템 복구가`: the status word after the name is not part of it.
  while (picked.length > 1 && STATUS_NOUN.test(picked[picked.length - 1]!.text)) picked.pop();
  if (!picked.length) return null;
  const a = picked[0]!.start;
  const b = picked[picked.length - 1]!.end;
  return { text: s.slice(a, b), start: a, end: b };
}

/** An enumeration `A, B, C` ending at `end` (before 등 …); items are noun phrases. */
export function listBefore(s: string, end: number, maxItems = 25): Phrase[] {
  const items: Phrase[] = [];
  let cursor = end;
  while (items.length < maxItems) {
    const p = phraseBefore(s, cursor, 6);
    if (!p) break;
    items.unshift(p);
    // An owner in the genitive (`해양수산부의 내부업무 포털`) sits between an item and its comma.
    const before = s.slice(0, p.start).replace(/[^\s,，、]+의\s$/u, "");
    const comma = /(?:,|，|、)\s*$/u.exec(before);
    if (comma) {
      cursor = comma.index;
      continue;
    }
    // `A와 B, C 등`: the pair's first half ends in 와/과.
    const pair = /(\S+?)(?:와|과)\s$/u.exec(before);
    if (!pair) break;
    cursor = before.length - pair[0].length + pair[1]!.length;
  }
  return items;
}

const SUBJECT = /(?:이|가|은|는|도|께서|에서는|에서도)$/u;
const CLAUSE_END = /(?:[,.;:]|고|며|면서|지만|는데|으나|니까|어서|아서|해서|돼서|다)$/u;

/**
 * The subject of a predicate at `end`: the nearest token before it marked by
 * a subject or topic particle (`발권 시스템이 반나절 가까이 차질을 빚었다`),
 * with what it enumerates (`음성통화와 문자메시지가`). Stops at a clause end.
 */
export function subjectBefore(s: string, end: number, maxTokens = 7): Phrase[] {
  const tokens = tokensBefore(s, end);
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < maxTokens; i--, seen++) {
    const t = trimPunct(tokens[i]!);
    if (seen > 0 && CLAUSE_END.test(tokens[i]!.text) && !SUBJECT.test(t.text)) return [];
    if (SUBJECT.test(t.text) && stripJosa(t.text) !== t.text) {
      const items = listBefore(s, tokens[i]!.end);
      // `접속이 지연`: a generic subject means the name is further back.
      if (items.length && !items.every((p) => isGenericAlone(p.text) || STOP_TOKENS.has(p.text)))
        return items;
    }
  }
  return [];
}

/** `A와 B에서 로그인이 되지 않았다`: the places (에서) named just before a subject. */
export function locativeBefore(s: string, subjectStart: number): Phrase[] {
  const m = /(\S+?)에서(?:는|도)?\s+$/u.exec(s.slice(0, subjectStart));
  if (!m) return [];
  return listBefore(s, m.index + m[0].length - (m[0].length - m[1]!.length));
}

export function isGenericAlone(name: string): boolean {
  return GENERIC_ALONE.has(name.replace(/\s+/g, " ").trim());
}
