/**
 * A sign-off skeleton inserted by a quick fix is still a placeholder: the
 * finding moves onto its `TODO` (rules.md "Placeholders"), over a real stdio
 * connection.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempCopy } from '../support/fixtures';
import { applyWorkspaceEdit } from '../support/apply-lsp-edit';

describe('language server: placeholders after a quick fix', () => {
  let dir: string;
  let client: LspClient;
  let launchUri: string;
  let launchText: string;
  before(async () => {
    dir = tempCopy('questforge');
    launchUri = uri(path.join(dir, 'campaigns/launch.mplan.yaml'));
    launchText = fs.readFileSync(path.join(dir, 'campaigns/launch.mplan.yaml'), 'utf8');
    client = new LspClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('the inserted pretest skeleton is reported on its TODO, with no fix', async () => {
    await client.open(launchUri, launchText);
    const before = await client.diagnosticsFor(launchUri, (d) => d.some((x) => x.code === 'MP402'));
    const mp402 = before.find((x) => x.code === 'MP402')!;
    assert.deepEqual(mp402.range, { start: { line: 18, character: 14 }, end: { line: 18, character: 19 } });
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: launchUri },
      range: mp402.range,
      context: { diagnostics: [mp402] },
    })) as CodeAction[];
    const insert = actions.find((a) => a.title === 'Insert a pretest skeleton');
    assert.ok(insert, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    const fixed = applyWorkspaceEdit(insert.edit as WorkspaceEdit, { [launchUri]: launchText })[launchUri];
    const review = '      salesReview: { by: emea-sales, on: 2027-02-01 }\n';
    assert.equal(fixed, launchText.replace(review, `${review}      pretest:\n        method: TODO\n        on: 2027-01-01\n`));

    await client.change(launchUri, fixed);
    const after = await client.diagnosticsFor(launchUri, (d) => d.some((x) => x.code === 'MP402' && x.range.start.line === 22));
    const placeholder = after.filter((x) => x.code === 'MP402');
    assert.deepEqual(
      placeholder.map((x) => [x.range, x.message]),
      [
        [
          { start: { line: 22, character: 16 }, end: { line: 22, character: 20 } },
          'the pretest of campaign Spring launch ads (spring-launch) is still a placeholder (TODO in pretest): fill it in once it is done; its budget of 80000 is at or above the pretest threshold',
        ],
      ],
    );
    const again = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: launchUri },
      range: placeholder[0].range,
      context: { diagnostics: placeholder },
    })) as CodeAction[];
    assert.deepEqual(
      again.filter((a) => !a.title.startsWith('Disable')).map((a) => a.title),
      [],
      'a placeholder finding offers no fix',
    );
  });
});
