// Who said it: "X said", "according to X", "a X official told reporters".

const QUOTE = /["“]([^"“”]{2,400})["”]/u;
const SAID_BY =
  /(?:^|[,.;]\s|\bthat\s)((?:an?\s|the\s)?(?:[A-Z][\w&'’.-]{0,25}\s){0,5}?(?:[\w&'’.-]{1,25}\s){0,2}?(?:official|officials|spokesperson|spokesman|spokeswoman|ministry|company|agency|bank|operator|carrier|brokerage|government|authorities|firm|[A-Z][\w&'’.-]{0,25}))\s(?:also\s|then\s|later\s)?(?:said|says|told|announced|added|explained|confirmed|noted)\b/u;
const ACCORDING = /\baccording to ((?:the\s)?[^,.;]{2,60})/iu;

export function claimantOf(sentence: string, orgNames: string[]): string | null {
  const according = ACCORDING.exec(sentence);
  if (according?.[1]) return according[1].replace(/^the\s/i, "").trim();
  const said = SAID_BY.exec(sentence);
  if (said?.[1]) return said[1].replace(/^(?:an?|the)\s/i, "").trim();
  return orgNames[0] ?? null;
}

export function quoteIn(sentence: string): string | null {
  return QUOTE.exec(sentence)?.[1] ?? null;
}
