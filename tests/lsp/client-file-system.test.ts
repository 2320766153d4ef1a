/**
 * The server of the browser build on a virtual workspace (github.dev's `vscode-vfs:` scheme): it has
 * no disk, reads through the client's answers to `mplan/fs/*`, and keys documents by their URIs,
 * so the questforge example's cross-file findings are the same as on `file:`.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import {
  FS_READ_DIRECTORY,
  FS_READ_FILE,
  FS_STAT,
  type KeyParams,
  type WireDirEntry,
  type WireFileRead,
  type WirePathKind,
} from '../../shared/protocol';

const SERVER = path.resolve(__dirname, '../support/client-fs-server.js');
const EXAMPLE = path.resolve(__dirname, '../../../examples/questforge');
const ROOT = 'vscode-vfs://github/mplan-dev/plans';

const summary = (d: Diagnostic[]): Array<[string, number, number]> =>
  d.map((x) => [String(x.code), x.range.start.line + 1, x.range.start.character + 1]);

/** questforge as a virtual workspace: file URIs to texts (a folder is a prefix of its files). */
function virtualWorkspace(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string, rel: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}/${e.name}`);
      else files.set(`${ROOT}${rel}/${e.name}`, fs.readFileSync(path.join(dir, e.name), 'utf8'));
    }
  };
  walk(EXAMPLE, '');
  return files;
}

describe('the browser build of the server on a vscode-vfs workspace (files read through the client)', () => {
  let client: LspClient;
  let files: Map<string, string>;
  const asked = new Set<string>();
  const planUri = `${ROOT}/plan.mplan.yaml`;
  const launchUri = `${ROOT}/campaigns/launch.mplan.yaml`;

  before(async () => {
    files = virtualWorkspace();
    client = new LspClient([SERVER, '--stdio']);
    const kindOf = (key: string): WirePathKind =>
      files.has(key) ? 'file' : [...files.keys()].some((f) => f.startsWith(`${key}/`)) ? 'dir' : 'missing';
    client.conn.onRequest(FS_STAT, (p: KeyParams): WirePathKind => {
      asked.add(FS_STAT);
      return kindOf(p.key);
    });
    client.conn.onRequest(FS_READ_DIRECTORY, (p: KeyParams): WireDirEntry[] => {
      asked.add(FS_READ_DIRECTORY);
      const names = new Set([...files.keys()].filter((f) => f.startsWith(`${p.key}/`)).map((f) => f.slice(p.key.length + 1).split('/')[0]));
      return [...names].map((name) => ({ name, kind: kindOf(`${p.key}/${name}`) }));
    });
    client.conn.onRequest(FS_READ_FILE, (p: KeyParams): WireFileRead => {
      asked.add(FS_READ_FILE);
      const text = files.get(p.key);
      return text === undefined ? { ok: false, reason: 'no such file', special: false, missing: true } : { ok: true, text };
    });
    await client.initializeWith({
      processId: process.pid,
      rootUri: ROOT,
      workspaceFolders: [{ uri: ROOT, name: 'plans' }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
      initializationOptions: { today: '2027-01-01' },
    });
  });
  after(async () => {
    await client.stop();
  });

  it('publishes exactly the documented findings of both files, unopened, with related places across files by URI', async () => {
    const launch = await client.diagnosticsFor(launchUri, (d) => d.length === 8);
    assert.deepEqual(summary(launch), [
      ['MP403', 9, 14],
      ['MP101', 10, 18],
      ['MP103', 12, 35],
      ['MP104', 14, 22],
      ['MP201', 17, 16],
      ['MP202', 17, 16],
      ['MP204', 17, 16],
      ['MP402', 19, 15],
    ]);
    assert.deepEqual(
      launch[1].relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line + 1]),
      [[planUri, 29]],
    );
    const plan = await client.diagnosticsFor(planUri, (d) => d.length === 1);
    assert.deepEqual(summary(plan), [['MP502', 65, 18]]);
    assert.deepEqual([...asked].sort(), [FS_READ_DIRECTORY, FS_READ_FILE, FS_STAT].sort(), 'every file came through the client');
  });

  it('an edit in the open plan file re-checks the campaign in the other, unopened file', async () => {
    const planText = files.get(planUri) ?? '';
    await client.open(planUri, planText);
    await client.change(planUri, planText.replace('      genders: any\n', '      genders: [male]\n'));
    const launch = await client.diagnosticsFor(launchUri, (d) => !d.some((x) => x.code === 'MP101'));
    assert.deepEqual(
      summary(launch).map((x) => x[0]),
      ['MP403', 'MP103', 'MP201', 'MP202', 'MP204', 'MP402'],
    );
  });

  it('a file changed behind the editor is read again through the client when its watcher says so', async () => {
    const launchText = files.get(launchUri) ?? '';
    files.set(launchUri, launchText.replace('channels: [tiktok, youtube, tv]', 'channels: [tiktok, youtube]'));
    assert.notEqual(files.get(launchUri), launchText, 'the campaign has a channel to drop');
    await client.watched([{ uri: launchUri, type: 2 }]);
    const launch = await client.diagnosticsFor(launchUri, (d) => !d.some((x) => x.code === 'MP103'));
    assert.deepEqual(
      summary(launch).map((x) => x[0]),
      ['MP403', 'MP201', 'MP202', 'MP204', 'MP402'],
    );
  });
});
