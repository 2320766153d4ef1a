/**
 * Over a real stdio connection: source.fixAll.mplan (what `Marketing Plan: Fix
 * All` and fix-on-save run) picks fixes as `mplan check --fix` does (never two
 * writes of one map key; an unused suppression code goes, its reason stays),
 * and duplicates in mplan.config.yaml are MP002 in the config, the first counting.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CodeActionRequest, DiagnosticSeverity, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver-protocol';
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

  it('in a plan: one of two typos of name is renamed, the unused code removed, the reason kept', async () => {
    const all = await fixAll(planUri);
    assert.deepEqual(
      all.map((a) => a.kind),
      ['source.fixAll.mplan'],
    );
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
    const d = await client.diagnosticsFor(
      planUri,
      (x) => x.some((f) => f.code === 'MP003' && f.range.start.line === 4) && x.every((f) => f.code !== 'MP000'),
    );
    assert.deepEqual(
      d.filter((f) => f.code === 'MP003').map((f) => f.message),
      ['unknown key nme in segment Teens (teens); name is already in this map'],
    );
    assert.deepEqual(await fixAll(planUri), []);
  });
});

describe('duplicates in mplan.config.yaml, in the editor', () => {
  const PLAN_402 =
    'version: 1\nplan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Fun }\n' +
    'upstream:\n  segments: [{ id: a, name: A, age: 25-45, evidence: [s] }]\n  research: [{ id: s, method: survey, completed: 2026-01-01 }]\n' +
    '  products: [{ id: g, name: G, segments: [a] }]\n' +
    'downstream:\n  campaigns:\n    - id: c\n      name: C\n      product: g\n      segments: [a]\n      channels: [tiktok]\n' +
    '      schedule: { start: 2027-03-01, end: 2027-06-30 }\n      kpis: [conversions]\n      salesReview: { by: Ana, on: 2027-02-01 }\n      budget: 60000\n';
  const CONFIG = 'rules:\n  missing-pretest: error\n  MP402: off\nthresholds:\n  adultAge: 21\nthresholds:\n  adultAge: 16\n';
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = tempDir({ 'plan.mplan.yaml': PLAN_402, 'mplan.config.yaml': CONFIG });
    client = new LspClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('publishes MP002 on the later entry of a rule and on the second thresholds key; the first entry counts', async () => {
    const cfg = await client.diagnosticsFor(uri(path.join(dir, 'mplan.config.yaml')), (d) => d.length > 0);
    assert.deepEqual(
      cfg.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message]),
      [
        ['MP002', 2, 2, 2, 7, 'MP402 is configured twice: the first entry, missing-pretest on line 2, counts and this one is ignored'],
        ['MP002', 5, 0, 5, 10, 'duplicate key thresholds: it is written twice in this map and the first value counts'],
      ],
    );
    const plan = await client.diagnosticsFor(uri(path.join(dir, 'plan.mplan.yaml')), (d) => d.some((x) => x.code === 'MP402'));
    assert.deepEqual(
      plan.filter((d) => d.code === 'MP402').map((d) => [d.severity, d.range.start.line]),
      [[DiagnosticSeverity.Error, 16]],
    );
  });
});
