// Turning response bytes into text: pick the charset (header → BOM → <meta> → sniff) and decode with
// iconv-lite. Every Korean legacy label decodes as cp949, a superset of EUC-KR: Node's TextDecoder maps
// "euc-kr" to the same table, but older pages labelled ks_c_5601-1987 or ksc5601 and many servers send
// bytes outside plain EUC-KR (똠, 뷁, …), so iconv-lite's cp949 is the one table used for all of them.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

const KOREAN_LABELS = new Set([
  "euc-kr",
  "euckr",
  "cp949",
  "ms949",
  "uhc",
  "windows-949",
  "x-windows-949",
  "ks_c_5601-1987",
  "ks_c_5601-1989",
  "ks_c_5601",
  "ksc5601",
  "ksc_5601",
  "ksc-5601",
  "ks-c-5601",
  "iso-ir-149",
  "korean",
  "csksc56011987",
  "cseuckr",
  "x-euc-kr",
]);

const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode20utf8"]);

/** Labels the WHATWG Encoding standard maps to windows-1252; iconv-lite decodes that one directly. */
const WINDOWS_1252_LABELS = new Set([
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "l1",
  "us-ascii",
  "ascii",
  "cp1252",
]);

/** How far into the document a <meta> charset declaration is looked for. */
const META_SCAN_BYTES = 4096;

export interface DecodedBody {
  text: string;
  /** The charset actually used to decode: "utf-8", "cp949", "utf-16le", … */
  charset: string;
}

/** Maps a charset label to the iconv-lite name used for decoding, or null when the label is unknown. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label
    .trim()
    .replace(/^["']|["']$/g, "")
    .toLowerCase();
  if (clean === "") return null;
  if (UTF8_LABELS.has(clean)) return "utf-8";
  if (KOREAN_LABELS.has(clean)) return "cp949";
  if (WINDOWS_1252_LABELS.has(clean)) return "windows-1252";
  if (clean === "utf-16" || clean === "utf-16le") return "utf-16le";
  if (clean === "utf-16be") return "utf-16be";
  return iconv.encodingExists(clean) ? clean : null;
}

/** The `charset` parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("[^"]*"|[^;\s]*)/i.exec(contentType);
  return match?.[1] ? match[1].replace(/"/g, "") : null;
}

/** Charset and length of a byte-order mark at the start of the bytes. */
export function charsetFromBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", length: 2 };
  return null;
}

/** A charset declared by `<meta charset>` or `<meta http-equiv="content-type" content="…; charset=…">`. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES)).toString(
    "latin1",
  );
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

/** Valid UTF-8 (plain ASCII included) → utf-8; anything else → cp949, the usual Korean legacy encoding. */
export function sniffCharset(bytes: Uint8Array): string {
  return isUtf8(bytes) ? "utf-8" : "cp949";
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset, {
    stripBOM: true,
  });
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) count++;
  return count;
}

/**
 * Decodes a response body. The order is: HTTP header charset, BOM, `<meta>` in the first 4 KB, then
 * sniffing. A BOM overrides a contradicting header, as browsers do, because a BOM is never accidental.
 * When a declared charset garbles the bytes and the other Korean candidate decodes them cleanly (a page
 * labelled euc-kr that is really UTF-8 after a CMS migration, or the reverse), the clean one is used.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedBody {
  const bom = charsetFromBom(bytes);
  const declared =
    bom?.charset ??
    normalizeCharset(charsetFromContentType(contentType)) ??
    normalizeCharset(charsetFromMeta(bytes));
  const charset = declared ?? sniffCharset(bytes);
  const text = decodeWith(bytes, charset);
  if (bom || countReplacements(text) === 0) return { text, charset };

  const alternative = isUtf8(bytes) ? "utf-8" : charset === "utf-8" ? "cp949" : null;
  if (alternative && alternative !== charset) {
    const retry = decodeWith(bytes, alternative);
    if (countReplacements(retry) < countReplacements(text)) return { text: retry, charset: alternative };
  }
  return { text, charset };
}

/**
 * Why these bytes are not text, or null when they look like text. NUL bytes never occur in HTML or
 * plain text in any single- or multi-byte charset except UTF-16, which is recognised by its BOM.
 */
export function binaryContentReason(bytes: Uint8Array, decoded: DecodedBody): string | null {
  if (!decoded.charset.startsWith("utf-16") && bytes.includes(0)) {
    return "binary content (NUL bytes) served as text";
  }
  const replacements = countReplacements(decoded.text);
  if (replacements > 0 && replacements / Math.max(decoded.text.length, 1) > 0.05) {
    return `undecodable as ${decoded.charset} (${replacements} invalid sequences)`;
  }
  return null;
}
