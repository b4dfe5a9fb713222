// Language of the cleaned text. franc on its own calls mixed Korean/English text
// Afrikaans or Scots (its Korean model is weak on short Hangul runs among Latin
// words), so Hangul is counted first.
import { franc } from "franc";

/**
 * A Korean article that quotes English product names ("AWS", "CMS 자동이체",
 * "KT 5G") still has most of its letters in Hangul: well over half in practice.
 * English pages from Korean outlets carry at most a few Hangul words (a
 * language menu). 30% sits far from both and so leaves room for
 * English-heavy tech copy while never labelling an English page Korean.
 */
export const HANGUL_SHARE_FOR_KOREAN = 0.3;
const MIN_LETTERS = 20;

/** Languages a Korean news pipeline meets; franc is restricted to them to avoid exotic guesses. */
export const FRANC_ALLOWLIST = [
  "kor",
  "eng",
  "jpn",
  "cmn",
  "fra",
  "deu",
  "spa",
  "por",
  "ita",
  "nld",
  "rus",
  "vie",
  "tha",
  "ind",
  "arb",
  "tur",
  "pol",
  "swe",
];

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/gu;
const LETTER = /\p{L}/gu;
const KANA = /[\u3040-\u30ff]/gu;
const HAN = /\p{Script=Han}/gu;

export function detectLanguage(text: string): { code: string; hangulShare: number } {
  const letters = text.match(LETTER)?.length ?? 0;
  const hangul = text.match(HANGUL)?.length ?? 0;
  const hangulShare = letters ? hangul / letters : 0;
  if (letters < MIN_LETTERS) return { code: "und", hangulShare };
  if (hangulShare >= HANGUL_SHARE_FOR_KOREAN) return { code: "kor", hangulShare };
  const kana = text.match(KANA)?.length ?? 0;
  if (kana / letters >= 0.1) return { code: "jpn", hangulShare };
  const han = text.match(HAN)?.length ?? 0;
  if (han / letters >= 0.5) return { code: "cmn", hangulShare };
  // franc reads the first few thousand characters well enough; more only costs time.
  const code = franc(text.slice(0, 4000), { only: FRANC_ALLOWLIST, minLength: MIN_LETTERS });
  return { code, hangulShare };
}
