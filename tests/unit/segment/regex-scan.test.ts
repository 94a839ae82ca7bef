// Every regular expression in lib/: no `\b` next to a non-ASCII alternative. JavaScript's `\b`
// knows only ASCII word characters, so `/брифинг\b/` never matches before a space or a comma.
// Each file is stripped of its types (esbuild) and parsed (acorn); regex literals and the first
// argument of `RegExp(...)` are checked. In a template or a concatenation, an interpolated value
// (`${LETTER}`, a Cyrillic class) counts as non-ASCII.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'acorn';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/shared';

/** A regex source with interpolations replaced by this marker (a non-ASCII stand-in). */
const HOLE = '\u0416';

/** The atom that ends just before `end` (a group, a class, an escape or one character). */
function atomBefore(src: string, end: number): string {
  let i = end - 1;
  // Skip a quantifier: `?`, `*`, `+`, `{m,n}`, and a lazy `?` after it.
  if (src[i] === '?' && /[?*+}]/.test(src[i - 1] ?? '')) i--;
  if (src[i] === '}') i = src.lastIndexOf('{', i) - 1;
  else if (/[?*+]/.test(src[i] ?? '')) i--;
  if (i < 0) return '';
  const close = src[i];
  if (close === ')' || close === ']') {
    const open = close === ')' ? '(' : '[';
    let depth = 0;
    for (let j = i; j >= 0; j--) {
      if (src[j - 1] === '\\') continue;
      if (src[j] === close) depth++;
      else if (src[j] === open && --depth === 0) return src.slice(j, i + 1);
    }
    return src.slice(0, i + 1);
  }
  return src.slice(Math.max(0, i - 1), i + 1);
}

/** The atom that starts at `start`. */
function atomAfter(src: string, start: number): string {
  const c = src[start];
  if (c === '(' || c === '[') {
    const close = c === '(' ? ')' : ']';
    let depth = 0;
    for (let j = start; j < src.length; j++) {
      if (src[j] === '\\') {
        j++;
        continue;
      }
      if (src[j] === c) depth++;
      else if (src[j] === close && --depth === 0) return src.slice(start, j + 1);
    }
    return src.slice(start);
  }
  return c === '\\' ? src.slice(start, start + 2) : (c ?? '');
}

// Any code unit above U+007F (a character class of the ASCII range would spell out NUL).
const nonAscii = (atom: string): boolean =>
  [...atom].some((c) => c.charCodeAt(0) > 0x7f) || /\\u(?:[89a-f][0-9a-f]|0[89a-f])[0-9a-f]{2}/i.test(atom);

/** Positions of `\b` in a regex source that touch a non-ASCII atom. */
function badWordBoundaries(src: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < src.length; i++) {
    if (src[i] !== '\\') continue;
    if (src[i + 1] === 'b' && (src[i - 1] !== '\\' || src[i - 2] === '\\')) {
      const before = atomBefore(src, i);
      const after = atomAfter(src, i + 2);
      if (nonAscii(before) || nonAscii(after)) found.push(`${before}\\b${after}`);
    }
    i++;
  }
  return found;
}

interface AstNode {
  type: string;
  loc?: { start: { line: number } };
  [key: string]: unknown;
}

/** Regex sources of one file: literals, and the first argument of `RegExp(...)`/`new RegExp(...)`. */
function regexSources(file: string): { line: number; src: string }[] {
  const js = transformSync(readFileSync(file, 'utf8'), { loader: file.endsWith('x') ? 'tsx' : 'ts', jsx: 'preserve' }).code;
  const ast = parse(js, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as AstNode;
  const out: { line: number; src: string }[] = [];
  const stringOf = (n: AstNode): string => {
    if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
    if (n.type === 'TemplateLiteral') {
      const quasis = n.quasis as { value: { cooked: string } }[];
      return quasis.map((q) => q.value.cooked).join(HOLE);
    }
    if (n.type === 'BinaryExpression' && n.operator === '+') return stringOf(n.left as AstNode) + stringOf(n.right as AstNode);
    return HOLE;
  };
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== 'object' || typeof (n as AstNode).type !== 'string') return;
    const node = n as AstNode;
    const line = node.loc?.start.line ?? 0;
    if (node.type === 'Literal' && node.regex) out.push({ line, src: (node.regex as { pattern: string }).pattern });
    const callee = node.callee as AstNode | undefined;
    const args = node.arguments as AstNode[] | undefined;
    if (
      (node.type === 'NewExpression' || node.type === 'CallExpression') &&
      callee?.type === 'Identifier' &&
      callee.name === 'RegExp' &&
      args?.length
    )
      out.push({ line, src: stringOf(args[0]) });
    for (const [k, v] of Object.entries(node)) if (k !== 'loc') visit(v);
  };
  visit(ast);
  return out;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('regex scan: no ASCII-only word boundary next to non-ASCII text', () => {
  it('the scanner catches the known bug and lets ASCII-only boundaries pass', () => {
    expect(badWordBoundaries('^(?:briefing by|брифинг)\\b')).toHaveLength(1);
    expect(badWordBoundaries('\\bвопрос:')).toHaveLength(1);
    expect(badWordBoundaries(`[${HOLE}]+\\b`)).toHaveLength(1);
    expect(badWordBoundaries('(?:д|е)?\\b')).toHaveLength(1);
    expect(badWordBoundaries('\\bbriefing\\b|брифинг')).toEqual([]);
    expect(badWordBoundaries('\\\\b')).toEqual([]);
    expect(badWordBoundaries('[\\b]')).toEqual([]);
  });

  it('every regex in lib/ is clean', () => {
    const files = tsFiles(join(repoRoot, 'lib'));
    let scanned = 0;
    const problems: string[] = [];
    for (const f of files) {
      for (const { line, src } of regexSources(f)) {
        scanned++;
        for (const bad of badWordBoundaries(src)) problems.push(`${relative(repoRoot, f)}:${line}: ${bad}`);
      }
    }
    console.log(
      `regex scan: ${scanned} regular expressions in ${files.length} files under lib/ (line numbers are of the type-stripped code)`,
    );
    expect(scanned).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});
