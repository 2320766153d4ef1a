/**
 * Edit speed, the same in both hosts: type one character in campaigns/launch.mplan.yaml and time until
 * its diagnostics are updated (the diagnostics change event, not a sleep). Prints `[timings]` lines for
 * the runner to put side by side (Node host, web worker host); no assertion on the figures.
 */
import * as assert from './support/assert';
import * as vscode from 'vscode';
import { api, launchUri, mplanDiagnostics, nextDiagnosticsChange, open, serverSettled, WEB } from './helpers';

const EDITS = 11;

suite('07 edit speed', () => {
  test('type one character -> its diagnostics updated (median of 10 edits)', async () => {
    await api();
    const ed = await open(launchUri());
    const doc = ed.document;
    const original = doc.getText();
    await serverSettled();
    const findings = mplanDiagnostics(launchUri()).length;
    const line = 2; // `    # The disconnect: the ads are bought for boys only.` (a comment: typing there moves no finding)
    const end = doc.lineAt(line).range.end;
    ed.selection = new vscode.Selection(end, end);
    const ms: number[] = [];
    try {
      for (let i = 0; i < EDITS; i++) {
        const next = nextDiagnosticsChange(launchUri());
        const t0 = performance.now();
        await vscode.commands.executeCommand('type', { text: 'x' });
        await next.changed;
        ms.push(performance.now() - t0);
      }
      assert.equal(doc.lineAt(line).text, `${original.split('\n')[line]}${'x'.repeat(EDITS)}`, 'every character was typed');
      assert.equal(mplanDiagnostics(launchUri()).length, findings, 'typing in a comment changes no finding');
    } finally {
      const back = new vscode.WorkspaceEdit();
      back.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      await vscode.workspace.applyEdit(back);
      await doc.save();
    }
    // The first edit also wakes things up (e.g. the first completion of a new line); the next ten count.
    const counted = ms.slice(1).sort((a, b) => a - b);
    const median = (counted[4] + counted[5]) / 2;
    console.log(
      `[timings] ${WEB ? 'web' : 'node'}: type one character in launch.mplan.yaml -> its diagnostics updated: median ${median.toFixed(1)} ms (min ${counted[0].toFixed(1)}, max ${counted[counted.length - 1].toFixed(1)}, ${counted.length} edits)`,
    );
  });
});
