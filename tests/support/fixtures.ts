/** Temporary copies of example plans for tests that touch the disk. */
import { after } from 'node:test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
export const EXAMPLES = path.join(REPO, 'examples');

/** Copy `examples/<name>` (or several) into a fresh temp folder; returns its path. */
export function tempCopy(...names: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-test-'));
  fs.mkdirSync(path.join(dir, '.git'));
  for (const n of names) fs.cpSync(path.join(EXAMPLES, n), names.length === 1 ? dir : path.join(dir, n), { recursive: true });
  return dir;
}

export function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-test-'));
  fs.mkdirSync(path.join(dir, '.git'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A maker of temporary folders for the enclosing `describe`: each is removed after it. */
export function fixtures(): (files: Record<string, string>) => string {
  const dirs: string[] = [];
  after(() => dirs.forEach(removeDir));
  return (files) => {
    const d = tempDir(files);
    dirs.push(d);
    return d;
  };
}
