import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DidChangeConfigurationNotification, DidSaveTextDocumentNotification } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempDir } from '../support/fixtures';

const TEXT = 'upstream:\n  segmnts: []\n';

describe('client settings pulled with workspace/configuration', () => {
  let dir: string;
  let client: LspClient;
  let fileUri: string;
  before(async () => {
    dir = tempDir({ 'a.mplan.yaml': TEXT });
    fileUri = uri(path.join(dir, 'a.mplan.yaml'));
    client = new LspClient();
    await client.initialize(dir);
    await client.open(fileUri, TEXT);
    await client.diagnosticsFor(fileUri, (d) => d.some((x) => x.code === 'MP003'));
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('marketingPlan.validate: false clears the diagnostics; true brings them back', async () => {
    client.settings = { validate: false, run: 'onType' };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.waitFor(fileUri, (d) => d.length === 0);
    client.settings = { validate: true, run: 'onType' };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.waitFor(fileUri, (d) => d.length === 1);
  });

  it('marketingPlan.run: onSave analyses on save, not on each change', async () => {
    client.settings = { validate: true, run: 'onSave' };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.waitFor(fileUri, (d) => d.length === 1);
    const before = client.publishes.length;
    await client.change(fileUri, 'upstream:\n  segments: []\n');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(client.publishes.length, before, 'no analysis on change');
    await client.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: fileUri } });
    await client.waitFor(fileUri, (d) => d.length === 0);
  });
});
