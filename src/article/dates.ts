// Date parsing for news pages. Every time is expressed in Korea time (+09:00):
// the project's articles are Korean, naive times on Korean pages are KST, and an
// instant given with another offset is converted so that its day is the KST day.

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function validDate(y: number, mo: number, d: number): boolean {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCMonth() === mo - 1;
}

function validTime(h: number, mi: number, s: number): boolean {
  return h >= 0 && h <= 24 && mi >= 0 && mi < 60 && s >= 0 && s < 61;
}

/** A KST wall-clock time as ISO 8601 with +09:00. */
export function kstIso(y: number, mo: number, d: number, h: number, mi: number, s = 0): string {
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+09:00`;
}

/** An instant (epoch milliseconds) as KST ISO 8601. */
export function instantToKst(ms: number): string {
  const k = new Date(ms + KST_OFFSET_MS);
  return kstIso(
    k.getUTCFullYear(),
    k.getUTCMonth() + 1,
    k.getUTCDate(),
    k.getUTCHours(),
    k.getUTCMinutes(),
    k.getUTCSeconds(),
  );
}

const ISO_WITH_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT|KST)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;

function fromIsoParts(m: RegExpMatchArray): string | null {
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number) as number[];
  if (!validDate(y!, mo!, d!) || !validTime(h!, mi!, s!)) return null;
  const zone = m[7]?.toUpperCase();
  if (!zone || zone === "KST") return kstIso(y!, mo!, d!, h!, mi!, s!);
  if (zone === "Z" || zone === "UTC" || zone === "GMT")
    return instantToKst(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offsetMin = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
  return instantToKst(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - offsetMin * 60_000);
}

// A date with an optional time, as Korean pages print it:
// "2026.03.03 15:20", "2026-03-03 오후 3:20", "2026. 1. 6. 16:19", "2026년 3월 3일 15시 20분",
// "2023.11.02. 오후 8:06", "2026/03/03 (화) 15:20:11".
const KOREAN_DATE_TIME = new RegExp(
  String.raw`((?:19|20)\d{2})\s*(?:[.\-/]|년)\s*(\d{1,2})\s*(?:[.\-/]|월)\s*(\d{1,2})(?![\d])\s*(?:일|\.)?` +
    String.raw`(?:\s*[(（][월화수목금토일][)）])?` +
    String.raw`(?:\s*[(（]?\s*(?:(오전|오후|AM|PM|am|pm|a\.m\.|p\.m\.)\s*)?(\d{1,2})\s*(?::|시)\s*(\d{1,2})(?:\s*(?::|분)\s*(\d{1,2}))?(?!\d)(?:\s*(오전|오후|AM|PM|am|pm))?)?`,
);

export interface DateMatch {
  value: string;
  index: number;
  length: number;
  hasTime: boolean;
}

/** The first Korean-style date (with optional time) in a string. */
export function matchKoreanDate(text: string): DateMatch | null {
  const re = new RegExp(KOREAN_DATE_TIME.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!validDate(y, mo, d)) continue;
    if (m[5] === undefined)
      return { value: `${y}-${pad(mo)}-${pad(d)}`, index: m.index, length: m[0].length, hasTime: false };
    let h = Number(m[5]);
    const mi = Number(m[6]);
    const s = Number(m[7] ?? "0");
    const meridiem = (m[4] ?? m[8] ?? "").toLowerCase().replace(/\./g, "");
    if (meridiem === "오후" || meridiem === "pm") {
      if (h < 12) h += 12;
    } else if ((meridiem === "오전" || meridiem === "am") && h === 12) h = 0;
    if (!validTime(h, mi, s) || h === 24) {
      return { value: `${y}-${pad(mo)}-${pad(d)}`, index: m.index, length: m[0].length, hasTime: false };
    }
    return { value: kstIso(y, mo, d, h, mi, s), index: m.index, length: m[0].length, hasTime: true };
  }
  return null;
}

/**
 * Parses a date or time as found in metadata, attributes or visible text into
 * ISO 8601 with +09:00 (or YYYY-MM-DD when only the day is known). Null when
 * nothing date-like is found.
 */
export function parseDate(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw).trim();
  if (!text) return null;
  const iso = text.match(ISO_WITH_TIME);
  if (iso) return fromIsoParts(iso);
  const dateOnly = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (dateOnly) {
    const [y, mo, d] = [dateOnly[1], dateOnly[2], dateOnly[3]].map(Number) as [number, number, number];
    return validDate(y, mo, d) ? `${dateOnly[1]}-${dateOnly[2]}-${dateOnly[3]}` : null;
  }
  const compact = text.match(COMPACT);
  if (compact) {
    const [y, mo, d] = [compact[1], compact[2], compact[3]].map(Number) as [number, number, number];
    if (!validDate(y, mo, d)) return null;
    if (compact[4] === undefined) return `${compact[1]}-${compact[2]}-${compact[3]}`;
    const h = Number(compact[4]);
    const mi = Number(compact[5]);
    const s = Number(compact[6] ?? "0");
    return validTime(h, mi, s) ? kstIso(y, mo, d, h, mi, s) : null;
  }
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const year = new Date(ms).getUTCFullYear();
    return year >= 1990 && year <= 2100 ? instantToKst(ms) : null;
  }
  const korean = matchKoreanDate(text);
  if (korean) {
    // "2023-11-02T20:06:13+0900" style leftovers are handled above; here an explicit
    // offset after a Korean-style date is rare and ignored (times are KST).
    return korean.value;
  }
  // RFC 2822 and English month names ("Tue, 07 Nov 2023 15:03:30 +0900", "Nov 7, 2023").
  if (/[a-z]{3}/i.test(text) && /\d{4}/.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) {
      const hasZone = /(?:[+-]\d{2}:?\d{2}|\bGMT\b|\bUTC\b|\bZ\b)/.test(text);
      const hasTime = /\d{1,2}:\d{2}/.test(text);
      if (!hasTime) {
        const d = new Date(ms);
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      }
      if (hasZone) return instantToKst(ms);
      const d = new Date(ms);
      return kstIso(
        d.getFullYear(),
        d.getMonth() + 1,
        d.getDate(),
        d.getHours(),
        d.getMinutes(),
        d.getSeconds(),
      );
    }
  }
  return null;
}

export interface DateLineResult {
  published: string | null;
  updated: string | null;
}

const PUBLISHED_LABEL =
  /(?:최초\s*)?(?:기사\s*)?(?:일반\s*)?(?:입력|등록|승인|게재|작성|발행|송고|출고|Posted|Written|Published|Registered)(?:\s*일(?:시)?)?\s*[:：]?\s*/i;
const UPDATED_LABEL =
  /(?:최종\s*)?(?:수정|업데이트|갱신|Updated|Modified|Last\s+updated)(?:\s*일(?:시)?)?\s*[:：]?\s*/i;

/**
 * Finds labelled date lines ("입력 2026.03.03 15:20", "기사입력 2023-11-02 오후 8:06",
 * "승인 …", "수정 …", "등록 …") in visible text.
 */
export function findDateLines(text: string): DateLineResult {
  const result: DateLineResult = { published: null, updated: null };
  const labelled = new RegExp(`(${PUBLISHED_LABEL.source})|(${UPDATED_LABEL.source})`, "gi");
  for (let m = labelled.exec(text); m; m = labelled.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 48);
    const date = matchKoreanDate(after);
    if (!date || date.index > 2) continue;
    if (m[1] !== undefined && !result.published) result.published = date.value;
    else if (m[1] === undefined && !result.updated) result.updated = date.value;
    if (result.published && result.updated) break;
  }
  return result;
}

/** True when a line holds nothing but date/time labels and values (e.g. "입력 2026.03.03 15:20 | 수정 …"). */
export function isDateOnlyLine(line: string): boolean {
  let rest = line;
  let found = false;
  for (let date = matchKoreanDate(rest); date; date = matchKoreanDate(rest)) {
    found = true;
    rest = `${rest.slice(0, date.index)} ${rest.slice(date.index + date.length)}`;
  }
  if (!found) return false;
  rest = rest
    .replace(new RegExp(PUBLISHED_LABEL.source, "gi"), " ")
    .replace(new RegExp(UPDATED_LABEL.source, "gi"), " ")
    .replace(/\b(?:date|KST)\b|기사|시간|[|:：/·,()[\]\s-]/gi, "");
  return rest.length === 0;
}
