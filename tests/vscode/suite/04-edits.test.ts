/** Editing through the server: a quick fix, Fix All, Fix All on save, rename across two files. */
import * as assert from './support/assert';
import * as vscode from 'vscode';
import { api, at, codeOf, diskText, launchUri, mplanDiagnostics, open, planUri, replaceLine, serverSettled, waitFor } from './helpers';

const has = (uri: vscode.Uri, code: string): boolean => mplanDiagnostics(uri).some((d) => codeOf(d) === code);

suite('04 fixes and rename', () => {
  suiteSetup(async () => {
    await api();
  });

  test('quick fix: widen the audience to the segment (MP101), exact text', async () => {
    const ed = await open(launchUri());
    const doc = ed.document;
    const before = doc.getText();
    const diag = await waitFor('MP101', () => mplanDiagnostics(doc.uri).find((d) => codeOf(d) === 'MP101'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // (vscode.executeCodeActionProvider does not hand back the actions' diagnostics: every action at the
    // range of `[male]` is about MP101.)
    const titles = actions.map((a) => a.title);
    assert.ok(
      titles.includes('Disable MP101 for this line') && titles.includes('Disable MP101 for this file'),
      `disable actions offered: ${titles.join(' | ')}`,
    );
    const fix = actions.find((a) => a.isPreferred) ?? actions.find((a) => !a.title.startsWith('Disable'));
    assert.ok(fix?.edit, `a widening fix is offered: ${titles.join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), before.replace('        genders: [male]\n', '        genders: any\n'));
    await waitFor('MP101 to go away', () => !has(doc.uri, 'MP101'));
    assert.ok(await doc.save());
    assert.equal(await diskText(doc.uri), doc.getText());
  });

  test('Fix All applies every safe fix (MP000, MP003, MP006) and nothing else', async () => {
    const ed = await open(planUri());
    const doc = ed.document;
    const original = doc.getText();
    await replaceLine(doc, 58, '25%', '25'); // MP006: a bare percentage
    await replaceLine(doc, 17, 'finding:', 'findng:'); // MP003: one candidate at distance 1
    await replaceLine(doc, 40, 'channels: [youtube, email]', 'channels: [youtube, email] # mplan-disable-line MP401'); // MP000: suppresses nothing
    await waitFor('MP000, MP003 and MP006', () => has(doc.uri, 'MP000') && has(doc.uri, 'MP003') && has(doc.uri, 'MP006'));
    const applied = await vscode.commands.executeCommand<number>('marketingPlan.fixAll');
    assert.ok(applied >= 3, `safe edits applied: ${applied}`);
    assert.equal(doc.getText(), original, 'the file is back to the example as shipped');
    await waitFor('the safe findings to go away', () => !has(doc.uri, 'MP000') && !has(doc.uri, 'MP003') && !has(doc.uri, 'MP006'));
    assert.ok(await doc.save());
  });

  test('editor.codeActionsOnSave with source.fixAll.mplan fixes on save', async () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'marketing-plan' });
    await config.update('codeActionsOnSave', { 'source.fixAll.mplan': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      const ed = await open(planUri());
      const doc = ed.document;
      const original = doc.getText();
      await replaceLine(doc, 58, '25%', '25');
      await waitFor('MP006', () => has(doc.uri, 'MP006'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor('the save to apply the fix', () => !doc.isDirty && doc.getText() === original, 15000);
      assert.equal(await diskText(doc.uri), original);
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });

  test('rename a segment id across two files', async () => {
    const plan = (await open(planUri())).document;
    const launch = await vscode.workspace.openTextDocument(launchUri());
    const pos = at(plan, 36, 'adult-collectors', 2); // `    - id: adult-collectors`
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      plan.uri,
      pos,
      'collectors',
    );
    assert.ok(edit, 'a rename edit');
    const files = edit
      .entries()
      .map(([u]) => u.toString())
      .sort();
    assert.deepEqual(files, [launchUri().toString(), planUri().toString()].sort(), 'the edit touches both files');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(!plan.getText().includes('adult-collectors') && !launch.getText().includes('adult-collectors'));
    assert.equal(plan.lineAt(35).text, '    - id: collectors');
    assert.equal(plan.lineAt(45).text, '      segments: [teen-gamers, collectors]');
    assert.equal(plan.lineAt(53).text, '          segments: [collectors]');
    assert.equal(launch.lineAt(25).text, '      segments: [collectors]');
    await serverSettled(planUri());
    assert.ok(!has(plan.uri, 'MP005') && !has(launch.uri, 'MP005'), 'every reference still resolves');
    // A clash is refused with a message.
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', plan.uri, at(plan, 36, 'collectors', 1), 'teen-gamers'),
      ),
      /already exists/,
    );
    // (files.refactoring.autoSave may already have saved the file that is not shown in an editor)
    for (const d of [plan, launch]) if (d.isDirty) assert.ok(await d.save());
    assert.equal(await diskText(launch.uri), launch.getText());
  });
});
