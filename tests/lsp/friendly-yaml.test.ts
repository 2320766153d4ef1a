/**
 * The colon a marketer puts in a headline, over a real stdio connection: the
 * diagnostic covers the text and says to quote it, the quick fix quotes it,
 * and once quoted the file parses and the campaign is analysed again. A
 * headline cut short by a `#` gets no diagnostic, but a refactoring that puts
 * the whole text in quotes.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CodeActionRequest, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempDir } from '../support/fixtures';
import { applyWorkspaceEdit } from '../support/apply-lsp-edit';

const PLAN =
  'version: 1\nplan: { id: spring, name: Spring, period: { start: 2027-03-01, end: 2027-12-31 }, currency: EUR, mission: Games for all }\n' +
  'upstream:\n  segments: [{ id: adults, name: Adults, age: 25-45, evidence: [study] }]\n  research: [{ id: study, method: survey, completed: 2027-01-01, finding: Adults play }]\n' +
  '  products: [{ id: game, name: Game, segments: [adults], valueProps: [{ id: fun, claim: Fun }] }]\n';
const SUMMER =
  'downstream:\n  campaigns:\n    - id: summer\n      name: Summer # to do\n      product: game\n      segments: [adults]\n      channels: [email]\n' +
  '      budget: 1000 #eur\n      schedule: { start: 2027-06-01, end: 2027-07-31 }\n      message:\n        valueProps: [fun]\n        headline: Win big #summer\n';
const CAMPAIGN =
  'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [adults]\n      channels: [email]\n      schedule: { start: 2027-04-01, end: 2027-05-31 }\n' +
  '      message:\n        valueProps: [fun]\n        headline: Save now: 20% off # launch week\n';

describe('friendly YAML errors in the editor', () => {
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = tempDir({ 'plan.mplan.yaml': PLAN, 'campaign.mplan.yaml': CAMPAIGN, 'summer.mplan.yaml': SUMMER });
    client = new LspClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('a colon in a headline: MP001 on the text, saying to quote it; the quick fix quotes it and the file is read again', async () => {
    const doc = uri(path.join(dir, 'campaign.mplan.yaml'));
    await client.open(doc, CAMPAIGN);
    const diags = await client.diagnosticsFor(doc, (d) => d.some((x) => x.code === 'MP001'));
    assert.deepEqual(
      diags.map((d) => [d.code, d.range, d.message]),
      [
        [
          'MP001',
          { start: { line: 10, character: 18 }, end: { line: 10, character: 35 } },
          'the text of headline holds a colon followed by a space, which YAML reads as the start of another key: put the whole text in quotes, as in headline: "Save now: 20% off"',
        ],
      ],
    );
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: doc },
      range: diags[0].range,
      context: { diagnostics: diags },
    })) as CodeAction[];
    const quote = actions.find((a) => a.title === 'Put the text in quotes: "Save now: 20% off"');
    assert.ok(quote, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    const fixed = applyWorkspaceEdit(quote.edit as WorkspaceEdit, { [doc]: CAMPAIGN })[doc];
    assert.equal(fixed, CAMPAIGN.replace('headline: Save now: 20% off', 'headline: "Save now: 20% off"'));

    await client.change(doc, fixed);
    const after = await client.diagnosticsFor(doc, (d) => !d.some((x) => x.code === 'MP001'));
    assert.deepEqual(
      after.map((d) => [d.code, d.message]),
      [
        ['MP401', 'campaign Launch (launch) has no sales review (salesReview)'],
        ['MP405', 'campaign Launch (launch) has no kpis: nothing says how its success is measured'],
      ],
    );
  });

  it('a headline cut short by #summer: no finding, a refactoring that puts the whole text in quotes; none for a genuine comment or a number', async () => {
    const doc = uri(path.join(dir, 'summer.mplan.yaml'));
    await client.open(doc, SUMMER);
    const diags = await client.diagnosticsFor(doc, (d) => d.length > 0);
    assert.deepEqual(
      diags.map((d) => d.code),
      ['MP401', 'MP405'],
    );
    const actionsOn = async (line: number, only?: string[]): Promise<CodeAction[]> =>
      (await client.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: doc },
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
        context: { diagnostics: [], only },
      })) as CodeAction[];
    const headline = await actionsOn(11);
    assert.deepEqual(headline, [
      {
        title: 'Put the whole text in quotes (# starts a comment)',
        kind: 'refactor.rewrite',
        edit: {
          changes: {
            [doc]: [{ range: { start: { line: 11, character: 18 }, end: { line: 11, character: 33 } }, newText: '"Win big #summer"' }],
          },
        },
      },
    ]);
    assert.deepEqual(await actionsOn(11, ['refactor']), headline);
    assert.deepEqual(await actionsOn(11, ['quickfix']), []);
    const fixed = applyWorkspaceEdit(headline[0].edit, { [doc]: SUMMER })[doc];
    assert.equal(fixed, SUMMER.replace('headline: Win big #summer', 'headline: "Win big #summer"'));
    // `name: Summer # to do` is a comment; `budget: 1000 #eur` is a number.
    assert.deepEqual(await actionsOn(3), []);
    assert.deepEqual(await actionsOn(7), []);
  });
});
