import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { HoverRequest } from 'vscode-languageserver-protocol';
import { FULL_CAPABILITIES, LspClient, uri } from '../support/lsp-client';
import { removeDir, tempDir } from '../support/fixtures';

const PLAN = `version: 1
plan: { id: shop, name: Shop, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Shoes. }
upstream:
  research:
    - { id: study, method: survey, completed: 2026-10-01 }
  products:
    - { id: shoe, name: Shoe, segments: [runners], pricing: { list: 100, floor: 80, maxDiscount: 20% } }
`;
const SEGMENTS = `upstream:
  segments:
    - { id: runners, name: Runners, age: 25-45, channels: [instagram], evidence: [study] }
`;
const CAMPAIGN = `downstream:
  campaigns:
    - id: spring
      name: Spring
      product: shoe
      segments: [runners]
      channels: [instagram]
      schedule: { start: 2027-03-01, end: 2027-03-31 }
      kpis: [sales]
      salesReview: { by: sales, on: 2027-02-01 }
`;

const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const brief = (d: Array<{ code?: unknown; range: { start: { line: number; character: number } }; message: string }>): string[] =>
  d.map((x) => `${String(x.code)} ${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message}`);

describe('special and unreadable files in the language server', () => {
  let dir: string;
  let client: LspClient;
  let socket: net.Server;
  const file = (rel: string): string => path.join(dir, rel);
  before(async () => {
    dir = tempDir({ 'plan.mplan.yaml': PLAN, 'segments.mplan.yaml': SEGMENTS, 'campaign.mplan.yaml': CAMPAIGN });
    fs.writeFileSync(file('wide.mplan.yaml'), utf16(SEGMENTS));
    // Present at start: a FIFO, a socket and a link to /dev/zero, all named like plan files.
    execFileSync('mkfifo', [file('fifo.mplan.yaml')]);
    socket = net.createServer();
    await new Promise<void>((resolve) => socket.listen(file('socket.mplan.yaml'), resolve));
    fs.symlinkSync('/dev/zero', file('zero.mplan.yaml'));
    client = new LspClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.stop();
    await new Promise<void>((resolve) => socket.close(() => resolve()));
    removeDir(dir);
  });

  it('reports a UTF-16 file as MP001 at 1:1, saying why, and indexes nothing else from special files', async () => {
    const wide = await client.diagnosticsFor(uri(file('wide.mplan.yaml')), (d) => d.length > 0);
    assert.deepEqual(brief(wide), ['MP001 1:1 the file cannot be read as text: the file is UTF-16 text, not UTF-8: save it as UTF-8']);
    // Published in the same round: the campaign, whose segment is in a readable file, has nothing.
    assert.deepEqual(brief(client.diagnostics.get(uri(file('campaign.mplan.yaml')))?.diagnostics ?? []), []);
    for (const special of ['fifo', 'socket', 'zero']) assert.equal(client.diagnostics.get(uri(file(`${special}.mplan.yaml`))), undefined);
  });

  it('takes file-watcher events and didClose for a FIFO, a socket and a link to /dev/zero without blocking', async () => {
    const specials = ['fifo', 'socket', 'zero'].map((s) => uri(file(`${s}.mplan.yaml`)));
    await client.watched(specials.map((u) => ({ uri: u, type: 1 as const })));
    await client.watched(specials.map((u) => ({ uri: u, type: 2 as const })));
    for (const u of specials) {
      await client.open(u, SEGMENTS.replace('runners', 'walkers'));
      await client.close(u);
    }
    const counts = await client.conn.sendRequest<{ files: number; errors: number }>('mplan/validateWorkspace', {});
    assert.deepEqual(counts, { files: 4, errors: 1, warnings: 0, infos: 0, hints: 0 });
    const hover = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri: uri(file('campaign.mplan.yaml')) },
      position: { line: 5, character: 19 },
    });
    assert.ok(hover);
    for (const u of specials) assert.deepEqual(client.diagnostics.get(u)?.diagnostics ?? [], []);
    assert.equal(client.proc.exitCode, null);
  });

  it('drops the last valid version of a file that becomes unreadable: it contributes no entities', async () => {
    const latin1 = Buffer.from(SEGMENTS.replace('Runners', 'Läufer'), 'latin1');
    fs.writeFileSync(file('segments.mplan.yaml'), latin1);
    await client.watched([{ uri: uri(file('segments.mplan.yaml')), type: 2 }]);
    const seg = await client.diagnosticsFor(uri(file('segments.mplan.yaml')), (d) => d.length > 0);
    assert.deepEqual(brief(seg), [
      'MP001 1:1 the file cannot be read as text: the file is not UTF-8 text (Latin-1 or another encoding?): save it as UTF-8',
    ]);
    const campaign = await client.diagnosticsFor(uri(file('campaign.mplan.yaml')), (d) => d.length > 0);
    assert.deepEqual(
      campaign.map((d) => `${String(d.code)} ${d.range.start.line + 1}:${d.range.start.character + 1}`),
      ['MP005 6:18'],
    );
    fs.writeFileSync(file('segments.mplan.yaml'), SEGMENTS);
    await client.watched([{ uri: uri(file('segments.mplan.yaml')), type: 2 }]);
    await client.diagnosticsFor(uri(file('campaign.mplan.yaml')), (d) => d.length === 0);
    await client.diagnosticsFor(uri(file('segments.mplan.yaml')), (d) => d.length === 0);
  });
});

describe('an unreadable file in a French or Italian editor', () => {
  for (const [locale, expected] of [
    ['fr', 'MP001 1:1 le fichier ne peut pas être lu comme du texte : le fichier est du texte UTF-16, pas UTF-8 : enregistrez-le en UTF-8'],
    ['it', 'MP001 1:1 il file non può essere letto come testo: il file è testo UTF-16, non UTF-8: salvalo come UTF-8'],
  ] as const)
    it(`says why in the initialize locale (${locale}), the reason included; data keeps it in English`, async () => {
      const dir = tempDir({ 'plan.mplan.yaml': PLAN });
      fs.writeFileSync(path.join(dir, 'wide.mplan.yaml'), utf16(SEGMENTS));
      const client = new LspClient();
      try {
        await client.initializeWith({
          processId: process.pid,
          rootUri: uri(dir),
          workspaceFolders: [{ uri: uri(dir), name: path.basename(dir) }],
          capabilities: FULL_CAPABILITIES,
          initializationOptions: { today: '2027-01-01' },
          locale,
        });
        const wide = await client.diagnosticsFor(uri(path.join(dir, 'wide.mplan.yaml')), (d) => d.length > 0);
        assert.deepEqual(brief(wide), [expected]);
        assert.deepEqual((wide[0].data as { data?: unknown }).data, { detail: 'the file is UTF-16 text, not UTF-8: save it as UTF-8' });
      } finally {
        await client.stop();
        removeDir(dir);
      }
    });
});
