/**
 * Starting the browser build of the language server (dist/server-web.js) in a web Worker, wherever
 * the extension runs in a browser: on vscode.dev / github.dev the extension's URI is an `https:` URL
 * and `new Worker(url)` is the usual way; in code-server (and any host whose extension URI is
 * `vscode-remote:`) that throws ("Creating workers from remote extensions is currently not
 * supported"), so the script is fetched (the host turns the URI into its own URL) and the worker is
 * started from the response's URL, or from a Blob of its text when that is refused too.
 */
import type * as vscode from 'vscode';

/** The Worker a browser gives (the client's TypeScript has no DOM library): what the transport uses. */
export interface ServerWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  /** An uncaught error in the worker, or its script failed to load. */
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null;
}
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

/** How the worker was started (the tests and the log say which path a host took). */
export type WorkerStart = 'script-url' | 'fetched-url' | 'blob';

export async function startServerWorker(script: vscode.Uri): Promise<{ worker: ServerWorker; how: WorkerStart }> {
  const url = script.toString(true);
  const name = 'mplan-language-server';
  if (script.scheme === 'https' || script.scheme === 'http') {
    try {
      return { worker: new Worker(url, { name }), how: 'script-url' };
    } catch {
      // A host that does not start workers from its extensions' URLs: fetch the script below.
    }
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load the language server from ${url} (HTTP ${response.status})`);
  try {
    return { worker: new Worker(response.url, { name }), how: 'fetched-url' };
  } catch {
    const blob = new Blob([await response.text()], { type: 'text/javascript' });
    return { worker: new Worker(URL.createObjectURL(blob), { name }), how: 'blob' };
  }
}
