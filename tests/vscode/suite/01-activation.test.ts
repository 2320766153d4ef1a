/** Activation: by workspaceContains (no plan file opened yet), one server for the multi-root workspace. */
import * as assert from './support/assert';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/lib/common/api';
import type { MplanApi } from '../../../client/src/api';
import { api, EXTENSION_ID, folder, nodeOnly, WEB, launchUri, mplanDiagnostics, open, waitFor } from './helpers';

suite('01 activation', () => {
  test('activates through workspaceContains, before any plan file is opened', async () => {
    assert.equal(vscode.workspace.textDocuments.filter((d) => d.languageId === 'marketing-plan').length, 0, 'no plan file is open yet');
    const ext = vscode.extensions.getExtension<MplanApi>(EXTENSION_ID);
    assert.ok(ext);
    await waitFor('the extension to activate on its own', () => ext.isActive, 30000);
  });

  test('the language server starts (activation time)', async () => {
    const a = await api();
    assert.equal(a.client.state, State.Running);
    await waitFor('first diagnostics', () => a.timings.firstDiagnosticsMs !== undefined, 30000);
    console.log(
      `[timings] activate -> server ready: ${a.timings.serverReadyMs} ms; activate -> first mplan diagnostics: ${a.timings.firstDiagnosticsMs} ms`,
    );
    assert.ok((a.timings.serverReadyMs ?? Infinity) < 20000);
  });

  test('runs in its host: Node with a server process, or a web worker with the server in a web Worker', async () => {
    const a = await api();
    if (WEB) {
      assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'a worker without Node');
      assert.equal(a.host, 'web', 'the browser entry in the web worker host');
      assert.ok(['script-url', 'fetched-url', 'blob'].includes(a.workerStart() ?? ''), `the server Worker started (${a.workerStart()})`);
      console.log(`[timings] web: server worker started from ${a.workerStart()}`);
    } else {
      assert.equal(a.host, 'node');
      assert.equal(a.workerStart(), undefined);
    }
    assert.equal(a.serverStarts(), 1, 'the server came up once');
  });

  test('opening the questforge example shows its diagnostics (first diagnostics after opening)', async () => {
    const t0 = Date.now();
    const ed = await open(launchUri());
    assert.equal(ed.document.languageId, 'marketing-plan');
    await waitFor('diagnostics of launch.mplan.yaml', () => mplanDiagnostics(ed.document.uri).length > 0, 30000, 20);
    console.log(`[timings] open launch.mplan.yaml -> its diagnostics shown: ${Date.now() - t0} ms`);
  });

  test('one server serves every folder of a multi-root workspace', async function () {
    if ((vscode.workspace.workspaceFolders ?? []).length < 2)
      nodeOnly(
        this,
        'the web host run opens the questforge folder alone: opened with ?workspace=, the web workbench sometimes comes up with the workspace file and no folders, and no folder arrives later',
      );
    const a = await api();
    const northwind = vscode.Uri.joinPath(folder('northwind-saas').uri, 'northwind.mplan.yaml');
    const graph = await waitFor('the northwind plan to be indexed', async () => {
      const g = await a.client.sendRequest<{ root: string; nodes: unknown[] } | null>('mplan/planGraph', { uri: northwind.toString() });
      return g && g.nodes.length ? g : undefined;
    });
    assert.equal(vscode.Uri.parse(graph.root).toString(), folder('northwind-saas').uri.toString());
    const qf = await a.client.sendRequest<{ root: string } | null>('mplan/planGraph', { uri: launchUri().toString() });
    assert.equal(qf && vscode.Uri.parse(qf.root).toString(), folder('questforge').uri.toString());
  });

  test('an untitled plan document is checked too', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'marketing-plan',
      content:
        'version: 1\nupstream:\n  segments:\n    - id: teens\n      name: Teens\n      age: 14-18\n      channels: [tiktok, telepathy]\n',
    });
    await vscode.window.showTextDocument(doc);
    try {
      const diags = await waitFor('diagnostics of the untitled plan', () => {
        const d = mplanDiagnostics(doc.uri);
        return d.length ? d : undefined;
      });
      assert.ok(
        diags.some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'MP005' && doc.getText(d.range) === 'telepathy'),
        diags.map((d) => d.message).join(' | '),
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
