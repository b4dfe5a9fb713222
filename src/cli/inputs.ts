import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export type InputKind = "url" | "file" | "stdin";

export interface Input {
  kind: InputKind;
  /** The path or URL as given (directories expand to their files). */
  source: string;
}

const ARTICLE_FILE = /\.(?:html?|txt)$/i;

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Files, directories (their .html/.htm/.txt files, sorted), URLs and `-` (stdin). */
export function expandInputs(args: string[], fromFile?: string): Input[] {
  const all = [...args];
  if (fromFile) {
    const lines = readFileSync(fromFile === "-" ? 0 : fromFile, "utf8").split(/\r?\n/);
    for (const line of lines) {
      const t = line.trim();
      if (t && !t.startsWith("#")) all.push(t);
    }
  }
  const out: Input[] = [];
  for (const a of all) {
    if (a === "-") out.push({ kind: "stdin", source: "-" });
    else if (isUrl(a)) out.push({ kind: "url", source: a });
    else out.push(...expandPath(a));
  }
  return out;
}

function expandPath(p: string): Input[] {
  let st: ReturnType<typeof statSync> | null = null;
  try {
    st = statSync(p);
  } catch {
    // A missing path is a failed input, recorded like any other: the rest go on.
  }
  if (st?.isDirectory()) {
    return readdirSync(p)
      .filter((f) => ARTICLE_FILE.test(f))
      .sort()
      .flatMap((f) => expandPath(join(p, f)));
  }
  return [{ kind: "file", source: p }];
}
