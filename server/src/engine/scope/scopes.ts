/**
 * Scopes (format.md "Files and scopes"): a file belongs to the plan declared in
 * the nearest folder at or above it that holds a plan file with `plan:`. Pure:
 * works on a set of known files, so the CLI and the server share it.
 */
import { dirname, relative } from '../host/paths';
import { declaresPlan, type ParsedFile } from '../parse/parse-file';

const PLAN_FILE = /\.mplan\.ya?ml$/;
export const CONFIG_FILE = 'mplan.config.yaml';

export function isPlanFile(p: string): boolean {
  return PLAN_FILE.test(p);
}

export interface ScopeFiles {
  /** The scope's root folder (for a lone file: its folder). */
  root: string;
  /** True when a plan file in `root` declares `plan:`. */
  planned: boolean;
  /** Files in path order (relative path from root, `/`-separated, code-point order). */
  files: ParsedFile[];
}

/** Relative `/`-separated path for ordering and display. */
export function relPath(root: string, file: string): string {
  return relative(root, file);
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The root folder of the scope of `filePath`, given the folders that hold a plan declaration. */
function scopeRootOf(filePath: string, planFolders: ReadonlySet<string>): string | undefined {
  let dir = dirname(filePath);
  for (;;) {
    if (planFolders.has(dir)) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function computeScopes(files: Iterable<ParsedFile>): ScopeFiles[] {
  const all = [...files];
  const planFolders = new Set<string>();
  for (const f of all) if (declaresPlan(f)) planFolders.add(dirname(f.path));
  const byRoot = new Map<string, ScopeFiles>();
  const out: ScopeFiles[] = [];
  for (const f of all) {
    const root = scopeRootOf(f.path, planFolders);
    if (root === undefined) {
      out.push({ root: dirname(f.path), planned: false, files: [f] });
      continue;
    }
    let s = byRoot.get(root);
    if (!s) {
      s = { root, planned: true, files: [] };
      byRoot.set(root, s);
      out.push(s);
    }
    s.files.push(f);
  }
  for (const s of out) s.files.sort((a, b) => comparePaths(relPath(s.root, a.path), relPath(s.root, b.path)));
  return out;
}
