import { readFileSync } from "node:fs";
import { isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";

/** A rule file problem, always reported as `file:line:column: what is wrong`. */
export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
  }
}

export interface Located<T> {
  data: T;
  file: string;
  /** Line and column of the YAML node at a path, for errors found after parsing. */
  locate(path: Array<string | number>): { line: number; column: number };
}

export function loadYamlFile<S extends z.ZodType>(file: string, schema: S): Located<z.infer<S>> {
  const source = readFileSync(file, "utf8");
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new RuleFileError(file, line, col, first.message.split("\n")[0] ?? "invalid YAML");
  }
  const locate = (path: Array<string | number>) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const { line, column } = locate(path);
    const where = path.length ? ` (at ${path.join(".")})` : "";
    throw new RuleFileError(file, line, column, `${issue.message}${where}`);
  }
  return { data: parsed.data, file, locate };
}
