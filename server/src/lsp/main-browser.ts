/**
 * The language server in a web Worker (VS Code for the Web: github.dev, vscode.dev, code-server's
 * worker extension host): LSP over the Worker's messages, files read through the client. Bundled by
 * esbuild into dist/server-web.js; no `node:` module reaches it (tests/lsp/web-bundle.test.ts).
 *
 * A Worker that closes itself gives its parent no event: every `self.close()` first posts the
 * `WorkerExitingNotice` (shared/protocol.ts), so the client knows its server is gone and applies
 * its restart policy (an uncaught error reaches the client as the Worker's `error` event). On the
 * LSP `exit` notification the Worker closes itself, as the Node server ends its process.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import type { TestCrashParams, WorkerExitingNotice } from '../../../shared/protocol';
import { ClientFileSystem } from './client-file-system';
import { startServer } from './server';

/** What the reader and writer post to and listen on (the Worker's global scope). */
type WorkerPort = ConstructorParameters<typeof BrowserMessageReader>[0];

/** The Worker's global scope, as this module uses it beyond the reader and writer. */
interface WorkerScope {
  postMessage(message: unknown): void;
  close(): void;
}

export function mainInWorker(scope: WorkerScope): void {
  const close = scope.close.bind(scope);
  scope.close = () => {
    const notice: WorkerExitingNotice = { mplanWorker: 'exiting' };
    scope.postMessage(notice);
    close();
  };
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unnecessary-type-assertion -- typescript-eslint cannot resolve vscode-languageserver/browser's reader types here (tsc does, and needs the assertion)
  const port: WorkerPort = scope as unknown as WorkerPort;
  const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port));
  connection.onExit(() => scope.close());
  startServer(connection, new ClientFileSystem(connection), {
    crashForTests: (how: TestCrashParams['how']) => {
      if (how === 'close') scope.close();
      else
        setTimeout(() => {
          throw new Error('mplan/test/crash: an uncaught error in the language server, asked by the tests');
        }, 0);
    },
  });
}
