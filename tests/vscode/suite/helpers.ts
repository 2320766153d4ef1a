/**
 * Shared by the suites: the extension's API, the example workspace, waiting. The suite runs in both
 * extension hosts (Node, and the web worker of VS Code for the Web): no Node API here or in the tests
 * (files through `vscode.workspace.fs`, paths through `vscode.Uri`), except in tests marked `nodeOnly`.
 */
import * as vscode from 'vscode';
import * as assert from './support/assert';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient/lib/common/api';
import type { MplanApi } from '../../../client/src/api';

export const EXTENSION_ID = 'mplan-dev.mplan';

/** True in the web worker extension host (VS Code for the Web), false in the Node one. */
export const WEB = typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';

/** Tests that only the Node host can run, with the reason (printed by the web run, which reports them as pending). */
export const pendingInWeb: { title: string; reason: string }[] = [];

/**
 * Call first in a test that can only run in the Node extension host: in the web worker host the test
 * is reported as pending (never as passed), with `reason`.
 */
export function nodeOnly(ctx: Mocha.Context, reason: string): void {
  if (!WEB) return;
  const title = ctx.test?.fullTitle() ?? '?';
  pendingInWeb.push({ title, reason });
  console.log(`    [pending in the web host] ${title}: ${reason}`);
  ctx.skip();
}

/** The last segment of a URI's path. */
export const baseName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** `uri`'s path relative to the folder `base` ('/'-separated), or undefined when it is not inside. */
export function relPath(base: vscode.Uri, uri: vscode.Uri): string | undefined {
  const prefix = base.toString().replace(/\/$/, '') + '/';
  const u = uri.toString();
  return u.startsWith(prefix) ? decodeURIComponent(u.slice(prefix.length)) : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Waits until the state `fn` reads is there (a truthy value) and returns it; `timeoutMs` is only the
 * upper bound that fails a stuck run (`stepMs` is how often the state is read again).
 */
export async function waitFor<T>(
  what: string,
  fn: () => T | undefined | false | null | Promise<T | undefined | false | null>,
  timeoutMs = 20000,
  stepMs = 100,
): Promise<T> {
  const t0 = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeoutMs)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`,
      );
    await sleep(stepMs);
  }
}

export async function api(): Promise<MplanApi> {
  const ext = vscode.extensions.getExtension<MplanApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  const a = ext.isActive ? ext.exports : await ext.activate();
  await a.ready;
  return a;
}

export function folder(name: string): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.find((w) => w.name === name || baseName(w.uri) === name);
  assert.ok(f, `workspace folder ${name} is open (have: ${(vscode.workspace.workspaceFolders ?? []).map((w) => w.name).join(', ')})`);
  return f;
}

export const questforge = (): vscode.WorkspaceFolder => folder('questforge');
export const planUri = (): vscode.Uri => vscode.Uri.joinPath(questforge().uri, 'plan.mplan.yaml');
export const launchUri = (): vscode.Uri => vscode.Uri.joinPath(questforge().uri, 'campaigns', 'launch.mplan.yaml');

export function mplanDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mplan');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
}

/** `file:line code` (1-based line), sorted: the shape the example's README lists. */
export function summarize(uri: vscode.Uri, base: vscode.Uri): string[] {
  const rel = relPath(base, uri) ?? uri.toString();
  return mplanDiagnostics(uri)
    .map((d) => `${rel}:${d.range.start.line + 1} ${codeOf(d)}`)
    .sort();
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
}

/** The file's text on disk (through VS Code's file system: the same in both hosts). */
export async function diskText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** True when the file or folder exists. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

/** The position of the `nth` occurrence of `needle` on 1-based `line`, plus `offset` characters. */
export function at(doc: vscode.TextDocument, line: number, needle: string, offset = 0): vscode.Position {
  const text = doc.lineAt(line - 1).text;
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `line ${line} of ${baseName(doc.uri)} contains ${needle}: ${text}`);
  return new vscode.Position(line - 1, i + offset);
}

export async function replaceLine(doc: vscode.TextDocument, line: number, from: string, to: string): Promise<void> {
  const text = doc.lineAt(line - 1).text;
  const i = text.indexOf(from);
  assert.ok(i >= 0, `line ${line} contains ${from}: ${text}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(line - 1, i, line - 1, i + from.length), to);
  assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
}

/**
 * vscode-languageclient 9 applies the diagnostics it receives through a queue: each publication is
 * converted (asynchronously) and then set on the collection. The queue is not public API; this is the
 * shape of the two fields of its state (the version is pinned in package.json).
 */
interface DiagnosticQueueState {
  readonly _diagnosticQueue?: Map<string, unknown>;
  readonly _diagnosticQueueState?: { readonly state: string };
}

/** True when every diagnostics publication the client received has been set on the collection. */
function diagnosticsApplied(client: LanguageClient): boolean {
  const q = client as unknown as DiagnosticQueueState;
  if (!q._diagnosticQueue || !q._diagnosticQueueState)
    throw new Error('vscode-languageclient no longer has the diagnostic queue serverSettled() reads');
  return q._diagnosticQueue.size === 0 && q._diagnosticQueueState.state === 'idle';
}

/**
 * Waits until VS Code shows the diagnostics of everything the server has been sent so far (with
 * `marketingPlan.run: onType`). A request is the barrier: before answering `mplan/planGraph` the
 * server analyses every change it received (the client sends pending changes before a request) and
 * publishes the diagnostics, and those notifications reach the client before the answer. Then the
 * client's diagnostics queue drains. With `onSave` the server analyses but holds the diagnostics: the
 * same barrier then proves that typing did not publish.
 */
export async function serverSettled(uri: vscode.Uri = launchUri()): Promise<void> {
  const a = await api();
  await a.client.sendRequest('mplan/planGraph', { uri: a.client.code2ProtocolConverter.asUri(uri) });
  await waitFor('the client to apply the diagnostics the server published', () => diagnosticsApplied(a.client), 20000, 10);
}

/**
 * Resolves on the next change of `uri`'s diagnostics after this call (subscribe before the action
 * that causes it; `done` stops listening).
 */
export function nextDiagnosticsChange(uri: vscode.Uri, timeoutMs = 30000): { changed: Promise<void>; done(): void } {
  let sub: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = (): void => {
    sub?.dispose();
    if (timer) clearTimeout(timer);
  };
  const changed = new Promise<void>((resolve, reject) => {
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      done();
      resolve();
    });
    timer = setTimeout(() => {
      done();
      reject(new Error(`no diagnostics change for ${baseName(uri)} within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  return { changed, done };
}
