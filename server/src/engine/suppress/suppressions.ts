/**
 * Suppression comments: `# mplan-disable-next-line CODE...`, `# mplan-disable-line CODE...`
 * (at the end of the line), `# mplan-disable-file CODE...`. Codes or rule names.
 */
import { visit } from 'yaml';
import type { Finding } from '../findings';
import type { ParsedFile } from '../parse/parse-file';
import type { Span } from '../text/source-file';

export type DirectiveKind = 'next-line' | 'line' | 'file';

export interface SuppressionToken {
  word: string;
  span: Span;
  used: boolean;
}

export interface Directive {
  kind: DirectiveKind;
  /** The 0-based line of the comment. */
  line: number;
  /** The comment's span from `#` to the end of the line. */
  comment: Span;
  /** True when the comment is alone on its line. */
  ownLine: boolean;
  tokens: SuppressionToken[];
}

const DIRECTIVE = /#\s*mplan-disable-(next-line|line|file)\b([^\r\n]*)/g;

/** Ranges of scalar values, sorted by start: a `#` inside one (a quoted string, a block scalar) is no comment. */
function scalarRanges(file: ParsedFile): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!file.doc) return out;
  visit(file.doc, {
    Scalar(_k, n) {
      if (n.range) out.push([n.range[0], n.range[1]]);
      return undefined;
    },
  });
  return out.sort((x, y) => x[0] - y[0]);
}

/** True when `offset` falls inside one of the sorted, non-overlapping ranges (binary search). */
function inside(ranges: ReadonlyArray<[number, number]>, offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid];
    if (offset < a) hi = mid - 1;
    else if (offset >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

export function findDirectives(file: ParsedFile): Directive[] {
  const text = file.source.text;
  if (!text.includes('mplan-disable-')) return [];
  const scalars = scalarRanges(file);
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const hash = m.index;
    const before = hash > 0 ? text[hash - 1] : '\n';
    // A YAML comment starts the line or follows whitespace, outside any scalar.
    if (!/\s/.test(before)) continue;
    if (inside(scalars, hash)) continue;
    const pos = file.source.positionAt(hash);
    const lineStart = file.source.lineStart(pos.line);
    const ownLine = text.slice(lineStart, hash).trim() === '';
    // Words after `--` are a reason for the reader, not codes (no code or rule name holds `--`).
    const rest = m[2].split('--')[0];
    const restStart = hash + m[0].length - m[2].length;
    const tokens: SuppressionToken[] = [];
    const word = /[A-Za-z0-9-]+/g;
    for (let w = word.exec(rest); w; w = word.exec(rest)) {
      tokens.push({ word: w[0], span: { offset: restStart + w.index, length: w[0].length }, used: false });
    }
    const commentEnd = file.source.lineEnd(pos.line);
    out.push({ kind: m[1] as DirectiveKind, line: pos.line, comment: { offset: hash, length: commentEnd - hash }, ownLine, tokens });
  }
  return out;
}

/** Lines a directive covers: -1 means the whole file. */
function coveredLine(d: Directive): number {
  return d.kind === 'file' ? -1 : d.kind === 'line' ? d.line : d.line + 1;
}

/**
 * Mark findings covered by a directive as suppressed, and the directive's
 * tokens that name them as used. Directives are indexed by the line they
 * cover, so that a file with many suppressions stays linear.
 */
export function applySuppressions(
  findings: Finding[],
  files: readonly ParsedFile[],
  directives: ReadonlyMap<ParsedFile, Directive[]>,
  codeOf: (word: string) => string | undefined,
): void {
  const byPath = new Map<string, { fileWide: Directive[]; byLine: Map<number, Directive[]> }>();
  for (const f of files) {
    const ds = directives.get(f);
    if (!ds?.length) continue;
    const entry = { fileWide: [] as Directive[], byLine: new Map<number, Directive[]>() };
    for (const d of ds) {
      const line = coveredLine(d);
      if (line === -1) entry.fileWide.push(d);
      else {
        const list = entry.byLine.get(line);
        if (list) list.push(d);
        else entry.byLine.set(line, [d]);
      }
    }
    byPath.set(f.path, entry);
  }
  if (!byPath.size) return;
  for (const finding of findings) {
    const entry = byPath.get(finding.file);
    if (!entry) continue;
    for (const d of [...entry.fileWide, ...(entry.byLine.get(finding.range.start.line) ?? [])]) {
      for (const t of d.tokens) {
        if (codeOf(t.word) === finding.code) {
          t.used = true;
          finding.suppressed = true;
        }
      }
    }
  }
}
