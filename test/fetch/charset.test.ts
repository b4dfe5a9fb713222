import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  binaryContentReason,
  charsetFromMeta,
  decodeBody,
  normalizeCharset,
} from "../../src/fetch/charset.js";

const KOREAN = "서버 점검으로 결제가 멈췄다. 똠방각하 뷁";
const cp949 = (text: string) => iconv.encode(text, "cp949");
const utf8 = (text: string) => Buffer.from(text, "utf8");

describe("normalizeCharset", () => {
  it.each([
    "euc-kr",
    "EUC-KR",
    "ks_c_5601-1987",
    "x-windows-949",
    "ksc5601",
    "cp949",
    '"euc-kr"',
  ])("%s decodes as cp949", (label) => expect(normalizeCharset(label)).toBe("cp949"));
  it("maps utf8 spellings and latin1 labels, and rejects unknown labels", () => {
    expect(normalizeCharset("UTF8")).toBe("utf-8");
    expect(normalizeCharset("iso-8859-1")).toBe("windows-1252");
    expect(normalizeCharset("x-no-such-charset")).toBeNull();
    expect(normalizeCharset("")).toBeNull();
  });
});

describe("decodeBody", () => {
  it("uses the HTTP header charset", () => {
    const result = decodeBody(cp949(`<p>${KOREAN}</p>`), "text/html; charset=EUC-KR");
    expect(result).toEqual({ text: `<p>${KOREAN}</p>`, charset: "cp949" });
  });

  it("decodes CP949-only syllables that TextDecoder('euc-kr') garbles", () => {
    const bytes = cp949("똠 뷁");
    expect(new TextDecoder("euc-kr").decode(bytes)).not.toBe("똠 뷁");
    expect(decodeBody(bytes, "text/html; charset=euc-kr").text).toBe("똠 뷁");
  });

  it("finds <meta charset> and <meta http-equiv> in the first 4 KB", () => {
    const short = cp949(`<html><head><meta charset="euc-kr"></head><body>${KOREAN}</body></html>`);
    expect(decodeBody(short, "text/html").charset).toBe("cp949");
    const equiv = cp949(
      `<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"><p>${KOREAN}</p>`,
    );
    expect(charsetFromMeta(equiv)).toBe("ks_c_5601-1987");
    const late = Buffer.concat([utf8(" ".repeat(5000)), utf8('<meta charset="euc-kr">')]);
    expect(charsetFromMeta(late)).toBeNull();
  });

  it("lets a BOM override the header and strips it", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(KOREAN)]);
    expect(decodeBody(bytes, "text/html; charset=euc-kr")).toEqual({ text: KOREAN, charset: "utf-8" });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(KOREAN, "utf16le")]);
    expect(decodeBody(utf16, null)).toEqual({ text: KOREAN, charset: "utf-16le" });
  });

  it("sniffs UTF-8 first, then falls back to CP949", () => {
    expect(decodeBody(utf8(KOREAN), "text/html").charset).toBe("utf-8");
    expect(decodeBody(cp949(KOREAN), "text/html")).toEqual({ text: KOREAN, charset: "cp949" });
    expect(decodeBody(utf8("plain ascii"), null).charset).toBe("utf-8");
  });

  it("recovers when the declared charset is wrong in either direction", () => {
    expect(decodeBody(utf8(KOREAN), "text/html; charset=euc-kr")).toEqual({ text: KOREAN, charset: "utf-8" });
    expect(decodeBody(cp949(KOREAN), "text/html; charset=utf-8")).toEqual({ text: KOREAN, charset: "cp949" });
  });

  it("round-trips any Korean text encoded as CP949 or UTF-8 (property)", () => {
    expect(decodeBody(cp949("퉤"), null).charset).toBe("utf-8"); // the documented ambiguity
    const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCharCode(code));
    const text = fc
      .array(fc.oneof(hangul, fc.constantFrom(" ", ".", "a", "1", "\n")), { minLength: 1, maxLength: 200 })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, (sample) => {
        expect(decodeBody(cp949(sample), "text/html; charset=euc-kr").text).toBe(sample);
        expect(decodeBody(utf8(sample), "text/html").text).toBe(sample);
        // A few CP949 syllables are also valid UTF-8 byte pairs (퉤 = C6 A1 = "ơ"), so sniffing is only
        // claimed for text with enough Hangul to make that coincidence negligible, as on any real page.
        const sniffed = decodeBody(cp949(sample), null);
        if ((sample.match(/[가-힣]/g) ?? []).length >= 8)
          expect(sniffed).toEqual({ text: sample, charset: "cp949" });
      }),
    );
  });
});

describe("binaryContentReason", () => {
  it("flags NUL bytes unless the text is UTF-16", () => {
    const bytes = Buffer.from([0x3c, 0x70, 0x00, 0x3e]);
    expect(binaryContentReason(bytes, decodeBody(bytes, null))).toBe(
      "binary content (NUL bytes) served as text",
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<p>hi</p>", "utf16le")]);
    expect(binaryContentReason(utf16, decodeBody(utf16, null))).toBeNull();
  });

  it("flags bytes that are mostly invalid in the chosen charset, and passes real text", () => {
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 0xff : 0x80)));
    expect(binaryContentReason(noise, decodeBody(noise, null))).toMatch(/^undecodable as cp949/);
    const text = cp949(KOREAN);
    expect(binaryContentReason(text, decodeBody(text, null))).toBeNull();
  });
});
