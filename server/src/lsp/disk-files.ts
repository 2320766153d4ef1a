/**
 * What the server reads from disk: plan and config files through
 * `readFileText` (only regular files are ever read, never a FIFO, socket or
 * device), and the scope of a file opened from anywhere, found by walking up
 * as the CLI does (never above the folder holding `.git`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readFileText } from '../engine/project/disk';
import { parseFile, type ParsedFile } from '../engine/parse/parse-file';
import { declaresPlan, isPlanFile } from '../engine/scope/scopes';

/** What the server makes of a file on disk. */
export type DiskState =
  | { kind: 'text'; text: string }
  /** Cannot be read as text (encoding, permission): MP001 at 1:1, no entities. */
  | { kind: 'unreadable'; reason: string }
  /** Gone, a folder, or not a regular file (FIFO, socket, device): not a plan file at all. */
  | { kind: 'absent'; reason: string };

export function diskState(file: string): DiskState {
  const r = readFileText(file);
  if (r.ok) return { kind: 'text', text: r.text };
  if (r.missing || r.special || r.reason === 'is a directory') return { kind: 'absent', reason: r.reason };
  return { kind: 'unreadable', reason: r.reason };
}

/** The folder holding `.git` at or above `dir`, or the file system root. */
export function gitBoundary(dir: string): string {
  let d = dir;
  for (;;) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) return d;
    d = up;
  }
}

function planFilesIn(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((e) => isPlanFile(e.name) && (e.isFile() || e.isSymbolicLink())).map((e) => path.join(dir, e.name)).sort();
}

/**
 * The root of the scope of `file`: the nearest folder at or above it holding a
 * plan file that declares `plan:`, up to `boundary`. `known` gives the parsed
 * text of files the server already holds (open documents win over disk).
 */
export function scopeRootOnDisk(file: string, boundary: string, known: (file: string) => ParsedFile | undefined): string | undefined {
  let dir = path.dirname(file);
  for (;;) {
    const declaring = planFilesIn(dir).some((p) => {
      const k = known(p);
      if (k) return declaresPlan(k);
      const s = diskState(p);
      return s.kind === 'text' && declaresPlan(parseFile(p, s.text));
    });
    if (declaring) return dir;
    if (dir === boundary) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
