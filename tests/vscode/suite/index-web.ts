/**
 * The mocha runner of the same suite in the web worker extension host (VS Code for the Web), where
 * there is no Node: mocha's browser build, and the result written through `vscode.workspace.fs`.
 * tests/e2e/run.js bundles it for the browser (esbuild) with every suite/*.test.ts imported after
 * it, in name order: this module runs first and sets up mocha's `tdd` globals (`suite`, `test`) the
 * tests register with. tests/vscode/suite/index.ts is the same for the Node host.
 *
 * The reporter's lines reach the page console (the runner prints them, as for the Node host). The
 * result, `web-tests-result.json`, goes beside the opened workspace file (the runner opens the
 * multi-root workspace of questforge and northwind-saas, and waits for that file): counts and the
 * reasons of the tests only Node runs (pending here).
 */
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { pendingInWeb } from './helpers';

mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60000, color: false });
const grep = (globalThis as { MPLAN_TEST_GREP?: string }).MPLAN_TEST_GREP;
if (grep) mocha.grep(grep);

/**
 * Resolves when the workspace's folders are known. A web worker extension host can start before the
 * workbench has registered the `vscode-remote` file system (registered once the remote environment
 * is fetched): the workbench then gives it the workspace as it stands (VS Code 1.100
 * `MainThreadWorkspace`: "the workspace file is provided by an unknown file system provider"), a
 * `?workspace=` file whose folders come from the configuration cache (none for a file never opened
 * before), and sends the folders read from the file later, as a change of workspace folders.
 */
async function workspaceComplete(): Promise<void> {
  const file = vscode.workspace.workspaceFile;
  if (!file || (vscode.workspace.workspaceFolders ?? []).length > 0) return;
  const t0 = Date.now();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`the folders of ${file.toString()} did not arrive within 60 s`));
    }, 60000);
    const sub = vscode.workspace.onDidChangeWorkspaceFolders(() => {
      if ((vscode.workspace.workspaceFolders ?? []).length === 0) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
  console.log(`[workspace] the folders of the workspace file arrived ${Date.now() - t0} ms after the suite started`);
}

export async function run(): Promise<void> {
  await workspaceComplete();
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.name);
  console.log(`[workspace] ${vscode.workspace.workspaceFile?.toString() ?? 'no workspace file'}; folders: ${folders.join(', ') || 'none'}`);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      void (async () => {
        console.log(`vscode-tests: ${failures} failure(s)`);
        const st = runner.stats;
        const result = { failures, passes: st?.passes ?? 0, pending: st?.pending ?? 0, pendingInWeb };
        // A test that failed half-way may leave a file modified ("Save changes?" would block the window).
        await Promise.resolve(vscode.workspace.saveAll(false)).catch(() => false);
        const file = vscode.workspace.workspaceFile;
        const folder = vscode.workspace.workspaceFolders?.[0];
        const beside = file ? vscode.Uri.joinPath(file, '..') : folder ? vscode.Uri.joinPath(folder.uri, '..') : undefined;
        if (beside)
          await vscode.workspace.fs.writeFile(
            vscode.Uri.joinPath(beside, 'web-tests-result.json'),
            new TextEncoder().encode(JSON.stringify(result)),
          );
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      })();
    });
  });
}
