/**
 * Finding plan and config files over a `HostFileSystem`: every plan file and
 * config under a folder (skipping `node_modules`, `.git`, and what `.gitignore`
 * and `.mplanignore` files ignore; links to folders are not followed), the
 * folder holding `.git` above a folder, the scope root around a file opened
 * from anywhere, and reading one file into a host (only regular files; one
 * that cannot be read as text is MP001, one that is gone or is not a regular
 * file is dropped).
 */
import type { AnalysisHost } from './analysis-host';
import type { HostFileSystem } from './file-system';
import { IGNORE_FILES, IgnoreRules } from './ignore-rules';
import { ancestors, dirname, join } from './paths';
import { declaresPlan, parseFile, type ParsedFile } from '../parse/parse-file';
import { CONFIG_FILE, isPlanFile } from '../scope/scopes';

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** The folder holding `.git` at or above `dir`, or the file system root. */
export async function gitBoundary(fs: HostFileSystem, dir: string): Promise<string> {
  let last = dir;
  for (const d of ancestors(dir)) {
    const kind = await fs.stat(join(d, '.git'));
    if (kind !== 'missing' && kind !== 'unreachable') return d;
    last = d;
  }
  return last;
}

export interface FolderFiles {
  /** Plan files (regular files and links to them), sorted per folder, folders depth first. */
  plans: string[];
  /** `mplan.config.yaml` files, whatever they are (one that is not a regular file is read as absent). */
  configs: string[];
}

/** Walks folders over a file system, with the ignore rules of the repository each folder is in. */
export class FolderWalker {
  private readonly ignoreTexts = new Map<string, string | undefined>();
  private readonly rules = new IgnoreRules((file) => this.ignoreTexts.get(file));
  private readonly boundaries = new Map<string, string>();

  constructor(private readonly fs: HostFileSystem) {}

  private async boundaryOf(dir: string): Promise<string> {
    let b = this.boundaries.get(dir);
    if (b === undefined) this.boundaries.set(dir, (b = await gitBoundary(this.fs, dir)));
    return b;
  }

  /** Whether walks skip `p`: the ignore files from its repository's root down to its folder are read first. */
  private async ignored(p: string, isDir: boolean): Promise<boolean> {
    const root = await this.boundaryOf(dirname(p));
    for (const d of ancestors(dirname(p), root)) {
      for (const name of IGNORE_FILES) {
        const file = join(d, name);
        if (this.ignoreTexts.has(file)) continue;
        const r = await this.fs.readFile(file);
        this.ignoreTexts.set(file, r.ok ? r.text : undefined);
      }
    }
    return this.rules.ignores(p, isDir, root);
  }

  /** Every plan file and config under `folder`. */
  async walk(folder: string, out: FolderFiles = { plans: [], configs: [] }): Promise<FolderFiles> {
    const entries = [...(await this.fs.readDirectory(folder))].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const dirs: string[] = [];
    for (const e of entries) {
      const p = join(folder, e.name);
      if (e.kind === 'dir') {
        if (!SKIP_DIRS.has(e.name) && !(await this.ignored(p, true))) dirs.push(p);
        continue;
      }
      const plan = isPlanFile(e.name) && e.kind === 'file';
      const config = e.name === CONFIG_FILE && e.kind !== 'link-dir';
      if ((plan || config) && !(await this.ignored(p, false))) (plan ? out.plans : out.configs).push(p);
    }
    for (const d of dirs) await this.walk(d, out);
    return out;
  }
}

/**
 * The root of the scope of `file`: the nearest folder at or above it holding a
 * plan file that declares `plan:`, up to `boundary`. `known` gives the parsed
 * text of files already held (open documents win over the file system).
 */
export async function scopeRootAround(
  fs: HostFileSystem,
  file: string,
  boundary: string,
  known: (file: string) => ParsedFile | undefined,
): Promise<string | undefined> {
  for (const dir of ancestors(dirname(file), boundary)) {
    const names = (await fs.readDirectory(dir))
      .filter((e) => isPlanFile(e.name) && e.kind !== 'dir')
      .map((e) => e.name)
      .sort();
    for (const name of names) {
      const p = join(dir, name);
      const held = known(p);
      if (held) {
        if (declaresPlan(held)) return dir;
        continue;
      }
      const r = await fs.readFile(p);
      if (r.ok && declaresPlan(parseFile(p, r.text))) return dir;
    }
  }
  return undefined;
}

/**
 * Read one plan or config file into the host: its text; MP001 when it cannot
 * be read as text (a config then configures nothing); dropped when it is gone
 * or not a regular file. Returns a line for the log, if any.
 */
export async function readIntoHost(host: AnalysisHost, fs: HostFileSystem, key: string): Promise<string | undefined> {
  const config = key.endsWith(`/${CONFIG_FILE}`) || key.endsWith(`\\${CONFIG_FILE}`);
  const r = await fs.readFile(key);
  if (r.ok) {
    if (config) host.setConfig(key, r.text);
    else host.setText(key, r.text);
    return undefined;
  }
  const absent = r.missing || r.special || r.reason === 'is a directory';
  if (config) host.setConfig(key, undefined);
  else if (absent) host.remove(key);
  else host.setUnreadable(key, r.reason);
  if (!absent) return `cannot read ${key}: ${r.reason}`;
  return r.reason !== 'no such file' ? `ignored ${key}: ${r.reason}` : undefined;
}
