/**
 * The language server as the browser build runs it (`startServer` with `ClientFileSystem`: every file
 * read, folder listing and stat is a request to the client), over stdio so that tests speak to it
 * as an editor does. Only the transport differs from dist/server-web.js.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ClientFileSystem } from '../../server/src/lsp/client-file-system';
import { startServer } from '../../server/src/lsp/server';

if (!process.argv.includes('--stdio')) process.argv.push('--stdio');
const connection = createConnection(ProposedFeatures.all);
startServer(connection, new ClientFileSystem(connection));
