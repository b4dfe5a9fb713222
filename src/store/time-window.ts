// Time arithmetic on stored values, which are ISO with offset or bare dates (KST).
const DAY = 86_400_000;

export function toMs(value: string | null | undefined): number | null {
  if (!value) return null;
  const v = /^\d{4}$/.test(value) ? `${value}-01-01` : /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00+09:00` : v);
  return Number.isNaN(ms) ? null : ms;
}

/** Precision rank of a stored time: longer strings are finer. */
export const precision = (value: string) => (value.length >= 16 ? 2 : value.length >= 10 ? 1 : 0);

export function daysBetween(a: number, b: number): number {
  return Math.abs(a - b) / DAY;
}

export { DAY };
