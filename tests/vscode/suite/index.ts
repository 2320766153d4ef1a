/**
 * The mocha runner the extension host loads (extensionTestsPath): runs every suite/*.test.js in name
 * order, in the real VS Code, and rejects when a test fails. Used by both launchers:
 * tests/vscode/run-electron.ts (@vscode/test-electron) and tests/e2e/run.js (code-server + chromium).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

// The extension host forwards console.log to the workbench (and the e2e runner prints it);
// mocha's reporter writes printf-style lines, so format them first.
Mocha.reporters.Base.consoleLog = (...args: unknown[]): void => console.log(util.format(...args));

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec', bail: false });
  const grep = process.env.MPLAN_TEST_GREP;
  if (grep) mocha.grep(grep);
  const dir = __dirname;
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        console.log(`vscode-tests: ${failures} failure(s)`);
        // Also leave the result where a runner asked for it (tests/e2e/run.js), in case the workbench
        // never gets to report the exit code.
        const out = process.env.MPLAN_TEST_RESULT;
        if (out) {
          const st = runner.stats;
          fs.writeFileSync(out, JSON.stringify({ failures, passes: st?.passes ?? 0, pending: st?.pending ?? 0 }));
        }
        // A test that failed half-way may leave a file modified; an unsaved file would make the window
        // ask "Save changes?" on shutdown and the run would never report back.
        void Promise.resolve(vscode.workspace.saveAll(false))
          .catch(() => false)
          .then(() => {
            if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
            else resolve();
          });
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
