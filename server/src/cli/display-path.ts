/** A file's path as the CLI shows it: relative to the working directory, `/`-separated. */
import * as path from 'node:path';

export function displayPath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}
