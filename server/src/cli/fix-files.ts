/** `mplan check --fix`: apply chosen fixes in bounded rounds, never writing a file that would not parse. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyEdits, collectEdits } from '../engine/fix/apply';
import { parseFile } from '../engine/parse/parse-file';
import { checkPaths, type CheckResult } from '../engine/project/check';
import { displayPath } from '../engine/analyze';

const MAX_ROUNDS = 10;

export interface FixOutcome {
  result: CheckResult;
  /** Changed files: absolute path -> [original, fixed]. */
  changed: Map<string, [string, string]>;
  rounds: number;
}

/** Compute fixes in memory over bounded rounds; write the changed files at the end when `write`. */
export function fixPaths(paths: readonly string[], unsafe: boolean, write: boolean): FixOutcome {
  const originals = new Map<string, string>();
  const current = new Map<string, string>();
  let result = checkPaths(paths);
  let rounds = 0;
  for (; rounds < MAX_ROUNDS; rounds++) {
    const edits = collectEdits(result.findings, unsafe);
    let progressed = false;
    for (const [file, list] of edits) {
      const parsed = result.project.files.get(file) ?? result.project.loader.configs.get(file);
      if (!parsed) continue;
      const before = parsed.source.text;
      const after = applyEdits(before, list);
      if (after === before) continue;
      // Never produce a file that does not parse.
      if (parseFile(file, after).syntaxErrors.length && !parsed.syntaxErrors.length) continue;
      if (!originals.has(file)) originals.set(file, before);
      current.set(file, after);
      progressed = true;
    }
    if (!progressed) break;
    result = checkPaths(paths, { overlay: current });
  }
  const changed = new Map<string, [string, string]>();
  for (const [file, original] of originals) {
    const fixed = current.get(file) ?? original;
    if (fixed !== original) changed.set(file, [original, fixed]);
  }
  if (write) for (const [file, [, fixed]] of changed) writeKeeping(file, fixed);
  return { result, changed, rounds };
}

/** Write atomically (temp file + rename), keeping the file's BOM. */
export function writeKeeping(file: string, text: string): void {
  const raw = fs.readFileSync(file);
  const hadBom = raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf;
  const body = Buffer.from((hadBom ? '\ufeff' : '') + text, 'utf8');
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const mode = fs.statSync(file).mode;
  fs.writeFileSync(tmp, body, { mode });
  fs.renameSync(tmp, file);
}

export function unifiedDiff(changed: Map<string, [string, string]>, cwd: string): string {
  let out = '';
  for (const [file, [a, b]] of [...changed].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const rel = displayPath(file, cwd);
    out += createTwoFilesPatch(`a/${rel}`, `b/${rel}`, a, b, '', '', { context: 3 }).replace(/^=+\n/, '').replace(/^(---|\+\+\+) (.*)\t$/gm, '$1 $2');
  }
  return out;
}
