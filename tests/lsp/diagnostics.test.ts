import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempDir } from '../support/fixtures';

const PLAN = `version: 1
plan:
  id: shop
  name: Shop
  period: { start: 2027-01-01, end: 2027-12-31 }
  currency: EUR
  mission: Sell good shoes.
upstream:
  segments:
    - id: runners
      name: Runners
      channels: [instagram]
      evidence: [run-study]
  research:
    - id: run-study
      method: survey
      completed: 2026-10-01
  products:
    - id: shoe
      name: Shoe
      segments: [runners]
`;

const CAMPAIGN = `downstream:
  campaigns:
    - id: spring
      name: Spring
      product: shoe
      segments: [runners]
      channels: [instagram]
      schedule: { start: 2027-03-01, end: 2027-03-31 }
      kpis: [sales]
      salesReview: { by: sales, on: 2027-02-01 }
`;

describe('language server diagnostics over stdio', () => {
  let dir: string;
  let client: LspClient;
  let planUri: string;
  let campaignUri: string;
  before(async () => {
    dir = tempDir({
      'plan.mplan.yaml': PLAN,
      'campaigns/spring.mplan.yaml': CAMPAIGN,
      'mplan.config.yaml': 'rules:\n  segment-without-campaign: info\n  MP999: off\n',
    });
    planUri = uri(path.join(dir, 'plan.mplan.yaml'));
    campaignUri = uri(path.join(dir, 'campaigns/spring.mplan.yaml'));
    client = new LspClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('reports mistakes of mplan.config.yaml in the config file', async () => {
    const cfg = uri(path.join(dir, 'mplan.config.yaml'));
    const diags = await client.diagnosticsFor(cfg, (d) => d.length > 0);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].code, 'MP003');
    assert.deepEqual(diags[0].range, { start: { line: 2, character: 2 }, end: { line: 2, character: 7 } });
    assert.match(diags[0].message, /unknown rule MP999/);
  });

  it('an edit in one file updates the diagnostics of another, unopened file (and back)', async () => {
    await client.open(planUri, PLAN);
    await client.change(planUri, PLAN.replace('- id: runners', '- id: runner'));
    const diags = await client.diagnosticsFor(campaignUri, (d) => d.some((x) => x.code === 'MP005'));
    const mp005 = diags.filter((d) => d.code === 'MP005');
    assert.equal(mp005.length, 1);
    assert.deepEqual(mp005[0].range, { start: { line: 5, character: 17 }, end: { line: 5, character: 24 } });
    assert.equal(mp005[0].message, 'unknown segment runners; did you mean runner?');
    assert.equal(mp005[0].severity, DiagnosticSeverity.Error);
    assert.equal(mp005[0].source, 'mplan');
    assert.equal(mp005[0].codeDescription?.href, 'https://github.com/mplan-dev/mplan/blob/main/docs/rules/MP005-unknown-reference.md');
    await client.change(planUri, PLAN);
    await client.diagnosticsFor(campaignUri, (d) => !d.some((x) => x.code === 'MP005'));
  });

  it('publishes with the version of an open document', async () => {
    const v = await client.change(planUri, PLAN.replace('currency: EUR', 'currency: eur'));
    const p = await client.waitFor(planUri, (d) => d.some((x) => x.code === 'MP002'));
    assert.equal(p.version, v);
    const mp002 = p.diagnostics.find((d) => d.code === 'MP002');
    assert.deepEqual(mp002?.range, { start: { line: 5, character: 12 }, end: { line: 5, character: 15 } });
    await client.change(planUri, PLAN);
    await client.waitFor(planUri, (d) => !d.some((x) => x.code === 'MP002'));
  });

  it('a burst of keystrokes yields an analysis of the latest text, not one per keystroke', async () => {
    const before = client.publishes.filter((p) => p.uri === planUri).length;
    let text = PLAN;
    let last = 0;
    for (let i = 0; i < 20; i++) {
      text = text.replace('name: Shop', `name: Shop${i % 10}`).replace(/name: Shop\d\d/, 'name: Shop');
      last = await client.change(planUri, i === 19 ? PLAN.replace('currency: EUR', 'currency: EURO') : text);
    }
    const p = await client.waitFor(planUri, (d) => d.some((x) => x.code === 'MP002'));
    assert.equal(p.version, last);
    const count = client.publishes.filter((x) => x.uri === planUri).length - before;
    assert.ok(count < 20, `expected fewer publishes than keystrokes, got ${count}`);
    await client.change(planUri, PLAN);
    await client.waitFor(planUri, (d) => !d.some((x) => x.code === 'MP002'));
  });

  it('a syntax error yields MP001 in that file only; other files keep resolving its ids', async () => {
    const broken = PLAN.replace('      channels: [instagram]', '      channels: [instagram');
    await client.change(planUri, broken);
    const p = await client.waitFor(planUri, (d) => d.some((x) => x.code === 'MP001'));
    assert.deepEqual([...new Set(p.diagnostics.map((d) => d.code))], ['MP001']);
    const camp = client.diagnostics.get(campaignUri)?.diagnostics ?? [];
    assert.ok(!camp.some((d) => d.code === 'MP005'), 'no unknown references in the other file');
    await client.change(planUri, PLAN);
    await client.waitFor(planUri, (d) => !d.some((x) => x.code === 'MP001'));
  });

  it('a plan file created on disk is analysed; deleted, its diagnostics are cleared', async () => {
    const file = path.join(dir, 'campaigns/extra.mplan.yaml');
    const fileUri = uri(file);
    fs.writeFileSync(file, CAMPAIGN.replace('id: spring', 'id: extra').replace('product: shoe', 'product: shoes'));
    await client.watched([{ uri: fileUri, type: 1 }]);
    const diags = await client.diagnosticsFor(fileUri, (d) => d.some((x) => x.code === 'MP005'));
    const mp005 = diags.find((d) => d.code === 'MP005');
    assert.equal(mp005?.message, 'unknown product shoes; did you mean shoe?');
    assert.deepEqual(mp005?.range, { start: { line: 4, character: 15 }, end: { line: 4, character: 20 } });
    fs.rmSync(file);
    await client.watched([{ uri: fileUri, type: 3 }]);
    await client.diagnosticsFor(fileUri, (d) => d.length === 0);
  });

  it('a duplicate id across files carries the first definition as related information', async () => {
    const file = path.join(dir, 'zz/dup.mplan.yaml');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fileUri = uri(file);
    const text = 'upstream:\n  segments:\n    - id: runners\n      name: Runners again\n';
    await client.open(fileUri, text);
    const diags = await client.diagnosticsFor(fileUri, (d) => d.some((x) => x.code === 'MP004'));
    const d = diags.find((x) => x.code === 'MP004');
    assert.deepEqual(d?.range, { start: { line: 2, character: 10 }, end: { line: 2, character: 17 } });
    assert.deepEqual(
      d?.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]),
      [[planUri, 9]],
    );
    await client.close(fileUri);
    await client.diagnosticsFor(fileUri, (x) => x.length === 0);
  });
});
