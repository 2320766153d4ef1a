/** Run the real `mplan` bin as a child process. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const BIN = path.resolve(__dirname, '../../../bin/mplan.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function mplan(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    // The messages' language is English unless a test asks for another.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', MPLAN_LOCALE: '', LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env },
    timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
