/**
 * The language server in a web Worker (VS Code for the Web: github.dev, vscode.dev, code-server's
 * worker extension host): LSP over the Worker's messages, files read through the client. Bundled by
 * esbuild into dist/server-web.js; no `node:` module reaches it (tests/lsp/web-bundle.test.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { ClientFileSystem } from './client-file-system';
import { startServer } from './server';

/** The Worker's global scope: what the reader and writer post to and listen on. */
type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0];

export function mainInWorker(scope: WorkerScope): void {
  const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
  startServer(connection, new ClientFileSystem(connection));
}
