/**
 * Which files a folder walk skips: `.gitignore` and `.mplanignore` files (gitignore syntax, each
 * relative to its own folder, from the repository root down; a deeper file can re-include with `!`),
 * plus `--exclude` patterns relative to the working directory. A file named on the command line is
 * always checked: these rules apply to walks only.
 */
import { dirname, join, relative } from './paths';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILES = ['.gitignore', '.mplanignore'] as const;

interface Layer {
  dir: string;
  rules: Ignore;
}

export class IgnoreRules {
  private readonly layers = new Map<string, Layer | null>();
  private readonly exclude: Layer | undefined;

  /**
   * `read(file)`: an ignore file's text, or undefined when there is none.
   * `exclude`: gitignore-style patterns relative to `cwd`.
   */
  constructor(
    private readonly read: (file: string) => string | undefined,
    exclude: readonly string[] = [],
    cwd = '/',
  ) {
    this.exclude = exclude.length ? { dir: cwd, rules: ignore().add([...exclude]) } : undefined;
  }

  /** The rules of `dir`'s own ignore files, or null. */
  private layer(dir: string): Layer | null {
    let l = this.layers.get(dir);
    if (l === undefined) {
      const texts = IGNORE_FILES.map((f) => this.read(join(dir, f))).filter((t): t is string => t !== undefined);
      l = texts.length ? { dir, rules: ignore().add(texts.join('\n')) } : null;
      this.layers.set(dir, l);
    }
    return l;
  }

  /**
   * Whether `target` (a file, or a folder when `isDir`) is ignored, by the ignore files of the folders
   * from `root` down to its own folder and by the exclude patterns.
   */
  ignores(target: string, isDir: boolean, root: string): boolean {
    const chain: string[] = [];
    for (let d = dirname(target); ; d = dirname(d)) {
      chain.push(d);
      if (d === root || dirname(d) === d) break;
    }
    let ignored = false;
    for (const dir of chain.reverse()) {
      const l = this.layer(dir);
      if (l) ignored = verdict(l, target, isDir, ignored);
    }
    return this.exclude ? verdict(this.exclude, target, isDir, ignored) : ignored;
  }
}

function verdict(l: Layer, target: string, isDir: boolean, before: boolean): boolean {
  const rel = relative(l.dir, target);
  if (!rel || rel.startsWith('../') || rel === '..') return before;
  const r = l.rules.test(isDir ? `${rel}/` : rel);
  return r.ignored ? true : r.unignored ? false : before;
}
