/** `mplan/scopeStatus` over a real stdio connection: the scope's root, whether it declares `plan:`, its files, its counts. */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { SCOPE_STATUS, type ParamsOf, type ResultOf } from '../../shared/protocol';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempDir } from '../support/fixtures';

const PLAN =
  'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n  mission: Fun\n' +
  'upstream:\n  segments: [{ id: teens, name: Teens, age: 18-25, evidence: [study] }]\n  research: [{ id: study, method: survey, completed: 2026-10-01 }]\n' +
  '  products: [{ id: game, name: Game, segments: [teens] }]\n';
const campaign = (segment: string): string =>
  `downstream:\n  campaigns:\n    - id: a\n      name: A\n      product: game\n      segments: [${segment}]\n      channels: [tiktok]\n` +
  '      schedule: { start: 2027-03-01, end: 2027-06-30 }\n      kpis: [conversions]\n      salesReview: { by: Ana, on: 2027-02-01 }\n';

describe('mplan/scopeStatus over stdio', () => {
  let dir: string;
  let client: LspClient;
  const file = (rel: string): string => uri(path.join(dir, rel));
  const status = (fileUri: string): Promise<ResultOf<typeof SCOPE_STATUS>> => {
    const params: ParamsOf<typeof SCOPE_STATUS> = { uri: fileUri };
    return client.conn.sendRequest(SCOPE_STATUS, params);
  };
  const errors = (d: Diagnostic[]): number => d.filter((x) => x.severity === 1).length;

  before(async () => {
    dir = tempDir({
      'shop/plan.mplan.yaml': PLAN,
      'shop/campaigns/a.mplan.yaml': campaign('teens'),
      'shop/mplan.config.yaml': 'rules: {}\n',
      'loose/lone.mplan.yaml': campaign('teens'),
    });
    client = new LspClient();
    await client.initialize(dir);
    await client.open(file('shop/campaigns/a.mplan.yaml'), campaign('teens'));
    await client.diagnosticsFor(file('loose/lone.mplan.yaml'), (d) => d.length > 0);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('a file of a plan: the plan root, declared, its files and config, no errors', async () => {
    assert.deepEqual(await status(file('shop/campaigns/a.mplan.yaml')), {
      root: uri(path.join(dir, 'shop')),
      planned: true,
      files: [file('shop/campaigns/a.mplan.yaml'), file('shop/plan.mplan.yaml'), file('shop/mplan.config.yaml')],
      errors: 0,
      warnings: 0,
      infos: 0,
      hints: 0,
    });
  });

  it('counts follow an edit, and equal the published diagnostics', async () => {
    await client.change(file('shop/campaigns/a.mplan.yaml'), campaign('kids'));
    const published = await client.diagnosticsFor(file('shop/campaigns/a.mplan.yaml'), (d) => errors(d) > 0);
    const s = await status(file('shop/campaigns/a.mplan.yaml'));
    assert.equal(s?.errors, errors(published));
    assert.equal(s?.errors, 1);
  });

  it('a file with no `plan:` at or above it is a scope of its own, not declared', async () => {
    const s = await status(file('loose/lone.mplan.yaml'));
    assert.deepEqual(s && { root: s.root, planned: s.planned, files: s.files }, {
      root: uri(path.join(dir, 'loose')),
      planned: false,
      files: [file('loose/lone.mplan.yaml')],
    });
  });

  it('a file the server does not hold: null', async () => {
    assert.equal(await status(file('shop/nowhere.mplan.yaml')), null);
    assert.equal(await client.conn.sendRequest(SCOPE_STATUS, {}), null);
  });
});
