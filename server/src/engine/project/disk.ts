/**
 * Load plans from disk for a set of paths: the files under them, the whole
 * scope of each (walking up to the scope's plan file, never above the folder
 * holding `.git`), and the config that applies. Errors are values, not throws.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFile, type ParsedFile } from '../parse/parse-file';
import { CONFIG_FILE, computeScopes, declaresPlan, isPlanFile, type ScopeFiles } from '../scope/scopes';
import { misplacedConfigDirs } from '../config/placement';

export class LoadError extends Error {}

const SKIP_DIRS = new Set(['node_modules', '.git']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface DiskProject {
  /** Every plan file read, by absolute path. */
  files: Map<string, ParsedFile>;
  /** The scopes that hold at least one requested file. */
  scopes: ScopeFiles[];
  /** The requested plan files (absolute). */
  requested: Set<string>;
  /** `mplan.config.yaml` files met below scope roots, per scope root. */
  configsBelow: Map<string, ParsedFile[]>;
  /** Boundary (the folder holding `.git`, or the filesystem root) per scope root. */
  boundaries: Map<string, string>;
  /** Time spent reading and parsing (ms), for the benchmark. */
  timings: { read: number; parse: number };
  loader: DiskLoader;
}

/** What reading one file gave: its text, or why it cannot be read as text. */
export type FileRead = { ok: true; text: string } | { ok: false; reason: string; special: boolean; missing: boolean };

/**
 * Read a file as UTF-8 text, only if it is a regular file (also behind a
 * symbolic link). FIFOs, sockets and devices are never read: the file is
 * opened non-blocking and checked with fstat before any byte is read, so a
 * FIFO swapped in after a stat cannot block either. Never throws.
 */
export function readFileText(file: string): FileRead {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'ENXIO' ? 'not a regular file' : `cannot be opened (${code ?? 'I/O error'})`;
    return { ok: false, reason, special: code === 'ENXIO', missing: code === 'ENOENT' };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: st.isDirectory() ? 'is a directory' : 'not a regular file', special: !st.isDirectory(), missing: false };
    let buf: Buffer;
    try {
      buf = fs.readFileSync(fd);
    } catch (e) {
      return { ok: false, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'I/O error'})`, special: false, missing: false };
    }
    return decodeText(buf);
  } finally {
    fs.closeSync(fd);
  }
}

/** UTF-8 only; a UTF-8 BOM is dropped by the decoder, as editors do. */
export function decodeText(buf: Uint8Array): FileRead {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    return { ok: false, reason: 'the file is UTF-16 text, not UTF-8: save it as UTF-8', special: false, missing: false };
  }
  try {
    return { ok: true, text: utf8.decode(buf) };
  } catch {
    return { ok: false, reason: 'the file is not UTF-8 text (Latin-1 or another encoding?): save it as UTF-8', special: false, missing: false };
  }
}

/** Read a regular file as UTF-8 text; throws LoadError saying why not. */
export function readText(file: string): string {
  const r = readFileText(file);
  if (!r.ok) throw new LoadError(`cannot read ${file}: ${r.reason}`);
  return r.text;
}

function gitBoundary(dir: string): string {
  let d = dir;
  for (;;) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) return d;
    d = up;
  }
}

export class DiskLoader {
  readonly files = new Map<string, ParsedFile>();
  private readonly dirEntries = new Map<string, fs.Dirent[]>();
  private readonly walked = new Set<string>();
  readonly configs = new Map<string, ParsedFile>();
  readonly timings = { read: 0, parse: 0 };

  /** `overlay`: texts that stand in for files on disk (in-memory fix rounds). */
  constructor(private readonly overlay: ReadonlyMap<string, string> = new Map()) {}

  private entries(dir: string): fs.Dirent[] {
    let e = this.dirEntries.get(dir);
    if (!e) {
      try {
        e = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        e = [];
      }
      this.dirEntries.set(dir, e);
    }
    return e;
  }

  load(file: string): ParsedFile {
    let f = this.files.get(file);
    if (!f) {
      const t0 = performance.now();
      const text = this.overlay.get(file) ?? readText(file);
      const t1 = performance.now();
      f = parseFile(file, text);
      this.timings.read += t1 - t0;
      this.timings.parse += performance.now() - t1;
      this.files.set(file, f);
    }
    return f;
  }

  loadConfig(file: string): ParsedFile {
    let f = this.configs.get(file);
    if (!f) {
      f = parseFile(file, this.overlay.get(file) ?? readText(file));
      this.configs.set(file, f);
    }
    return f;
  }

  /** Plan files directly in `dir`. */
  planFilesIn(dir: string): string[] {
    return this.entries(dir)
      .filter((e) => e.isFile() && isPlanFile(e.name))
      .map((e) => path.join(dir, e.name))
      .sort();
  }

  /** Every plan file under `dir` (recursive), skipping node_modules and .git. */
  walk(dir: string, out: string[] = []): string[] {
    for (const e of this.entries(dir)) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) this.walk(p, out);
      } else if (e.isFile() && isPlanFile(e.name)) out.push(p);
    }
    return out;
  }

  /** Config files under `dir` (recursive). */
  configsUnder(dir: string, out: string[] = []): string[] {
    for (const e of this.entries(dir)) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) this.configsUnder(p, out);
      } else if (e.isFile() && e.name === CONFIG_FILE) out.push(p);
    }
    return out;
  }

  /** Load every plan file of the scope root `dir` (once). */
  walkScope(dir: string): void {
    if (this.walked.has(dir)) return;
    this.walked.add(dir);
    for (const p of this.walk(dir)) this.load(p);
  }

  /** The nearest config at or above `dir`, up to `boundary`. */
  nearestConfig(dir: string, boundary: string): string | undefined {
    let d = dir;
    for (;;) {
      if (this.entries(d).some((e) => e.isFile() && e.name === CONFIG_FILE)) return path.join(d, CONFIG_FILE);
      if (d === boundary) return undefined;
      const up = path.dirname(d);
      if (up === d) return undefined;
      d = up;
    }
  }
}

/** Resolve the requested paths to plan files; throws LoadError for a bad path. */
export function requestedFiles(paths: readonly string[], loader: DiskLoader): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(p);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new LoadError(`${p}: no such file or directory`);
    }
    if (st.isDirectory()) {
      const found = loader.walk(abs);
      if (!found.length) throw new LoadError(`${p}: no plan files (*.mplan.yaml, *.mplan.yml) in this folder`);
      out.push(...found);
    } else out.push(abs);
  }
  return [...new Set(out)].sort();
}

export function loadProject(paths: readonly string[], overlay?: ReadonlyMap<string, string>): DiskProject {
  const loader = new DiskLoader(overlay);
  const requested = requestedFiles(paths, loader);
  for (const f of requested) loader.load(f);
  const boundaries = new Map<string, string>();
  for (const f of requested) {
    const boundary = gitBoundary(path.dirname(f));
    let dir = path.dirname(f);
    for (;;) {
      const declaring = loader.planFilesIn(dir).some((p) => declaresPlan(loader.load(p)));
      if (declaring) {
        loader.walkScope(dir);
        boundaries.set(dir, boundary);
        break;
      }
      if (dir === boundary) break;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    if (!boundaries.has(path.dirname(f))) boundaries.set(path.dirname(f), boundary);
  }
  const wanted = new Set(requested);
  const scopes = computeScopes(loader.files.values()).filter((s) => s.files.some((f) => wanted.has(f.path)));
  const allScopes = computeScopes(loader.files.values());
  const plannedRoots = new Set(allScopes.filter((s) => s.planned).map((s) => s.root));
  const configDirs = new Set<string>();
  for (const root of plannedRoots) for (const c of loader.configsUnder(root)) configDirs.add(path.dirname(c));
  const used = new Set<string>();
  for (const s of allScopes) {
    const c = loader.nearestConfig(s.root, boundaries.get(s.root) ?? gitBoundary(s.root));
    if (c) used.add(path.dirname(c));
  }
  const configsBelow = new Map<string, ParsedFile[]>();
  for (const s of scopes) {
    if (!s.planned) continue;
    const dirs = misplacedConfigDirs(s.root, plannedRoots, configDirs, used);
    configsBelow.set(s.root, dirs.map((d) => loader.loadConfig(path.join(d, CONFIG_FILE))));
  }
  return { files: loader.files, scopes, requested: wanted, configsBelow, boundaries, timings: loader.timings, loader };
}
