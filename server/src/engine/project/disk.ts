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

export function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoadError(`cannot read ${file}: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (code ?? 'I/O error')}`);
  }
  try {
    return utf8.decode(buf);
  } catch {
    throw new LoadError(`${file} is not valid UTF-8 text`);
  }
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
