import { stringify } from "csv-stringify/sync";

export type Row = Record<string, unknown>;

export function printJsonl(rows: Iterable<unknown>, out = process.stdout): void {
  for (const r of rows) out.write(`${JSON.stringify(r)}\n`);
}

export function toCsv(rows: Row[]): string {
  if (!rows.length) return "";
  return stringify(rows, { header: true, columns: Object.keys(rows[0]!) });
}

/** A plain aligned text table; wide columns are cut with an ellipsis. */
export function toTable(rows: Row[], maxWidth = 48): string {
  if (!rows.length) return "(none)\n";
  const cols = Object.keys(rows[0]!);
  const cell = (v: unknown) => {
    const s = v == null ? "" : String(v);
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  };
  const width = (s: string) =>
    [...s].reduce(
      (w, ch) => w + (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/u.test(ch) ? 2 : 1),
      0,
    );
  const widths = cols.map((c) => Math.max(width(c), ...rows.map((r) => width(cell(r[c])))));
  const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => pad(v, widths[i]!))
      .join("  ")
      .trimEnd();
  return `${[line(cols), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r[c]))))].join("\n")}\n`;
}
