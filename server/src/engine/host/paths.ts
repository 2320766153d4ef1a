/**
 * `/`-separated path arithmetic for the host and everything below it (no
 * `node:path`, so a browser build can run the engine over `vscode.workspace.fs`
 * paths). Absolute paths start with `/`; a Windows drive path (`C:/...`,
 * `C:\...`) is accepted and its separators are read as `/`. A URI of a
 * hierarchical scheme (`vscode-vfs://github/owner/repo/plan.mplan.yaml`) is a
 * path too, whose root is `scheme://authority/`: a browser build keys files
 * of virtual workspaces by their URIs.
 */

const SEP = /[\\/]/;

/** `scheme://authority/` at the start of a URI key. */
const URI_ROOT = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*\//;

/** The length of the root of a URI key (`scheme://authority/`), 0 for a path. */
function uriRootLength(p: string): number {
  return URI_ROOT.exec(p)?.[0].length ?? 0;
}

function lastSep(p: string): number {
  return Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
}

/** The folder of `p` (`/` for a file at the root; the path itself for the root). */
export function dirname(p: string): string {
  const i = lastSep(p);
  const root = uriRootLength(p);
  if (root) return i < root ? p.slice(0, root) : p.slice(0, i);
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

/**
 * True for a key naming a file in a folder hierarchy: an absolute path, or a URI of a hierarchical
 * scheme other than `file:` (a `file:` URI is keyed by its path); false for an untitled buffer.
 */
export function isFileKey(p: string): boolean {
  return isAbsolutePath(p) || (uriRootLength(p) > 0 && !/^file:/i.test(p));
}
