/**
 * `mplan/test/crash` (shared/protocol.ts) exists for the extension's own tests only: the server hears
 * it only when `initialize` carried `testHooks: true` (the VS Code client sends it only under
 * `ExtensionMode.Test`). Every other client gets a server that ignores it.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspClient, FULL_CAPABILITIES, uri } from '../support/lsp-client';
import { removeDir, tempCopy } from '../support/fixtures';
import { TEST_CRASH, type TestCrashParams } from '../../shared/protocol';

async function started(testHooks: boolean | undefined, dir: string): Promise<LspClient> {
  const client = new LspClient();
  await client.initializeWith({
    processId: process.pid,
    rootUri: uri(dir),
    workspaceFolders: [{ uri: uri(dir), name: path.basename(dir) }],
    capabilities: FULL_CAPABILITIES,
    initializationOptions: testHooks === undefined ? { today: '2027-01-01' } : { today: '2027-01-01', testHooks },
  });
  return client;
}

describe('the test-only crash hook', () => {
  for (const testHooks of [undefined, false]) {
    it(`is ignored without testHooks: true (initializationOptions.testHooks ${String(testHooks)})`, async () => {
      const dir = tempCopy('questforge');
      const client = await started(testHooks, dir);
      try {
        const crash: TestCrashParams = { how: 'close' };
        await client.conn.sendNotification(TEST_CRASH, crash);
        // Handled in order: had the server exited on the notification, this would never be answered.
        const graph = await client.conn.sendRequest<{ root: string } | null>('mplan/planGraph', {
          uri: uri(path.join(dir, 'plan.mplan.yaml')),
        });
        assert.equal(graph?.root, uri(dir));
        assert.equal(client.proc.exitCode, null, 'the server still runs');
      } finally {
        await client.stop();
        removeDir(dir);
      }
    });
  }

  it('ends the Node server (exit code 1) with testHooks: true and how: close', async () => {
    const dir = tempCopy('questforge');
    const client = await started(true, dir);
    try {
      const exited = new Promise<number | null>((resolve) => client.proc.once('exit', (code) => resolve(code)));
      const crash: TestCrashParams = { how: 'close' };
      await client.conn.sendNotification(TEST_CRASH, crash);
      assert.equal(await exited, 1);
    } finally {
      // The server is gone: nothing to shut down (a request would be written to a closed pipe).
      if (client.proc.exitCode === null) await client.stop();
      else client.conn.dispose();
      removeDir(dir);
    }
  });
});
