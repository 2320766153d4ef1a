/**
 * The language server on Node: `mplan-language-server --stdio` (or `--node-ipc` from the VS Code
 * client), reading the disk through `nodeFileSystem`.
 */
import * as v8 from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeFileSystem } from '../engine/project/disk';
import { cliAnswer } from './cli-args';
import { startServer } from './server';

export function main(): void {
  const answer = cliAnswer(process.argv.slice(2));
  if (answer) {
    process.stdout.write(answer);
    return;
  }
  // Each analysis allocates many short-lived objects: a larger young generation
  // means fewer scavenges (measured: about 15% off a 50,000-line scope's analysis).
  v8.setFlagsFromString('--max-semi-space-size=32');
  // What the server keeps is small (66 MB for a 50,000-line scope); its peak is V8 growing the heap
  // ahead of that under each analysis' garbage. Growing it by less keeps the peak under 200 MiB there
  // (measured on the benchmark's scope, in one session: peak RSS under plan-file edits 292 -> 184 MiB, edit
  // median 35 -> 36-37 ms, p95 45 -> 79-84 ms; under campaign edits 216 -> 176 MiB, median 10.5 -> 14 ms,
  // p95 18 -> 26 ms: more collections, each small).
  // Set before anything is analysed: V8 reads it each time it sizes the heap after a collection.
  v8.setFlagsFromString('--heap-growing-percent=25');
  // No transport named: speak over stdio, as most editors expect.
  if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
  const connection = createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
  startServer(connection, nodeFileSystem, {
    // `mplan/test/crash`, heard only under the extension's tests: `close` ends the process as a crash
    // would; `throw` is an uncaught error, which the handler above logs (the server lives on).
    crashForTests: (how) => {
      if (how === 'close') process.exit(1);
      setTimeout(() => {
        throw new Error('mplan/test/crash: an uncaught error in the language server, asked by the tests');
      }, 0);
    },
  });
}
