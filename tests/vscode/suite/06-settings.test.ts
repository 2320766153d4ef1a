/** The extension's settings reach the server: marketingPlan.validate and marketingPlan.run. */
import * as assert from './support/assert';
import * as vscode from 'vscode';
import { api, codeOf, launchUri, mplanDiagnostics, nextDiagnosticsChange, open, replaceLine, serverSettled, waitFor } from './helpers';

const has = (code: string): boolean => mplanDiagnostics(launchUri()).some((d) => codeOf(d) === code);

suite('06 settings', () => {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('marketingPlan');

  suiteSetup(async () => {
    await api();
    await open(launchUri());
    await waitFor('MP103', () => has('MP103'));
  });

  test('marketingPlan.validate: false clears the diagnostics, true brings them back', async () => {
    await config().update('validate', false, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('no mplan diagnostics', () => mplanDiagnostics(launchUri()).length === 0);
    } finally {
      await config().update('validate', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the diagnostics to come back', () => has('MP103'));
  });

  // Requests (code lens, symbols, hover) bring the analysis up to date, but with `onSave` the server
  // holds the diagnostics until the save.
  test('marketingPlan.run: onSave checks when the file is saved, not while typing', async () => {
    // Auto save would save (and so check) while the test types.
    const files = vscode.workspace.getConfiguration('files');
    const autoSave = files.inspect('autoSave')?.globalValue;
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    const doc = await vscode.workspace.openTextDocument(launchUri());
    await serverSettled();
    // A real change of its settings makes the server check every file again and republish them: the
    // sign that `onSave` has reached it (through the client's configuration sync and its
    // workspace/configuration request).
    const republished = nextDiagnosticsChange(launchUri());
    await config().update('run', 'onSave', vscode.ConfigurationTarget.Global);
    try {
      await republished.changed;
      await replaceLine(doc, 12, 'tv', 'twitch');
      // The server has the edit and has analysed it, and holds its diagnostics.
      await serverSettled();
      assert.ok(has('MP103'), 'typing does not re-check');
      assert.ok(await doc.save());
      await waitFor('the save to re-check', () => !has('MP103'));
    } finally {
      republished.done();
      await config().update('run', undefined, vscode.ConfigurationTarget.Global);
      await files.update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
    }
    await replaceLine(doc, 12, 'twitch', 'tv');
    await waitFor('typing to re-check again', () => has('MP103'));
    assert.ok(await doc.save());
  });
});
