/** `mplan check --fix`: apply chosen fixes in bounded rounds, never writing a file that would not parse. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyEdits, collectEdits } from '../engine/fix/apply';
import { parseFile } from '../engine/parse/parse-file';
import { checkPaths, type CheckResult } from '../engine/project/check';
import type { LoadOptions } from '../engine/project/disk';
import { displayPath } from './display-path';
import { decodeText, pathKind } from '../engine/project/disk';
import { randomBytes } from 'node:crypto';

const MAX_ROUNDS = 10;

/** A changed file that was not written, and why. */
export interface NotWritten {
  file: string;
  /** `changed`: its text on disk is no longer the text the fixes were computed on. */
  kind: 'changed' | 'failed';
  reason: string;
}

export interface FixOutcome {
  result: CheckResult;
  /** Changed files: absolute path -> [original, fixed]. */
  changed: Map<string, [string, string]>;
  /** Files left as they were although fixes were computed for them (written only); `result` then no longer matches the disk. */
  notWritten: NotWritten[];
  rounds: number;
}

export interface FixHooks {
  /** Called after the fixes are computed, just before a file is checked and written (an editor may save meanwhile). */
  beforeWrite?(file: string): void;
}

/** Compute fixes in memory over bounded rounds; write the changed files at the end when `write`. */
export function fixPaths(
  paths: readonly string[],
  unsafe: boolean,
  write: boolean,
  hooks: FixHooks = {},
  load: LoadOptions = {},
): FixOutcome {
  const originals = new Map<string, string>();
  const current = new Map<string, string>();
  let result = checkPaths(paths, load);
  let rounds = 0;
  for (; rounds < MAX_ROUNDS; rounds++) {
    const edits = collectEdits(result.findings, unsafe);
    let progressed = false;
    for (const [file, list] of edits) {
      const parsed = result.project.files.get(file) ?? result.project.loader.configs.get(file);
      if (!parsed || parsed.unreadable !== undefined) continue;
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
    result = checkPaths(paths, { ...load, overlay: new Map([...(load.overlay ?? []), ...current]) });
  }
  const changed = new Map<string, [string, string]>();
  for (const [file, original] of originals) {
    const fixed = current.get(file) ?? original;
    if (fixed !== original) changed.set(file, [original, fixed]);
  }
  const notWritten: NotWritten[] = [];
  if (write) {
    for (const [file, [original, fixed]] of [...changed].sort(([a], [b]) => (a < b ? -1 : 1))) {
      hooks.beforeWrite?.(file);
      const problem = writeIfUnchanged(file, original, fixed);
      if (problem) notWritten.push({ file, ...problem });
    }
  }
  return { result, changed, notWritten, rounds };
}

/** The bytes of a regular file (never opening anything else), or why not. */
function readRegular(file: string): Buffer | string {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return `cannot be opened (${(e as NodeJS.ErrnoException).code ?? 'I/O error'})`;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return 'not a regular file';
    return fs.readFileSync(fd);
  } catch (e) {
    return `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'I/O error'})`;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Write `fixed` over `file` only if its text is still `original`: atomically
 * (a temporary file beside the target, then a rename), through a symbolic
 * link to its target (the link stays), keeping the BOM and the permissions,
 * and removing the temporary file when anything fails.
 */
function writeIfUnchanged(file: string, original: string, fixed: string): Omit<NotWritten, 'file'> | undefined {
  let target: string;
  try {
    target = fs.realpathSync(file);
  } catch (e) {
    return { kind: 'changed', reason: `it is gone (${(e as NodeJS.ErrnoException).code ?? 'I/O error'})` };
  }
  if (pathKind(target) !== 'file') return { kind: 'changed', reason: 'it is no longer a regular file' };
  const raw = readRegular(target);
  if (typeof raw === 'string') return { kind: 'failed', reason: raw };
  const hadBom = raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf;
  const now = decodeText(raw);
  if (!now.ok || now.text !== original) return { kind: 'changed', reason: 'it changed on disk while the fixes were computed' };
  const st = fs.statSync(target);
  if ((st.mode & 0o222) === 0) return { kind: 'failed', reason: 'it is read-only' };
  const body = Buffer.from((hadBom ? '\ufeff' : '') + fixed, 'utf8');
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(tmp, body, { mode: 0o600, flag: 'wx' });
    fs.chmodSync(tmp, st.mode & 0o7777);
    try {
      fs.chownSync(tmp, st.uid, st.gid);
    } catch {
      // Only the owner or root may give a file away; the mode is what matters here.
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Reported below with the error that stopped the write.
    }
    return { kind: 'failed', reason: `it could not be written (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  return undefined;
}

export function unifiedDiff(changed: Map<string, [string, string]>, cwd: string): string {
  let out = '';
  for (const [file, [a, b]] of [...changed].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const rel = displayPath(file, cwd);
    out += createTwoFilesPatch(`a/${rel}`, `b/${rel}`, a, b, '', '', { context: 3 })
      .replace(/^=+\n/, '')
      .replace(/^(---|\+\+\+) (.*)\t$/gm, '$1 $2');
  }
  return out;
}
