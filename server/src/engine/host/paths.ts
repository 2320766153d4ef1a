/**
 * `/`-separated path arithmetic for the host and everything below it (no
 * `node:path`, so a browser build can run the engine over `vscode.workspace.fs`
 * paths). Absolute paths start with `/`; a Windows drive path (`C:/...`,
 * `C:\...`) is accepted and its separators are read as `/`.
 */

const SEP = /[\\/]/;

function lastSep(p: string): number {
  return Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
}

/** The folder of `p` (`/` for a file at the root; the path itself for the root). */
export function dirname(p: string): string {
  const i = lastSep(p);
  if (i < 0) return '.';
  if (i === 0) return p.slice(0, 1);
  if (i === 2 && /^[A-Za-z]:/.test(p)) return p.slice(0, 3);
  return p.slice(0, i);
}

export function basename(p: string): string {
  return p.slice(lastSep(p) + 1);
}

/** The separator a path already uses (a Windows drive path keeps its backslashes). */
function sepOf(p: string): string {
  return /^[A-Za-z]:\\/.test(p) ? '\\' : '/';
}

export function join(dir: string, name: string): string {
  return SEP.test(dir.slice(-1)) ? dir + name : dir + sepOf(dir) + name;
}

/** True when `p` is `dir` or inside it. */
export function isAtOrUnder(p: string, dir: string): boolean {
  return p === dir || isUnder(p, dir);
}

/** True when `p` is strictly inside `dir`. */
export function isUnder(p: string, dir: string): boolean {
  if (!p.startsWith(dir) || p.length === dir.length) return false;
  return SEP.test(dir.slice(-1)) || SEP.test(p[dir.length]);
}

/** `file` relative to `root`, `/`-separated (`..` segments when outside it). */
export function relative(root: string, file: string): string {
  const a = root.split(SEP).filter(Boolean);
  const b = file.split(SEP).filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** The folders from `dir` up to the file system root (or `stop`, included), nearest first. */
export function* ancestors(dir: string, stop?: string): Generator<string> {
  let d = dir;
  for (;;) {
    yield d;
    if (d === stop) return;
    const up = dirname(d);
    if (up === d) return;
    d = up;
  }
}

/** True for an absolute file path (`/...` or a Windows drive); false for editor keys such as `untitled:Untitled-1`. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p);
}
