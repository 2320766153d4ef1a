/**
 * `npm run test:vscode`: the same suite (tests/vscode/suite) in a VS Code downloaded by
 * @vscode/test-electron, for machines that can download VS Code (this one cannot: use
 * `npm run test:e2e`, which runs the suite in code-server). Opens a temporary copy of the examples as a
 * multi-root workspace (questforge + northwind-saas), like the e2e runner.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

export function makeWorkspace(repo: string): { dir: string; workspaceFile: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mplan-vscode-'));
  for (const ex of ['questforge', 'northwind-saas']) fs.cpSync(path.join(repo, 'examples', ex), path.join(dir, ex), { recursive: true });
  const workspaceFile = path.join(dir, 'mplan-examples.code-workspace');
  fs.writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: 'questforge' }, { path: 'northwind-saas' }], settings: {} }, null, 2));
  return { dir, workspaceFile };
}

async function main(): Promise<void> {
  const repo = path.resolve(__dirname, '..', '..', '..', '..');
  const { dir, workspaceFile } = makeWorkspace(repo);
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspaceFile, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
