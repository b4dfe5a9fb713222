// 64-bit SimHash over character shingles, split into 4 bands of 16 bits for a
// banded index: near-duplicate candidates share at least one band exactly
// (any two hashes within Hamming distance 3 do), then the full distance decides.

const SHINGLE = 5;
export const BANDS = 4;
export const NEAR_DUPLICATE_BITS = 3;

// Credits that syndicated copies of one story add or drop: a wire dateline "(서울=통신사) 홍길동 기자 =",
// a reporter's e-mail (with the byline before it), a bracketed photo credit "[사진=…]", a copyright
// notice. They say nothing about the story, yet on an 800-character article a 30-character credit
// line alone moves the hash past NEAR_DUPLICATE_BITS.
const CREDITS = [
  /\([^()=\n]{1,15}=[^()\n]{1,20}\)\s*(?:[가-힣]{2,4}\s*){1,3}(?:기자|특파원|통신원)\s*=/gu,
  /(?:[가-힣]{2,4}\s+(?:기자|특파원)\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /\[[^\]\n]{0,40}(?:사진|제공|그래픽|=)[^\]\n]{0,40}\]/gu,
  /[<〈《]\s*저작권자[^\n>〉》]{0,80}[>〉》]|(?:©|copyright\b)[^\n]{0,80}/giu,
];

export function simhash(text: string): bigint {
  let stripped = text.normalize("NFKC");
  for (const credit of CREDITS) stripped = stripped.replace(credit, " ");
  const norm = stripped.replace(/[\s\p{P}]+/gu, "");
  if (norm.length === 0) return 0n;
  const weights = new Int32Array(64);
  const n = Math.max(1, norm.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const shingle = norm.slice(i, i + SHINGLE);
    const lo = fnv1a32(shingle, 0x811c9dc5);
    const hi = fnv1a32(shingle, 0x01000193 ^ 0x5bd1e995);
    for (let b = 0; b < 32; b++) {
      weights[b]! += (lo >>> b) & 1 ? 1 : -1;
      weights[b + 32]! += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let out = 0n;
  for (let b = 0; b < 64; b++) if (weights[b]! > 0) out |= 1n << BigInt(b);
  return out;
}

function fnv1a32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function bands(hash: bigint): number[] {
  return Array.from({ length: BANDS }, (_, i) => Number((hash >> BigInt(i * 16)) & 0xffffn));
}

export function hamming(a: bigint, b: bigint): number {
  let x = a ^ b;
  let count = 0;
  while (x) {
    x &= x - 1n;
    count++;
  }
  return count;
}

export const toHex = (h: bigint) => h.toString(16).padStart(16, "0");
export const fromHex = (s: string) => BigInt(`0x${s}`);
