/** How the store compares names: NFKC, lower case, no spaces or punctuation. */
export const nameKey = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, "");
