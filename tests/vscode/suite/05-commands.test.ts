/** The status item, the commands (Validate Workspace, Explain Rule, New Plan, Restart Server) and crash recovery. */
import * as assert from './support/assert';
import type * as nodeFs from 'node:fs';
import * as vscode from 'vscode';
import { CloseAction, State } from 'vscode-languageclient/lib/common/api';
import {
  EXTENSION_ID,
  api,
  at,
  codeOf,
  exists,
  launchUri,
  mplanDiagnostics,
  nextDiagnosticsChange,
  open,
  questforge,
  relPath,
  serverSettled,
  WEB,
  waitFor,
} from './helpers';

function allMplan(): [vscode.Uri, vscode.Diagnostic[]][] {
  return vscode.languages
    .getDiagnostics()
    .map(([u, ds]): [vscode.Uri, vscode.Diagnostic[]] => [u, ds.filter((d) => d.source === 'mplan')])
    .filter(([, ds]) => ds.length > 0);
}

function count(entries: [vscode.Uri, vscode.Diagnostic[]][], sev: vscode.DiagnosticSeverity): number {
  return entries.reduce((n, [, ds]) => n + ds.filter((d) => d.severity === sev).length, 0);
}

/** Process ids of the language servers running under this extension host (Node host only: reads /proc). */
function serverPids(): number[] {
  // Loaded here, not at the top: the web worker host has no `fs` (and never calls this).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('node:fs') as typeof nodeFs;
  const out: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (cmd.includes('dist/server.js')) out.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

suite('05 status item and commands', () => {
  test('status item: errors and warnings of the active plan, opens Problems, hidden elsewhere', async () => {
    const a = await api();
    await open(launchUri());
    await serverSettled();
    const scope = allMplan().filter(([u]) => relPath(questforge().uri, u) !== undefined);
    const errors = count(scope, vscode.DiagnosticSeverity.Error);
    const warnings = count(scope, vscode.DiagnosticSeverity.Warning);
    assert.ok(errors > 0 && warnings > 0, `the example still has errors (${errors}) and warnings (${warnings})`);
    const s = await waitFor('the status item', async () => {
      const x = await a.refreshStatus();
      return x.visible && x.errors === errors && x.warnings === warnings ? x : undefined;
    });
    assert.equal(s.root, questforge().uri.fsPath);
    assert.equal(s.command, 'workbench.actions.view.problems');
    assert.equal(s.text, `mplan $(error) ${errors} $(warning) ${warnings}`);
    console.log(`[status] ${s.text} · ${s.tooltip}`);
    // Not a plan file: hidden.
    const readme = vscode.Uri.joinPath(questforge().uri, 'README.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(readme), { preview: false });
    assert.equal((await a.refreshStatus()).visible, false);
    await open(launchUri());
    assert.equal((await a.refreshStatus()).visible, true);
  });

  test('Validate Workspace: counts every plan file and opens Problems', async () => {
    await serverSettled();
    const counts = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number; infos: number; hints: number }>(
      'marketingPlan.validateWorkspace',
    );
    assert.ok(counts, 'counts returned');
    assert.ok(counts.files >= 3, `files: ${counts.files}`);
    await serverSettled();
    const all = allMplan();
    assert.equal(counts.errors, count(all, vscode.DiagnosticSeverity.Error));
    assert.equal(counts.warnings, count(all, vscode.DiagnosticSeverity.Warning));
  });

  test('Explain Rule: by code, and from the quick pick (the rule at the cursor first)', async () => {
    const a = await api();
    const cat = await a.catalogue();
    assert.ok(cat.length >= 30, `catalogue: ${cat.length} rules`);
    assert.ok(cat.some((e) => e.code === 'MP101' && e.name === 'audience-excludes-segment' && e.summary.length > 0));
    // The extension under development is a checkout: its docs/rules pages are there (file: on desktop,
    // vscode-remote: in the web worker host) and the preview shows the page.
    const page = vscode.Uri.joinPath(
      vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri,
      'docs',
      'rules',
      'MP101-audience-excludes-segment.md',
    );
    const uri = await vscode.commands.executeCommand<vscode.Uri>('marketingPlan.explainRule', 'MP101');
    assert.equal(uri?.toString(), page.toString(), 'the docs page of the checkout is previewed');
    console.log(`[explain] previewed ${uri.toString().replace(/^.*\/docs\//, 'docs/')} (${uri.scheme})`);
    await waitFor('the Markdown preview', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview')),
    );
    // The quick pick: cursor on `tv` (MP103) puts MP103 first.
    const ed = await open(launchUri());
    const pos = at(ed.document, 12, 'tv', 1);
    ed.selection = new vscode.Selection(pos, pos);
    assert.ok(mplanDiagnostics(ed.document.uri).some((d) => codeOf(d) === 'MP103' && d.range.contains(pos)));
    const shown = new Promise<string>((resolve) => {
      const sub = a.onDidFocusRulePickItem((code) => {
        sub.dispose();
        resolve(code);
      });
    });
    const picked = vscode.commands.executeCommand<vscode.Uri | undefined>('marketingPlan.explainRule');
    assert.equal(await shown, 'MP103', 'the quick pick opens on the rule at the cursor');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const u = await picked;
    assert.ok(u && u.path.endsWith('/docs/rules/MP103-channel-not-reachable.md'), `picked ${u?.toString()}`);
    // The packaged extension ships no pages (size): there the rule's explanation comes from the registry.
    const text = (
      await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'mplan-rule', path: '/MP101-audience-excludes-segment.md' }))
    ).getText();
    const mp101 = cat.find((e) => e.code === 'MP101');
    assert.ok(mp101);
    assert.equal(text.split('\n')[0], '# MP101 audience-excludes-segment');
    assert.ok(text.includes(mp101.explanation) && text.includes(`](${mp101.docsUrl})`), 'the explanation and the link to the page online');
  });

  test('New Plan: a scaffold with zero findings, in a free place (nothing overwritten)', async () => {
    const a = await api();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('marketingPlan.newPlan', questforge().uri);
    assert.ok(uri);
    assert.equal(relPath(questforge().uri, uri), 'new-plan/marketing.mplan.yaml', 'a folder with plan files gets the plan in a subfolder');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the scaffold is opened');
    const graph = await waitFor('the scaffold to be indexed', async () => {
      const g = await a.client.sendRequest<{ root: string; nodes: { kind: string }[] } | null>('mplan/planGraph', { uri: uri.toString() });
      return g && g.nodes.length ? g : undefined;
    });
    assert.equal(vscode.Uri.parse(graph.root).toString(), vscode.Uri.joinPath(uri, '..').toString(), 'the scaffold is a scope of its own');
    assert.deepEqual([...new Set(graph.nodes.map((n) => n.kind))].sort(), ['campaign', 'initiative', 'product', 'research', 'segment']);
    await serverSettled(uri);
    assert.deepEqual(
      mplanDiagnostics(uri).map((d) => `${d.range.start.line + 1} ${codeOf(d)} ${d.message}`),
      [],
      'zero findings in the scaffold',
    );
    assert.ok(!allMplan().some(([, ds]) => ds.some((d) => codeOf(d) === 'MP007' || codeOf(d) === 'MP004')), 'no clash with the example');
    const second = await vscode.commands.executeCommand<vscode.Uri>('marketingPlan.newPlan', questforge().uri);
    assert.equal(relPath(questforge().uri, second), 'new-plan-2/marketing.mplan.yaml');
    assert.ok(await exists(uri));
  });

  test('Restart Server: the server comes back and republishes', async () => {
    const a = await api();
    // Node: a new server process; web: a new Worker (the old one is terminated; no process to see).
    const before = WEB ? [] : serverPids();
    if (!WEB) assert.equal(before.length, 1, `one server process: ${before.join(',')}`);
    const starts = a.serverStarts();
    await open(launchUri());
    const republished = nextDiagnosticsChange(launchUri());
    assert.equal(await vscode.commands.executeCommand<boolean>('marketingPlan.restartServer'), true);
    assert.equal(a.client.state, State.Running);
    assert.equal(a.serverStarts(), starts + 1, 'the server was started once more');
    if (!WEB) await waitFor('a new server process', () => serverPids().length === 1 && serverPids()[0] !== before[0]);
    await republished.changed;
    await waitFor('diagnostics after the restart', () => mplanDiagnostics(launchUri()).length > 0);
  });

  /**
   * Makes the running server die: `kill` is SIGKILL on its process in the Node host and an uncaught
   * error in its Worker in the web host; `close` is the server ending itself (`process.exit(1)` on
   * Node, `self.close()` in the Worker). Both but SIGKILL go through `mplan/test/crash`, which the
   * server hears only under the tests (the client's `testHooks` initialization option).
   */
  async function crashServer(how: 'kill' | 'close'): Promise<void> {
    const a = await api();
    if (how === 'kill' && !WEB) {
      const [pid] = serverPids();
      assert.ok(pid, 'a server process to kill');
      process.kill(pid, 'SIGKILL');
    } else await a.client.sendNotification('mplan/test/crash', { how: how === 'kill' ? 'throw' : 'close' });
  }

  /** Crashes the server as `how` says and waits until the policy restarted it and its diagnostics are back. */
  async function crashAndRecover(how: 'kill' | 'close'): Promise<void> {
    const a = await api();
    await open(launchUri());
    await waitFor('diagnostics of launch.mplan.yaml', () => mplanDiagnostics(launchUri()).length > 0);
    const expected = mplanDiagnostics(launchUri()).map((d) => `${d.range.start.line + 1} ${codeOf(d)}`);
    const starts = a.serverStarts();
    const crashesBefore = a.restartPolicy.recentCrashes;
    const pidsBefore = WEB ? [] : serverPids();
    const republished = nextDiagnosticsChange(launchUri());
    await crashServer(how);
    await waitFor('the server to be restarted', () => a.serverStarts() === starts + 1 && a.client.state === State.Running, 30000);
    assert.equal(a.restartPolicy.recentCrashes, crashesBefore + 1, 'the restart policy counted the crash');
    assert.equal(a.restartPolicy.gaveUp, false);
    if (!WEB) {
      const now = serverPids();
      assert.ok(now.length === 1 && now[0] !== pidsBefore[0], `a new server process (${pidsBefore.join(',')} -> ${now.join(',')})`);
    }
    await republished.changed;
    assert.deepEqual(
      mplanDiagnostics(launchUri()).map((d) => `${d.range.start.line + 1} ${codeOf(d)}`),
      expected,
      'the restarted server published the same diagnostics',
    );
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      launchUri(),
      at(await vscode.workspace.openTextDocument(launchUri()), 7, 'teen-gamers', 2),
    );
    assert.ok(hover.length > 0, 'the restarted server answers a hover');
  }

  test('a crashed server is restarted automatically (Node: its process killed; web: an uncaught error in its Worker)', async () => {
    await crashAndRecover('kill');
  });

  test('a server that ends itself is restarted automatically (Node: process.exit; web: its Worker closes itself)', async () => {
    await crashAndRecover('close');
  });

  test('the live client gives up after repeated crashes, says so once, and Restart Server brings it back', async () => {
    const a = await api();
    await open(launchUri());
    const policy = a.restartPolicy;
    // Crashes so far within the policy's window (the two tests above) count too: crash until the
    // limit, each one restarted, then the one more that makes the policy give up.
    while (policy.recentCrashes < 4) await crashAndRecover(policy.recentCrashes % 2 ? 'kill' : 'close');
    const starts = a.serverStarts();
    await crashServer('kill');
    await waitFor('the policy to give up', () => policy.gaveUp && a.client.state === State.Stopped, 30000);
    assert.equal(policy.recentCrashes, 5, 'the 5th crash within 3 minutes stops the restarts');
    assert.equal(a.serverStarts(), starts, 'not restarted');
    if (!WEB) assert.deepEqual(serverPids(), [], 'no server process');
    const republished = nextDiagnosticsChange(launchUri());
    assert.equal(await vscode.commands.executeCommand<boolean>('marketingPlan.restartServer'), true);
    assert.equal(a.client.state, State.Running);
    assert.equal(a.serverStarts(), starts + 1);
    assert.equal(policy.gaveUp, false, 'a restart by hand counts afresh');
    assert.equal(policy.recentCrashes, 0);
    await republished.changed;
    await waitFor('diagnostics after the restart by hand', () => mplanDiagnostics(launchUri()).length > 0);
  });

  test('the restart policy gives up after repeated crashes within minutes, and never loops', async () => {
    const a = await api();
    let t = 0;
    let gaveUp = 0;
    const p = a.newRestartPolicy({ maxRestarts: 4, windowMs: 180000, now: () => t, onGiveUp: () => gaveUp++ });
    for (let i = 0; i < 4; i++) {
      t += 10000;
      assert.equal(p.closed().action, CloseAction.Restart, `crash ${i + 1} restarts`);
    }
    t += 10000;
    assert.equal(p.closed().action, CloseAction.DoNotRestart, 'the 5th crash within 3 minutes stops');
    assert.equal(gaveUp, 1);
    t += 10 * 60000;
    assert.equal(p.closed().action, CloseAction.DoNotRestart, 'stays stopped until a restart by hand');
    assert.equal(gaveUp, 1, 'the message is shown once');
    p.reset();
    assert.equal(p.closed().action, CloseAction.Restart);
    // Crashes spread over more than the window never give up.
    const q = a.newRestartPolicy({ maxRestarts: 4, windowMs: 180000, now: () => t, onGiveUp: () => gaveUp++ });
    for (let i = 0; i < 20; i++) {
      t += 60000;
      assert.equal(q.closed().action, CloseAction.Restart);
    }
  });
});
