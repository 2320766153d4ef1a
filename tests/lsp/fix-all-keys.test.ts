/**
 * source.fixAll.mplan (what `Marketing Plan: Fix All` and fix-on-save run) picks
 * fixes as `mplan check --fix` does: never two writes of one map key, and an
 * unused suppression code goes while its reason stays.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CodeActionRequest, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempDir } from '../support/fixtures';
import { applyWorkspaceEdit } from '../support/apply-lsp-edit';

const PLAN =
  'upstream:\n' +
  '  segments:\n' +
  '    - id: teens # mplan-disable-line MP999 MP501 -- the sales team reviewed this in person\n' +
  '      nam: Teens\n' +
  '      nme: Teenagers\n' +
  '      evidence: [teen-survey]\n' +
  '  research: [{ id: teen-survey, method: survey }]\n';

describe('source.fixAll.mplan never writes a key twice', () => {
  let dir: string;
  let client: LspClient;
  let planUri: string;
  before(async () => {
    dir = tempDir({ 'plan.mplan.yaml': PLAN });
    planUri = uri(path.join(dir, 'plan.mplan.yaml'));
    client = new LspClient();
    await client.initialize(dir);
    await client.open(planUri, PLAN);
    await client.diagnosticsFor(planUri, (d) => d.filter((x) => x.code === 'MP003').length === 2);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  const fixAll = async (docUri: string): Promise<CodeAction[]> =>
    (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: docUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.mplan'] },
    })) as CodeAction[];

  it('in a plan: one of two typos of `name` is renamed, the unused code removed, the reason kept', async () => {
    const all = await fixAll(planUri);
    assert.deepEqual(all.map((a) => a.kind), ['source.fixAll.mplan']);
    const fixed = applyWorkspaceEdit(all[0].edit as WorkspaceEdit, { [planUri]: PLAN })[planUri];
    assert.equal(
      fixed,
      'upstream:\n' +
        '  segments:\n' +
        '    - id: teens # mplan-disable-line MP501 -- the sales team reviewed this in person\n' +
        '      name: Teens\n' +
        '      nme: Teenagers\n' +
        '      evidence: [teen-survey]\n' +
        '  research: [{ id: teen-survey, method: survey }]\n',
    );
    // Applied as an editor would: the second typo now sits beside `name`, and nothing is left to fix.
    await client.change(planUri, fixed);
    const d = await client.diagnosticsFor(planUri, (x) => x.some((f) => f.code === 'MP003' && f.range.start.line === 4) && x.every((f) => f.code !== 'MP000'));
    assert.deepEqual(
      d.filter((f) => f.code === 'MP003').map((f) => f.message),
      ['unknown key `nme` in upstream.segments[0]; `name` is already in this map'],
    );
    assert.deepEqual(await fixAll(planUri), []);
  });
});
