import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempCopy } from '../support/fixtures';

const summary = (d: Diagnostic[]): Array<[string, number, number]> =>
  d.map((x) => [String(x.code), x.range.start.line + 1, x.range.start.character + 1]);

describe('language server on the questforge example', () => {
  let dir: string;
  let client: LspClient;
  let planUri: string;
  let launchUri: string;
  let planText: string;
  before(async () => {
    dir = tempCopy('questforge');
    planUri = uri(path.join(dir, 'plan.mplan.yaml'));
    launchUri = uri(path.join(dir, 'campaigns/launch.mplan.yaml'));
    planText = fs.readFileSync(path.join(dir, 'plan.mplan.yaml'), 'utf8');
    client = new LspClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('publishes exactly the documented findings for both files, unopened', async () => {
    const launch = await client.diagnosticsFor(launchUri, (d) => d.length === 8);
    assert.deepEqual(summary(launch), [
      ['MP403', 9, 14],
      ['MP101', 10, 18],
      ['MP103', 12, 35],
      ['MP104', 14, 22],
      ['MP201', 17, 16],
      ['MP202', 17, 16],
      ['MP204', 17, 16],
      ['MP402', 19, 15],
    ]);
    const mp101 = launch[1];
    assert.equal(mp101.severity, DiagnosticSeverity.Warning);
    assert.match(
      mp101.message,
      /the audience leaves out women and non-binary people of the segment Teen gamers 14-18 \(teen-gamers\), which covers ages 14-18 and people of any gender/,
    );
    assert.deepEqual(mp101.range, { start: { line: 9, character: 17 }, end: { line: 9, character: 23 } });
    assert.deepEqual(
      mp101.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line + 1]),
      [[planUri, 29]],
    );
    const plan = await client.diagnosticsFor(planUri, (d) => d.length === 1);
    assert.deepEqual(summary(plan), [['MP502', 65, 18]]);
  });

  it("editing a segment's genders in one file updates the campaign in another, unopened file", async () => {
    await client.open(planUri, planText);
    await client.change(planUri, planText.replace('      genders: any\n', '      genders: [male]\n'));
    const launch = await client.diagnosticsFor(launchUri, (d) => !d.some((x) => x.code === 'MP101'));
    assert.deepEqual(
      summary(launch).map((x) => x[0]),
      ['MP403', 'MP103', 'MP201', 'MP202', 'MP204', 'MP402'],
    );
    await client.diagnosticsFor(planUri, (d) => !d.some((x) => x.code === 'MP502'));
    await client.change(planUri, planText);
    const back = await client.diagnosticsFor(launchUri, (d) => d.some((x) => x.code === 'MP101'));
    assert.equal(back.length, 8);
  });
});
