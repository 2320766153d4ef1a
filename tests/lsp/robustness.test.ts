import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  HoverRequest,
  CompletionRequest,
  DefinitionRequest,
  ReferencesRequest,
  CodeActionRequest,
  DocumentSymbolRequest,
  CodeLensRequest,
  PrepareRenameRequest,
  RenameRequest,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol';
import { LspClient, SERVER, uri } from '../support/lsp-client';
import { EXAMPLES, removeDir, tempCopy } from '../support/fixtures';

const SOURCES = [
  fs.readFileSync(path.join(EXAMPLES, 'questforge/plan.mplan.yaml'), 'utf8'),
  fs.readFileSync(path.join(EXAMPLES, 'questforge/campaigns/launch.mplan.yaml'), 'utf8'),
];

/** A mutation of an example plan: truncate, delete a line, insert garbage, re-indent a line. */
const mutated = fc
  .tuple(fc.constantFrom(...SOURCES), fc.nat(), fc.constantFrom('truncate', 'delete', 'garbage', 'indent'), fc.string({ maxLength: 8 }))
  .map(([src, n, kind, junk]) => {
    const lines = src.split('\n');
    const i = n % lines.length;
    if (kind === 'truncate') return src.slice(0, n % src.length);
    if (kind === 'delete') return [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
    if (kind === 'garbage') return [...lines.slice(0, i), `${lines[i]}${junk}: [{&*`, ...lines.slice(i + 1)].join('\n');
    return [...lines.slice(0, i), `\t ${lines[i]}`, ...lines.slice(i + 1)].join('\n');
  });

describe('language server robustness', () => {
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = tempCopy('questforge');
    client = new LspClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('answers random requests at random positions of mutated plans without dying', async () => {
    const target = uri(path.join(dir, 'campaigns/launch.mplan.yaml'));
    await client.open(target, SOURCES[1]);
    await fc.assert(
      fc.asyncProperty(mutated, fc.nat({ max: 200 }), fc.nat({ max: 200 }), async (text, line, character) => {
        await client.change(target, text);
        const td = { uri: target };
        const position = { line, character };
        const range = { start: position, end: { line: line + 1, character } };
        const answers = await Promise.allSettled([
          client.conn.sendRequest(HoverRequest.type, { textDocument: td, position }),
          client.conn.sendRequest(CompletionRequest.type, { textDocument: td, position }),
          client.conn.sendRequest(DefinitionRequest.type, { textDocument: td, position }),
          client.conn.sendRequest(ReferencesRequest.type, { textDocument: td, position, context: { includeDeclaration: true } }),
          client.conn.sendRequest(CodeActionRequest.type, { textDocument: td, range, context: { diagnostics: [] } }),
          client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: td }),
          client.conn.sendRequest(CodeLensRequest.type, { textDocument: td }),
          client.conn.sendRequest(PrepareRenameRequest.type, { textDocument: td, position }).catch(() => null),
          client.conn.sendRequest(RenameRequest.type, { textDocument: td, position, newName: 'x-y' }).catch(() => null),
          client.conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'a' }),
          client.conn.sendRequest('mplan/planGraph', { uri: target }),
        ]);
        for (const a of answers) assert.equal(a.status, 'fulfilled', a.status === 'rejected' ? String(a.reason) : '');
      }),
      { numRuns: 60, seed: 20271123 },
    );
    assert.equal(client.proc.exitCode, null, 'the server is still running');
  });

  it('answers for an untitled document, a position past the end, and a file deleted on disk', async () => {
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, 'upstream:\n  segments:\n    - id: a\n      name: A\n      genders: [female, any]\n');
    const diags = await client.diagnosticsFor(untitled, (d) => d.length > 0);
    assert.deepEqual(
      diags.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [
        ['MP501', 2, 10],
        ['MP503', 2, 10],
        ['MP002', 4, 15],
      ],
    );
    const past = await client.conn.sendRequest(HoverRequest.type, {
      textDocument: { uri: untitled },
      position: { line: 999, character: 999 },
    });
    assert.equal(past, null);
    const gone = uri(path.join(dir, 'nope.mplan.yaml'));
    assert.equal(
      await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: gone }, position: { line: 0, character: 0 } }),
      null,
    );
    assert.deepEqual(
      await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: gone }, position: { line: 0, character: 0 } }),
      [],
    );
    assert.equal(client.proc.exitCode, null);
  });

  it('speaks stdio when started with no transport argument', async () => {
    const plain = new LspClient([SERVER]);
    try {
      await plain.initialize(dir);
      const h = await plain.conn.sendRequest(HoverRequest.type, {
        textDocument: { uri: uri(path.join(dir, 'plan.mplan.yaml')) },
        position: { line: 0, character: 0 },
      });
      assert.equal(h, null);
      assert.equal(plain.proc.exitCode, null);
    } finally {
      await plain.stop();
    }
  });
});
