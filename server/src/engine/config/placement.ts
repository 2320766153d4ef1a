/**
 * Which `mplan.config.yaml` configures which scope: the nearest one at or above
 * the scope's root (up to the boundary). A config below a plan's root that is
 * no scope's nearest config configures nothing (MP008); the innermost plan
 * around it reports it.
 */
import { ancestors, isUnder as under } from '../host/paths';

export function nearestConfigDir(dir: string, configDirs: ReadonlySet<string>, boundary: string | undefined): string | undefined {
  for (const d of ancestors(dir, boundary)) if (configDirs.has(d)) return d;
  return undefined;
}

/** Folders of configs that configure nothing, reported by the plan rooted at `root`. */
export function misplacedConfigDirs(
  root: string,
  plannedRoots: ReadonlySet<string>,
  configDirs: ReadonlySet<string>,
  usedDirs: ReadonlySet<string>,
): string[] {
  if (!plannedRoots.has(root)) return [];
  const out: string[] = [];
  for (const d of configDirs) {
    if (!under(d, root) || usedDirs.has(d)) continue;
    const innermost = [...plannedRoots].filter((r) => d === r || under(d, r)).sort((a, b) => b.length - a.length)[0];
    if (innermost === root) out.push(d);
  }
  return out.sort();
}
