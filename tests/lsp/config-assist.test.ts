/** Completion and hover in mplan.config.yaml, over a real stdio connection. */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CompletionRequest, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempDir } from '../support/fixtures';
import { RULES } from '../../server/src/engine/rules/registry';

const PLAN = 'version: 1\nplan: { id: shop, name: Shop, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Shoes. }\n';
const CONFIG = 'rules:\n  MP401: off\n  missing-kpis: warning\n  \nthresholds:\n  adultAge: 18\n  \n';

describe('mplan.config.yaml: completion and hover', () => {
  let dir: string;
  let client: LspClient;
  let configUri: string;
  const labels = async (line: number, character: number): Promise<string[]> => {
    const r = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: configUri }, position: { line, character } });
    const items = Array.isArray(r) ? r : (r?.items ?? []);
    return items.map((i) => i.label);
  };
  const hover = async (line: number, character: number): Promise<string> => {
    const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: configUri }, position: { line, character } });
    return (h?.contents as MarkupContent | undefined)?.value ?? '';
  };
  before(async () => {
    dir = tempDir({ 'plan.mplan.yaml': PLAN, 'mplan.config.yaml': CONFIG });
    configUri = uri(path.join(dir, 'mplan.config.yaml'));
    client = new LspClient();
    await client.initialize(dir);
    // Editors give the config the yaml language: the server goes by the file name.
    await client.open(configUri, CONFIG, 'yaml');
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('under rules: every rule by code and by name, except the ones already configured (by either)', async () => {
    const got = await labels(3, 2);
    const expected = RULES.filter((r) => !['MP401', 'MP405'].includes(r.meta.code)).flatMap((r) => [r.meta.code, r.meta.name]);
    assert.deepEqual(got, expected);
    assert.ok(!got.includes('missing-sales-review') && !got.includes('MP405'));
  });

  it('after a rule: its severities (never `off` for MP001 and MP002)', async () => {
    assert.deepEqual(await labels(1, 9), ['error', 'warning', 'info', 'hint', 'off']);
    const yamlSyntax = 'rules:\n  MP001: \n';
    await client.change(configUri, yamlSyntax);
    assert.deepEqual(await labels(1, 9), ['error', 'warning', 'info', 'hint']);
    await client.change(configUri, CONFIG);
  });

  it('under thresholds: the thresholds not yet written; at the top level: the sections not yet written', async () => {
    assert.deepEqual(await labels(6, 2), ['pretestBudget', 'premiumDiscountLimit']);
    await client.change(configUri, 'rules:\n  MP401: off\n');
    assert.deepEqual(await labels(2, 0), ['thresholds']);
    await client.change(configUri, CONFIG);
  });

  it('hover on a rule code or name: the rule, its default and its explanation; on a threshold: what it sets', async () => {
    const onCode = await hover(1, 4);
    const rule = RULES.find((r) => r.meta.code === 'MP401');
    assert.ok(rule);
    assert.equal(
      onCode,
      `**MP401 missing-sales-review** (default warning, governance)\n\n${rule.meta.summary}\n\n${rule.meta.explanation}\n\n[Rule documentation](https://github.com/mplan-dev/mplan/blob/main/docs/rules/MP401-missing-sales-review.md)`,
    );
    assert.match(await hover(2, 6), /^\*\*MP405 missing-kpis\*\* \(default warning, governance\)/);
    assert.equal(await hover(5, 4), '**adultAge**\n\nMP403: audiences reaching younger people need a compliance sign-off (default 18).');
    assert.equal(await hover(1, 10), '', 'no hover on a severity');
  });
});
