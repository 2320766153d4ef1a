import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempCopy } from '../support/fixtures';

describe('language server over stdio: questforge', () => {
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = tempCopy('questforge');
    client = new LspClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('publishes the diagnostics of an unopened campaign file at start', async () => {
    const launch = uri(path.join(dir, 'campaigns/launch.mplan.yaml'));
    const diags = await client.diagnosticsFor(launch, (d) => d.length > 0);
    assert.ok(diags.every((d) => d.source === 'mplan'));
  });
});
