/**
 * Checks of the extension in the web worker extension host (VS Code for the Web), run by
 * tests/e2e/run.js in code-server with `"remote.extensionKind": {"mplan-dev.mplan": ["web"]}`: the
 * browser entry starts the server in a web Worker, which reads the workspace through the client.
 * Bundled for the browser (no Node there: no `fs`, `path`, `assert`); the result, with one line per
 * check, is written beside the workspace file through `vscode.workspace.fs`.
 */
import * as vscode from 'vscode';
import type { MplanApi } from '../../../client/src/api';

const EXPECTED = [
  'campaigns/launch.mplan.yaml:9 MP403',
  'campaigns/launch.mplan.yaml:10 MP101',
  'campaigns/launch.mplan.yaml:12 MP103',
  'campaigns/launch.mplan.yaml:14 MP104',
  'campaigns/launch.mplan.yaml:17 MP201',
  'campaigns/launch.mplan.yaml:17 MP202',
  'campaigns/launch.mplan.yaml:17 MP204',
  'campaigns/launch.mplan.yaml:19 MP402',
  'plan.mplan.yaml:65 MP502',
].sort();

class Failure extends Error {}
function check(ok: unknown, what: string): asserts ok {
  if (!ok) throw new Failure(what);
}

/** Resolves when `fn` gives a truthy value: re-read on every diagnostics change (the event is the barrier; the bound only ends a stuck run). */
function whenDiagnostics<T>(what: string, fn: () => T | undefined, timeoutMs = 20000): Promise<T> {
  return new Promise((resolve, reject) => {
    const now = fn();
    if (now) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Failure(`timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      const v = fn();
      if (!v) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''));

export async function run(): Promise<void> {
  const lines: string[] = [];
  let passes = 0;
  let failures = 0;
  const test = async (name: string, fn: () => Promise<void>): Promise<void> => {
    const t0 = Date.now();
    try {
      await fn();
      passes++;
      lines.push(`  ok  ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failures++;
      lines.push(`  FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === 'questforge');
  const ext = vscode.extensions.getExtension<MplanApi>('mplan-dev.mplan');
  let api: MplanApi | undefined;

  await test('the extension runs in the web worker host with its server in a web Worker', async () => {
    check(folder, 'the questforge folder is open');
    check(ext, 'the extension is loaded');
    api = ext.isActive ? ext.exports : await ext.activate();
    await api.ready;
    check(api.host === 'web', `host is web (got ${api.host})`);
    check(typeof (globalThis as { importScripts?: unknown }).importScripts === 'function', 'this is a worker');
    lines.push(`[timings] web: worker started from ${api.workerStart()}; server ready ${api.timings.serverReadyMs} ms after activation`);
  });
  if (!api || !folder) return finish(lines, passes, failures + 1);
  const a = api;
  const plan = vscode.Uri.joinPath(folder.uri, 'plan.mplan.yaml');
  const launch = vscode.Uri.joinPath(folder.uri, 'campaigns', 'launch.mplan.yaml');
  const summary = (): string[] =>
    [plan, launch]
      .flatMap((u) =>
        vscode.languages
          .getDiagnostics(u)
          .filter((d) => d.source === 'mplan')
          .map((d) => `${u.path.slice(folder.uri.path.length + 1)}:${d.range.start.line + 1} ${codeOf(d)}`),
      )
      .sort();

  await test('exact questforge diagnostics across both files, read through vscode.workspace.fs', async () => {
    await whenDiagnostics('the questforge findings', () => JSON.stringify(summary()) === JSON.stringify(EXPECTED) || undefined);
    const mp101 = vscode.languages.getDiagnostics(launch).find((d) => codeOf(d) === 'MP101');
    const rel = mp101?.relatedInformation?.map(
      (r) => `${r.location.uri.path.slice(folder.uri.path.length + 1)}:${r.location.range.start.line + 1}`,
    );
    check(
      JSON.stringify(rel) === JSON.stringify(['plan.mplan.yaml:29']),
      `MP101 relates to plan.mplan.yaml:29 (got ${JSON.stringify(rel)})`,
    );
    lines.push(`[timings] web: first diagnostics ${a.timings.firstDiagnosticsMs} ms after activation`);
  });

  await test('hover on a segment reference shows the segment from the other file', async () => {
    const doc = await vscode.workspace.openTextDocument(launch);
    const line = doc.lineAt(6).text;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      launch,
      new vscode.Position(6, line.indexOf('teen-gamers') + 2),
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    check(
      /teen-gamers/.test(text) && /14-18/.test(text),
      `hover names the segment and its ages (got ${JSON.stringify(text.slice(0, 200))})`,
    );
  });

  await test('rename a segment: edits in both files', async () => {
    const doc = await vscode.workspace.openTextDocument(launch);
    const at = new vscode.Position(6, doc.lineAt(6).text.indexOf('teen-gamers') + 1);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', launch, at, 'teens');
    const files = edit
      .entries()
      .map(([u, e]) => `${u.path.slice(folder.uri.path.length + 1)}:${e.length}`)
      .sort();
    check(
      files.length === 2 && files[0].startsWith('campaigns/launch.mplan.yaml:') && files[1].startsWith('plan.mplan.yaml:'),
      `edits in both files (got ${files.join(', ')})`,
    );
  });

  await test('the plan map renders', async () => {
    await vscode.commands.executeCommand('marketingPlan.showPlanMap', launch);
    const s = await a.planMap.waitForRender();
    check(a.planMap.lastGraph && a.planMap.lastGraph.nodes.length > 0, 'the map has nodes');
    lines.push(`[web] plan map rendered: ${s.nodeIds.length} nodes, ${s.edgeCount} flows`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  return finish(lines, passes, failures);
}

async function finish(lines: string[], passes: number, failures: number): Promise<void> {
  for (const l of lines) console.log(l);
  // Beside the opened folder (the runner opens one folder, questforge, and waits for this file).
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const out = vscode.Uri.joinPath(folder.uri, '..', 'web-tests-result.json');
    await vscode.workspace.fs.writeFile(out, new TextEncoder().encode(JSON.stringify({ failures, passes, pending: 0, lines })));
  }
  if (failures) throw new Error(`${failures} web check(s) failed`);
}
