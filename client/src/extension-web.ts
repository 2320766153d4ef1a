/**
 * The extension's entry in VS Code for the Web (`"browser"`: github.dev, vscode.dev, a web worker
 * extension host): the browser build of the language server (dist/server-web.js) runs in a web
 * Worker and reads files through the client (`file-system-requests.ts`). No Node API here or in
 * anything it imports (tests/lsp/web-bundle.test.ts reads the bundle's inputs).
 */
import * as vscode from 'vscode';
import { BaseLanguageClient, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import type { MplanApi } from './api';
import { activateWith, deactivate } from './activate';
import { CLIENT_ID, OUTPUT_NAME } from './constants';
import { startServerWorker, type WorkerStart } from './server-worker';
import { workerTransports } from './worker-transport';

/**
 * A language client whose server is a fresh Worker at every start. The transport closes when the
 * Worker dies (an uncaught error, or it closed itself), so the restart policy (`errorHandler.closed()`)
 * runs as on desktop when the server process exits; stopping the client terminates the Worker.
 */
class WorkerLanguageClient extends BaseLanguageClient {
  /** How the last worker was started. */
  how: WorkerStart | undefined;

  constructor(
    options: LanguageClientOptions,
    private readonly script: vscode.Uri,
    private readonly log: (line: string) => void,
  ) {
    super(CLIENT_ID, OUTPUT_NAME, options);
  }

  protected async createMessageTransports(): Promise<MessageTransports> {
    const t0 = Date.now();
    const { worker, how } = await startServerWorker(this.script);
    this.how = how;
    this.log(
      `[client] language server worker started from ${how === 'script-url' ? 'its URL' : how === 'fetched-url' ? "the fetched script's URL" : 'a Blob of the fetched script'} in ${Date.now() - t0} ms`,
    );
    return workerTransports(worker, (end) =>
      this.log(
        end.kind === 'error'
          ? `[client] the language server worker stopped on an uncaught error: ${end.message}`
          : '[client] the language server worker closed itself',
      ),
    );
  }
}

export function activate(context: vscode.ExtensionContext): MplanApi {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-web.js');
  let client: WorkerLanguageClient | undefined;
  const api = activateWith(context, (options) => {
    client = new WorkerLanguageClient(options, script, (line) => options.outputChannel?.appendLine(line));
    return client;
  });
  return { ...api, host: 'web', workerStart: () => client?.how };
}

export { deactivate };
