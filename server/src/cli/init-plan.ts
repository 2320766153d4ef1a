/**
 * `mplan init [folder]`: writes the same working example plan as the editor's New Plan command, never
 * overwriting anything. A folder that already holds plan files gets the plan in a fresh subfolder
 * (`new-plan`, `new-plan-2`...), so the new plan is a scope of its own.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scaffoldPlan } from '../../../shared/new-plan';
import { isPlanFile } from '../engine/scope/scopes';
import { LoadError } from '../engine/project/disk';

/** `base`, `base-2`, `base-3`...: the first name for which `make(name)` does not exist. */
function freeName(make: (name: string) => string, base: string): string {
  for (let i = 1; ; i++) {
    const p = make(i === 1 ? base : `${base}-${i}`);
    if (!fs.existsSync(p)) return p;
  }
}

function holdsPlanFiles(dir: string): boolean {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).some((e) => !e.isDirectory() && isPlanFile(e.name));
  } catch {
    return false;
  }
}

/** Creates the plan; returns its path. Throws LoadError when the folder is not a folder or cannot be written. */
export function initPlan(folder: string, today: Date = new Date()): string {
  if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) throw new LoadError(`${folder}: not a folder`);
  const dir = holdsPlanFiles(folder) ? freeName((n) => path.join(folder, n), 'new-plan') : folder;
  const file = freeName((n) => path.join(dir, `${n}.mplan.yaml`), 'marketing');
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, scaffoldPlan(today), { flag: 'wx' });
  } catch (e) {
    throw new LoadError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? 'I/O error'}`);
  }
  return file;
}
