// Numbers as written in Korean time expressions: Arabic digits, Sino-Korean (이천십오, 이십),
// native Korean (한, 두, 세, 스물네) and the day counts (하루, 이틀, 사흘 …).

const SINO_DIGITS: Record<string, number> = {
  영: 0,
  공: 0,
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  륙: 6,
  칠: 7,
  팔: 8,
  구: 9,
};
const SINO_UNITS: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };

const NATIVE_ONES: Record<string, number> = {
  한: 1,
  하나: 1,
  두: 2,
  둘: 2,
  세: 3,
  셋: 3,
  석: 3,
  네: 4,
  넷: 4,
  넉: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
};
const NATIVE_TENS: Record<string, number> = { 열: 10, 스물: 20, 스무: 20, 서른: 30, 마흔: 40, 쉰: 50 };
const NATIVE_RE = /^(열|스물|스무|서른|마흔|쉰)?(하나|한|두|둘|세|셋|석|네|넷|넉|다섯|여섯|일곱|여덟|아홉)?$/;

export const DAY_COUNT_WORDS: Record<string, number> = {
  하루: 1,
  이틀: 2,
  사흘: 3,
  나흘: 4,
  닷새: 5,
  엿새: 6,
  이레: 7,
  여드레: 8,
  아흐레: 9,
  열흘: 10,
  보름: 15,
};

/** Sino-Korean numeral (이천십오 → 2015, 이십 → 20); null when the text is not one. */
export function sinoToNumber(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let current: number | null = null;
  for (const ch of text) {
    const digit = SINO_DIGITS[ch];
    if (digit !== undefined) {
      if (current !== null) return null;
      current = digit;
      continue;
    }
    const unit = SINO_UNITS[ch];
    if (unit === undefined) return null;
    total += (current ?? 1) * unit;
    current = null;
  }
  return total + (current ?? 0);
}

export function nativeToNumber(text: string): number | null {
  const m = NATIVE_RE.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  return (m[1] ? (NATIVE_TENS[m[1]] ?? 0) : 0) + (m[2] ? (NATIVE_ONES[m[2]] ?? 0) : 0);
}

/** Any count as written: digits (with a decimal part), 몇 (read as 3, as Duckling does), native or Sino-Korean. */
export function parseCount(text: string): number | null {
  const t = text.replace(/\s+/g, "");
  if (/^\d{1,6}(\.\d{1,3})?$/.test(t)) return Number(t);
  if (t === "몇") return 3;
  const day = DAY_COUNT_WORDS[t];
  if (day !== undefined) return day;
  return nativeToNumber(t) ?? sinoToNumber(t);
}
