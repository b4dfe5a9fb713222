// Compiles rule patterns built from named pieces (`{outage}` → the piece's
// alternation) and rejects shapes that can backtrack catastrophically.

const PIECE_REF = /\{([a-z][a-z0-9_]*)\}/g;

export class PatternError extends Error {}

export function expandPieces(source: string, pieces: Record<string, string>, seen: string[] = []): string {
  return source.replace(PIECE_REF, (_, name: string) => {
    const piece = pieces[name];
    if (piece === undefined) throw new PatternError(`unknown piece {${name}}`);
    if (seen.includes(name)) throw new PatternError(`piece {${name}} refers to itself`);
    return `(?:${expandPieces(piece, pieces, [...seen, name])})`;
  });
}

/**
 * Rejects the two shapes behind almost all catastrophic backtracking:
 * an unbounded quantifier on a group that itself contains an unbounded
 * quantifier (`(a+)+`), and unbounded wildcards (`.*`, `.+`), which rules
 * must write with a bound (`.{0,30}`).
 */
export function assertSafePattern(source: string): void {
  const stack: boolean[] = [];
  let lastGroupHadUnbounded = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "[") {
      i = skipClass(source, i);
      continue;
    }
    if (ch === "(") {
      stack.push(false);
      continue;
    }
    if (ch === ")") {
      lastGroupHadUnbounded = stack.pop() ?? false;
      const q = unboundedQuantifierAt(source, i + 1);
      if (q && lastGroupHadUnbounded)
        throw new PatternError(
          `nested unbounded quantifier near "${source.slice(Math.max(0, i - 20), i + 2)}"`,
        );
      if (stack.length && (lastGroupHadUnbounded || q)) stack[stack.length - 1] = true;
      continue;
    }
    if (ch === "." && (source[i + 1] === "*" || source[i + 1] === "+")) {
      throw new PatternError("unbounded wildcard (.* or .+): write a bound like .{0,30}");
    }
    if (unboundedQuantifierAt(source, i) && stack.length) stack[stack.length - 1] = true;
  }
}

function skipClass(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === "\\") j++;
    else if (source[j] === "]") return j;
  }
  throw new PatternError("unterminated character class");
}

function unboundedQuantifierAt(source: string, i: number): boolean {
  const ch = source[i];
  if (ch === "+" || ch === "*") return true;
  if (ch === "{") return /^\{\d+,\}/.test(source.slice(i));
  return false;
}

export function compilePattern(source: string, pieces: Record<string, string>, flags = "gu"): RegExp {
  const expanded = expandPieces(source, pieces);
  assertSafePattern(expanded);
  try {
    return new RegExp(expanded, flags);
  } catch (err) {
    throw new PatternError(`invalid regular expression: ${(err as Error).message}`);
  }
}
