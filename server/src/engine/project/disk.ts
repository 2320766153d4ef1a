/**
 * Load plans from disk for a set of paths: the files under them, the whole
 * scope of each (walking up to the scope's plan file, never above the folder
 * holding `.git`), and the config that applies. Errors are values, not throws.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { availableParallelism } from 'node:os';
import { analyzeFile } from '../analyze';
import { declaresPlan, parseFile, releaseTree, unreadableFile, type ParsedFile } from '../parse/parse-file';
import { OFFSETS_ONLY } from '../model/handles';
import { CONFIG_FILE, computeScopes, isPlanFile, type ScopeFiles } from '../scope/scopes';
import { misplacedConfigDirs } from '../config/placement';
import { IgnoreRules } from '../host/ignore-rules';
import type { DirEntry, FileRead, HostFileSystem, PathKind } from '../host/file-system';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { decodeText } from '../../../../shared/decode-text';
import { ParsePool, type ParseJob, type PoolCounts, type PoolOptions } from './parse-pool';

export class LoadError extends Error {}

const SKIP_DIRS = new Set(['node_modules', '.git']);

export interface DiskProject {
  /** Every plan file read, by absolute path. */
  files: Map<string, ParsedFile>;
  /** The scopes that hold at least one requested file. */
  scopes: ScopeFiles[];
  /** The requested files (absolute): plan files, and configs given by name. */
  requested: Set<string>;
  /** The `mplan.config.yaml` files given by name: checked as configs (their own findings only). */
  requestedConfigs: Set<string>;
  /** `mplan.config.yaml` files met below scope roots, per scope root. */
  configsBelow: Map<string, ParsedFile[]>;
  /** Boundary (the folder holding `.git`, or the filesystem root) per scope root. */
  boundaries: Map<string, string>;
  /** Time spent reading, parsing, and validating and modelling (ms), for the benchmark. */
  timings: { read: number; parse: number; model: number };
  /** Who parsed what when threads parsed (the requested plans, the rest of their scopes); absent when the main thread parsed everything. */
  parsedBy?: PoolCounts;
  /** When threads parsed: resolves once they have ended (nothing waits for it; the process never waits for them). */
  threadsEnded?: Promise<void>;
  loader: DiskLoader;
}

/**
 * Read a file as UTF-8 text, only if it is a regular file (also behind a
 * symbolic link). FIFOs, sockets and devices are never read: the file is
 * opened non-blocking and checked with fstat before any byte is read, so a
 * FIFO swapped in after a stat cannot block either. Never throws.
 */
function readFileText(file: string): FileRead {
  const kind = pathKind(file);
  if (kind !== 'file') return kindFailure(kind);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'is a directory'
            : code === 'ENXIO'
              ? 'not a regular file'
              : `cannot be opened (${code ?? 'I/O error'})`;
    return { ok: false, reason, special: code === 'ENXIO', missing: code === 'ENOENT' };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile())
      return { ok: false, reason: st.isDirectory() ? 'is a directory' : 'not a regular file', special: !st.isDirectory(), missing: false };
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

export { decodeText } from '../../../../shared/decode-text';

export function pathKind(file: string): PathKind {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreachable';
  }
  return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'special';
}

function kindFailure(kind: Exclude<PathKind, 'file'>): FileRead {
  if (kind === 'missing') return { ok: false, reason: 'no such file', special: false, missing: true };
  if (kind === 'dir') return { ok: false, reason: 'is a directory', special: false, missing: false };
  if (kind === 'special') return { ok: false, reason: 'not a regular file', special: true, missing: false };
  return { ok: false, reason: 'permission denied', special: false, missing: false };
}

/** What a directory entry is: a symbolic link is classed by its target, except that links to folders are never followed. */
function entryKind(dir: string, e: fs.Dirent): PathKind | 'link-dir' {
  if (e.isFile()) return 'file';
  if (e.isDirectory()) return 'dir';
  if (!e.isSymbolicLink()) return 'special';
  const target = pathKind(path.join(dir, e.name));
  return target === 'dir' ? 'link-dir' : target;
}

const SKIP_REASON: Record<'special' | 'missing' | 'unreachable', string> = {
  special: 'not a regular file',
  missing: 'a symbolic link to nothing',
  unreachable: 'cannot be read (permission denied)',
};

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
  /** Plan and config files met while walking that are not read: FIFOs, sockets, devices, dangling links (path -> why). */
  readonly skipped = new Map<string, string>();
  readonly timings = { read: 0, parse: 0, model: 0 };

  private readonly boundaries = new Map<string, string>();
  private readonly ignoreRules: IgnoreRules;
  /** Parses a batch of files on worker threads while it is being loaded, when the batch is large (see `loadAll`). */
  private pool: ParsePool | undefined;
  /** Who parsed what, over every batch threads parsed (undefined while none did). */
  parsedBy: PoolCounts | undefined;
  /** One promise per batch threads parsed: resolved once its threads have ended. */
  readonly threadsEnded: Promise<void>[] = [];

  /**
   * `overlay`: texts that stand in for files on disk (in-memory fix rounds, standard input).
   * `exclude`: gitignore-style patterns relative to the working directory, skipped by walks as
   * `.gitignore` and `.mplanignore` entries are.
   */
  constructor(
    private readonly overlay: ReadonlyMap<string, string> = new Map(),
    options: { exclude?: readonly string[]; cwd?: string } = {},
    private readonly parallel: Pick<LoadOptions, 'jobs' | 'parallelFrom' | 'pool' | 'fixes'> = {},
  ) {
    this.ignoreRules = new IgnoreRules(
      (file) => {
        const r = readFileText(file);
        return r.ok ? r.text : undefined;
      },
      options.exclude,
      options.cwd ?? process.cwd(),
    );
  }

  /** The folder holding `.git` at or above `dir` (the root of the ignore files that apply). */
  boundaryOf(dir: string): string {
    let b = this.boundaries.get(dir);
    if (b === undefined) this.boundaries.set(dir, (b = gitBoundary(dir)));
    return b;
  }

  /** Whether walks skip `p` (ignore files, --exclude). */
  ignored(p: string, isDir: boolean): boolean {
    return this.ignoreRules.ignores(p, isDir, this.boundaryOf(path.dirname(p)));
  }

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

  /** A file's text from the overlay or the disk. */
  private text(file: string): FileRead {
    const overlaid = this.overlay.get(file);
    return overlaid !== undefined ? { ok: true, text: overlaid } : readFileText(file);
  }

  /** A file parsed (by the pool's threads when a batch is being loaded), or the file as unreadable (MP001) saying why. */
  private read(file: string): ParsedFile {
    const t0 = performance.now();
    const pooled = this.pool?.take(file);
    if (pooled) {
      this.timings.parse += performance.now() - t0;
      return pooled;
    }
    const r = this.text(file);
    const t1 = performance.now();
    const f = r.ok ? parseFile(file, r.text) : unreadableFile(file, r.reason);
    this.timings.read += t1 - t0;
    this.timings.parse += performance.now() - t1;
    return f;
  }

  load(file: string): ParsedFile {
    let f = this.files.get(file);
    if (!f) {
      f = this.read(file);
      // Validate and model at once (cached by file): what the parser made for them is released
      // while it is young, instead of living until the scope is analysed.
      const t0 = performance.now();
      if (this.parallel.fixes ?? true) analyzeFile(f);
      else {
        analyzeFile(f, OFFSETS_ONLY);
        releaseTree(f);
      }
      this.timings.model += performance.now() - t0;
      this.files.set(file, f);
    }
    return f;
  }

  /** A config file; one that cannot be read is MP001 in it, and is then not applied. */
  loadConfig(file: string): ParsedFile {
    let f = this.configs.get(file);
    if (!f) {
      f = this.read(file);
      this.configs.set(file, f);
    }
    return f;
  }

  /**
   * Files named by `wanted` directly in `dir`: regular files and links to them.
   * Other non-folders are noted in `skipped`, or with `keepSpecial` returned
   * too (a config that is not a regular file is MP001 in it: it is never opened).
   */
  private filesIn(dir: string, wanted: (name: string) => boolean, keepSpecial = false): string[] {
    const out: string[] = [];
    for (const e of this.entries(dir)) {
      if (!wanted(e.name)) continue;
      const kind = entryKind(dir, e);
      const p = path.join(dir, e.name);
      if (this.ignored(p, false)) continue;
      if (kind === 'file' || (keepSpecial && kind !== 'dir' && kind !== 'link-dir')) out.push(p);
      else if (kind !== 'dir' && kind !== 'link-dir') this.skipped.set(p, SKIP_REASON[kind]);
    }
    return out.sort();
  }

  /** Real sub-folders of `dir` (links to folders are not followed), skipping node_modules and .git. */
  private subDirs(dir: string): string[] {
    return this.entries(dir)
      .filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name))
      .map((e) => path.join(dir, e.name))
      .filter((d) => !this.ignored(d, true));
  }

  /** Plan files directly in `dir`. */
  planFilesIn(dir: string): string[] {
    return this.filesIn(dir, isPlanFile);
  }

  /** Every plan file under `dir` (recursive), skipping node_modules and .git. */
  walk(dir: string, out: string[] = []): string[] {
    out.push(...this.planFilesIn(dir));
    for (const d of this.subDirs(dir)) this.walk(d, out);
    return out;
  }

  /** Config files under `dir` (recursive). */
  configsUnder(dir: string, out: string[] = []): string[] {
    out.push(...this.filesIn(dir, (n) => n === CONFIG_FILE, true));
    for (const d of this.subDirs(dir)) this.configsUnder(d, out);
    return out;
  }

  /** Load every plan file of the scope root `dir` (once). */
  walkScope(dir: string): void {
    if (this.walked.has(dir)) return;
    this.walked.add(dir);
    this.loadAll(this.walk(dir));
  }

  /**
   * Load files in order. When the ones not loaded yet weigh `parallelFrom` or
   * more and more than one thread may parse, worker threads parse them while
   * they are loaded (`parse-pool.ts`); the result is the same either way.
   */
  loadAll(files: readonly string[]): void {
    this.startPool(files.filter((f) => !this.files.has(f)));
    const pool = this.pool;
    try {
      for (const f of files) this.load(f);
    } finally {
      this.pool = undefined;
      if (pool) {
        this.threadsEnded.push(pool.close());
        const by = (this.parsedBy ??= { crossed: 0, main: 0, refused: 0 });
        by.crossed += pool.counts.crossed;
        by.main += pool.counts.main;
        by.refused += pool.counts.refused;
      }
    }
  }

  private startPool(files: readonly string[]): void {
    const jobs = this.parallel.jobs ?? defaultJobs();
    if (jobs < 2 || files.length < 2) return;
    const t0 = performance.now();
    // The size first (bytes, from the disk or of the overlay's UTF-8): below the threshold, nothing is read twice.
    let bytes = 0;
    for (const file of files) {
      const overlaid = this.overlay.get(file);
      bytes += overlaid !== undefined ? Buffer.byteLength(overlaid) : fileSize(file);
    }
    if (bytes < (this.parallel.parallelFrom ?? PARALLEL_FROM)) return;
    const texts: ParseJob[] = [];
    for (const file of files) {
      const r = this.text(file);
      if (r.ok) texts.push({ path: file, text: r.text }); // else said when the loader reads it
    }
    this.timings.read += performance.now() - t0;
    try {
      this.pool = new ParsePool(texts, { ...this.parallel.pool, workers: jobs - 1 });
    } catch {
      // No thread could be started: the loader parses alone (the same findings, on one thread).
    }
  }

  /** The nearest config at or above `dir`, up to `boundary`. */
  nearestConfig(dir: string, boundary: string): string | undefined {
    let d = dir;
    for (;;) {
      // A config that is not a regular file still counts (MP001 in it, not applied): it is never opened.
      if (this.filesIn(d, (n) => n === CONFIG_FILE, true).length) return path.join(d, CONFIG_FILE);
      if (d === boundary) return undefined;
      const up = path.dirname(d);
      if (up === d) return undefined;
      d = up;
    }
  }
}

/** The files a command line names: plan files (given or found in folders) and config files given by name. */
export interface RequestedFiles {
  plans: string[];
  configs: string[];
}

/**
 * Resolve the requested paths; throws LoadError for a path that does not
 * exist or is neither a regular file nor a folder (never opened), or a folder
 * without plan files. A file named `mplan.config.yaml` is checked as a config.
 */
function requestedFiles(paths: readonly string[], loader: DiskLoader, overlay: ReadonlyMap<string, string> = new Map()): RequestedFiles {
  const plans: string[] = [];
  const configs: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(p);
    if (overlay.has(abs)) {
      // Standard input under --stdin-filename: a file of that name, on disk or not.
      (path.basename(abs) === CONFIG_FILE ? configs : plans).push(abs);
      continue;
    }
    if (isDynamicPattern(p) && pathKind(abs) === 'missing') {
      const found = expandGlob(p, loader);
      if (!found.length) throw new LoadError(`${p}: no plan files match this pattern`);
      for (const f of found) (path.basename(f) === CONFIG_FILE ? configs : plans).push(f);
      continue;
    }
    const kind = pathKind(abs);
    if (kind === 'missing') throw new LoadError(`${p}: no such file or directory`);
    if (kind === 'unreachable') throw new LoadError(`${p}: cannot be read (permission denied)`);
    if (kind === 'special') throw new LoadError(`${p}: not a regular file`);
    if (kind === 'dir') {
      const found = loader.walk(abs);
      if (!found.length) throw new LoadError(`${p}: no plan files (*.mplan.yaml, *.mplan.yml) in this folder`);
      plans.push(...found);
    } else if (path.basename(abs) === CONFIG_FILE) configs.push(abs);
    else plans.push(abs);
  }
  const unique = (xs: string[]): string[] => [...new Set(xs)].sort();
  return { plans: unique(plans), configs: unique(configs) };
}

/** A glob argument: the plan and config files it matches, minus what ignore files and --exclude skip. */
function expandGlob(pattern: string, loader: DiskLoader): string[] {
  const matches = globSync(pattern, {
    absolute: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  return matches
    .map((m) => path.resolve(m))
    .filter(
      (f) => (isPlanFile(path.basename(f)) || path.basename(f) === CONFIG_FILE) && pathKind(f) === 'file' && !loader.ignored(f, false),
    )
    .sort();
}

const isUnder = (dir: string, root: string): boolean => dir === root || dir.startsWith(root + path.sep);

/** Load the whole scope around `dir`: walk up to the folder declaring `plan:` (never above `boundary`) and load every file under it. Returns that root. */
function loadScopeAround(loader: DiskLoader, start: string, boundary: string): string | undefined {
  let dir = start;
  for (;;) {
    // Every plan file here is read either way: here when none declares the plan, by the scope's walk when one does.
    const here = loader.planFilesIn(dir);
    loader.loadAll(here);
    if (here.some((p) => declaresPlan(loader.load(p)))) {
      loader.walkScope(dir);
      return dir;
    }
    if (dir === boundary) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export interface LoadOptions {
  /** Texts that stand in for files (fix rounds; standard input under its --stdin-filename). */
  overlay?: ReadonlyMap<string, string>;
  /** gitignore-style patterns (relative to the working directory) that walks skip. */
  exclude?: readonly string[];
  /** Threads that parse, the main one included: 1 parses on the main thread only. Default: the machine's cores, up to 4. */
  jobs?: number;
  /** Below this many bytes in a batch of plans to load, the main thread parses alone (starting threads would not pay). Default 2 MiB. */
  parallelFrom?: number;
  /** Tests: how the pool shares the work (see `parse-pool.ts`). */
  pool?: Omit<PoolOptions, 'workers'>;
  /**
   * False when no output shows fixes: each plan is modelled without nodes and
   * its tree released at once, so memory follows the plan, not the parser
   * (model/handles.ts). Default true.
   */
  fixes?: boolean;
}

/** Default `jobs`: the machine's cores, up to 4 (parsing beyond that waits on the main thread anyway). */
const defaultJobs = (): number => Math.min(4, availableParallelism());

const PARALLEL_FROM = 2 * 1024 * 1024;

/** A regular file's size in bytes; 0 when it cannot be told (the loader says why when it reads the file). */
function fileSize(file: string): number {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? st.size : 0;
  } catch {
    return 0;
  }
}

export function loadProject(paths: readonly string[], options: LoadOptions = {}): DiskProject {
  const overlay = options.overlay ?? new Map<string, string>();
  const loader = new DiskLoader(overlay, { exclude: options.exclude }, options);
  const { plans, configs } = requestedFiles(paths, loader, overlay);
  loader.loadAll(plans);
  const boundaries = new Map<string, string>();
  for (const f of plans) {
    const boundary = gitBoundary(path.dirname(f));
    const root = loadScopeAround(loader, path.dirname(f), boundary);
    if (root !== undefined) boundaries.set(root, boundary);
    if (!boundaries.has(path.dirname(f))) boundaries.set(path.dirname(f), boundary);
  }
  // A config given by name: the scopes it may configure (under its folder) and the plan around it (MP008).
  const configRoots = new Set<string>();
  for (const c of configs) {
    const dir = path.dirname(c);
    const boundary = gitBoundary(dir);
    const around = loadScopeAround(loader, dir, boundary);
    if (around !== undefined) configRoots.add(around);
    loader.loadAll(loader.walk(dir));
  }
  const wanted = new Set(plans);
  const allScopes = computeScopes(loader.files.values());
  for (const s of allScopes) if (!boundaries.has(s.root)) boundaries.set(s.root, gitBoundary(s.root));
  const forConfig = (s: ScopeFiles): boolean => configRoots.has(s.root) || configs.some((c) => isUnder(s.root, path.dirname(c)));
  const scopes = allScopes.filter((s) => s.files.some((f) => wanted.has(f.path)) || forConfig(s));
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
    configsBelow.set(
      s.root,
      dirs.map((d) => loader.loadConfig(path.join(d, CONFIG_FILE))),
    );
  }
  for (const c of configs) loader.loadConfig(c);
  return {
    files: loader.files,
    scopes,
    requested: new Set([...plans, ...configs]),
    requestedConfigs: new Set(configs),
    configsBelow,
    boundaries,
    timings: loader.timings,
    ...(loader.parsedBy ? { parsedBy: loader.parsedBy, threadsEnded: Promise.all(loader.threadsEnded).then(() => undefined) } : {}),
    loader,
  };
}

/** The host's file system over Node's `fs` (the CLI and the language server): only regular files are read. */
export const nodeFileSystem: HostFileSystem = {
  readDirectory(dir: string): Promise<DirEntry[]> {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      entries = [];
    }
    return Promise.resolve(entries.map((e) => ({ name: e.name, kind: entryKind(dir, e) })));
  },
  readFile: (file: string): Promise<FileRead> => Promise.resolve(readFileText(file)),
  stat: (p: string): Promise<PathKind> => Promise.resolve(pathKind(p)),
};
