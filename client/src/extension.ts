/**
 * The extension's entry on desktop (`"main"`): the bundled language server (dist/server.js) runs in
 * Node over IPC and reads the disk itself. Everything else is `activate.ts`, shared with the browser.
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import type { MplanApi } from './api';
import { activateWith, deactivate } from './activate';
import { CLIENT_ID, OUTPUT_NAME } from './constants';

export function activate(context: vscode.ExtensionContext): MplanApi {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return activateWith(context, (options) => new LanguageClient(CLIENT_ID, OUTPUT_NAME, serverOptions, options));
}

export { deactivate };
