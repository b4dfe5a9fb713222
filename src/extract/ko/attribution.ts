// Who said it: quote attribution (`X 관계자는 "…"고 말했다`, `<X 관계자> "…"`)
// and sourcing (`X에 따르면`, `X는 …고 밝혔다`).

const QUOTE = /[“"][^“”"]{2,400}[”"]/u;
const SPEAKER_SUFFIX =
  /\s?(?:관계자|측|대변인|장관|차관|본부장|실장|원장|청장|사장|대표|위원장|담당자|직원)$/u;
const SAY_VERB =
  /(?:말했|밝혔|설명했|전했|덧붙였|강조했|해명했|공지했|안내했|알렸|발표했|답했|했다|지시했|내다봤)/u;

export function claimantOf(sentence: string, orgNames: string[]): string | null {
  const bracket = /<([^<>]{2,30})>/u.exec(sentence);
  if (bracket?.[1]) return bracket[1].trim();
  const subject = subjectBeforeQuote(sentence) ?? sourceOf(sentence) ?? topicOfReport(sentence);
  if (subject) return subject;
  const org = orgNames.find((o) => sentence.includes(o));
  return org ?? null;
}

function subjectBeforeQuote(s: string): string | null {
  const q = QUOTE.exec(s);
  if (!q) return null;
  const before = s.slice(0, q.index).trimEnd();
  const m = /([가-힣A-Za-z0-9·\s]{2,30}?)(?:은|는|이|가)$/u.exec(before);
  if (!m?.[1]) return null;
  const name = lastWords(m[1], 3);
  return SPEAKER_SUFFIX.test(name) || name.length >= 2 ? name : null;
}

function sourceOf(s: string): string | null {
  const m = /([가-힣A-Za-z0-9·]{2,20}(?:\s[가-힣A-Za-z0-9·]{1,20}){0,2})(?:에|의\s설명에)\s?따르면/u.exec(s);
  return m?.[1] ? stripLeadingDate(m[1]) : null;
}

function topicOfReport(s: string): string | null {
  if (!SAY_VERB.test(s)) return null;
  const m = /^(?:[^\s]+\s){0,2}?([가-힣A-Za-z0-9·]{2,20}(?:\s관계자)?)(?:은|는)\s/u.exec(s);
  return m?.[1] ?? null;
}

function lastWords(s: string, n: number): string {
  return s.trim().split(/\s+/).slice(-n).join(" ");
}

function stripLeadingDate(s: string): string {
  return s.replace(/^(?:\d{1,2}일|이날|전날)\s/u, "");
}

export function quoteIn(sentence: string): string | null {
  const m = QUOTE.exec(sentence);
  return m ? m[0].slice(1, -1) : null;
}
