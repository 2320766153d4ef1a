/**
 * The mocha runner of the same suite in the web worker extension host (VS Code for the Web), where
 * there is no Node: mocha's browser build, and the result written through `vscode.workspace.fs`.
 * tests/e2e/run.js bundles it for the browser (esbuild) with every suite/*.test.ts imported after
 * it, in name order: this module runs first and sets up mocha's `tdd` globals (`suite`, `test`) the
 * tests register with. tests/vscode/suite/index.ts is the same for the Node host.
 *
 * The reporter's lines reach the page console (the runner prints them, as for the Node host). The
 * result, `web-tests-result.json`, goes beside the opened folder (the runner opens one folder,
 * questforge, and waits for that file): counts and the reasons of the tests only Node runs (pending here).
 */
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { pendingInWeb } from './helpers';

mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60000, color: false });
const grep = (globalThis as { MPLAN_TEST_GREP?: string }).MPLAN_TEST_GREP;
if (grep) mocha.grep(grep);

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      void (async () => {
        console.log(`vscode-tests: ${failures} failure(s)`);
        const st = runner.stats;
        const result = { failures, passes: st?.passes ?? 0, pending: st?.pending ?? 0, pendingInWeb };
        // A test that failed half-way may leave a file modified ("Save changes?" would block the window).
        await Promise.resolve(vscode.workspace.saveAll(false)).catch(() => false);
        const folder = vscode.workspace.workspaceFolders?.[0];
        if (folder)
          await vscode.workspace.fs.writeFile(
            vscode.Uri.joinPath(folder.uri, '..', 'web-tests-result.json'),
            new TextEncoder().encode(JSON.stringify(result)),
          );
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      })();
    });
  });
}
