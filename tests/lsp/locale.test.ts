import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol';
import { FULL_CAPABILITIES, LspClient, uri } from '../support/lsp-client';
import { removeDir, tempCopy } from '../support/fixtures';
import { mplan } from '../support/run-cli';
import type { PlanGraph } from '../../shared/plan-graph';

describe("language server in the client's language (initialize locale: it)", () => {
  let dir: string;
  let client: LspClient;
  let launchUri: string;
  before(async () => {
    dir = tempCopy('questforge');
    launchUri = uri(path.join(dir, 'campaigns/launch.mplan.yaml'));
    client = new LspClient();
    await client.initializeWith({
      processId: process.pid,
      locale: 'it',
      rootUri: uri(dir),
      workspaceFolders: [{ uri: uri(dir), name: 'questforge' }],
      capabilities: FULL_CAPABILITIES,
      initializationOptions: { today: '2027-01-01' },
    });
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('publishes Italian messages, equal to the CLI with --locale it', async () => {
    const launch = await client.diagnosticsFor(launchUri, (d) => d.length === 8);
    assert.equal(launch[4].code, 'MP201');
    assert.equal(
      launch[4].message,
      'la campagna Spring launch ads (spring-launch) offre il prodotto QuestForge (questforge) a 39,99: il prezzo più basso consentito è il suo prezzo minimo di 44,99',
    );
    assert.equal(
      launch[0].message,
      'la campagna Spring launch ads (spring-launch) ha come target i 14-18 anni, sotto la maggiore età di 18 anni, senza approvazione di conformità',
    );
    const cli = JSON.parse(
      mplan(['check', path.join(dir, 'campaigns/launch.mplan.yaml'), '--format', 'json', '--locale', 'it'], dir).stdout,
    ) as Array<{ code: string; message: string }>;
    assert.deepEqual(
      launch.map((d) => [d.code, d.message]),
      cli.map((f) => [f.code, f.message]),
    );
  });

  it('the quick fix carries the same Italian diagnostic', async () => {
    const launch = await client.diagnosticsFor(launchUri, (d) => d.length === 8);
    const actions =
      (await client.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: launchUri },
        range: launch[4].range,
        context: { diagnostics: [launch[4]], only: ['quickfix'] },
      })) ?? [];
    const fix = actions.filter((a): a is CodeAction => 'kind' in a).find((a) => a.diagnostics?.some((d) => d.code === 'MP201'));
    assert.equal(fix?.diagnostics?.find((d) => d.code === 'MP201')?.message, launch[4].message);
  });

  it('the plan graph (the map) carries the same Italian messages', async () => {
    const launch = await client.diagnosticsFor(launchUri, (d) => d.length === 8);
    const g = await client.conn.sendRequest<PlanGraph>('mplan/planGraph', { uri: launchUri });
    const messages = new Set(g.edges.flatMap((e) => e.findings.filter((f) => f.code === 'MP201').map((f) => f.message)));
    assert.deepEqual([...messages], [launch[4].message]);
  });
});
