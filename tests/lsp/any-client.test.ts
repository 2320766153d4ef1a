import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CompletionRequest,
  HoverRequest,
  DocumentSymbolRequest,
  CodeLensRequest,
  ExecuteCommandRequest,
  InitializeRequest,
  DidChangeWorkspaceFoldersNotification,
  DidSaveTextDocumentNotification,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type CodeLens,
  type Location,
  type InitializeResult,
} from 'vscode-languageserver-protocol';
import { LspClient, NEOVIM_07_CAPABILITIES, FULL_CAPABILITIES, uri } from '../support/lsp-client';
import { removeDir, tempCopy, tempDir } from '../support/fixtures';
import { mplan } from '../support/run-cli';

interface CliFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  message: string;
}

/** Findings as `file line:col-endLine:endCol code message`, from the CLI's JSON and from published diagnostics. */
function cliFindings(dir: string): string[] {
  const r = mplan(['check', '.', '--format', 'json'], dir);
  const found = JSON.parse(r.stdout) as CliFinding[];
  return found.map((f) => `${f.file} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.code} ${f.message}`).sort();
}
function lspFindings(rel: string, diags: Diagnostic[]): string[] {
  return diags.map(
    (d) =>
      `${rel} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${String(d.code)} ${d.message}`,
  );
}

/** A Neovim 0.7 client: no workspace folders, no root, and its own capabilities. */
async function neovim(rootUri: string | null = null): Promise<LspClient> {
  const c = new LspClient();
  await c.initializeWith({
    processId: process.pid,
    rootUri,
    workspaceFolders: null,
    capabilities: NEOVIM_07_CAPABILITIES,
    initializationOptions: { today: '2027-01-01' },
  });
  return c;
}

const COMPOSE = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n';
const WORKFLOW = 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';

describe('a Neovim 0.7 client with no workspace folder', () => {
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = tempCopy('questforge');
    client = await neovim();
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('analyses a plan file opened from anywhere with its whole scope, exactly as the CLI', async () => {
    const launch = path.join(dir, 'campaigns/launch.mplan.yaml');
    await client.open(uri(launch), fs.readFileSync(launch, 'utf8'), 'yaml');
    const launchDiags = await client.diagnosticsFor(uri(launch), (d) => d.length === 8);
    const planDiags = await client.diagnosticsFor(uri(path.join(dir, 'plan.mplan.yaml')), (d) => d.length === 1);
    const fromServer = [...lspFindings('campaigns/launch.mplan.yaml', launchDiags), ...lspFindings('plan.mplan.yaml', planDiags)].sort();
    assert.deepEqual(fromServer, cliFindings(dir));
    assert.ok(!launchDiags.some((d) => d.code === 'MP005'));
  });

  it('gives a docker-compose.yml and a workflow nothing: no diagnostics, completion, hover or symbols', async () => {
    const compose = uri(path.join(dir, 'docker-compose.yml'));
    const workflow = uri(path.join(dir, '.github/workflows/ci.yml'));
    await client.open(compose, COMPOSE, 'yaml');
    await client.open(workflow, WORKFLOW, 'yaml');
    // Publishes come in order: once the plan opened after them is published, theirs would have been.
    const plan = uri(path.join(dir, 'plan.mplan.yaml'));
    const before = client.publishes.length;
    await client.open(plan, fs.readFileSync(path.join(dir, 'plan.mplan.yaml'), 'utf8'), 'yaml');
    await client.waitFor(plan);
    assert.ok(client.publishes.length > before);
    assert.deepEqual(
      client.publishes.filter((p) => p.uri === compose || p.uri === workflow),
      [],
    );
    for (const u of [compose, workflow]) {
      assert.deepEqual(
        await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: u }, position: { line: 1, character: 2 } }),
        [],
      );
      assert.equal(
        await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: { line: 0, character: 1 } }),
        null,
      );
      assert.deepEqual(await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: u } }), []);
      assert.deepEqual(await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: u } }), []);
    }
  });

  it('offers no snippets to a client without snippetSupport', async () => {
    const launch = uri(path.join(dir, 'campaigns/launch.mplan.yaml'));
    const text = fs.readFileSync(path.join(dir, 'campaigns/launch.mplan.yaml'), 'utf8');
    await client.change(launch, `${text}    - \n`);
    const items = (await client.conn.sendRequest(CompletionRequest.type, {
      textDocument: { uri: launch },
      position: { line: 35, character: 6 },
    })) as CompletionItem[];
    assert.ok(
      items.some((i) => i.label === 'name'),
      'keys are offered',
    );
    assert.deepEqual(
      items.filter((i) => i.insertTextFormat === 2 || i.kind === 15),
      [],
    );
    await client.change(launch, text);
  });

  it('re-reads files changed on disk when a document is saved (the client watches no files)', async () => {
    const launch = uri(path.join(dir, 'campaigns/launch.mplan.yaml'));
    const planFile = path.join(dir, 'plan.mplan.yaml');
    const plan = uri(planFile);
    await client.close(plan);
    // Answered after the close is handled: the server has read the file before it changes on disk.
    await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: plan }, position: { line: 0, character: 0 } });
    fs.writeFileSync(planFile, fs.readFileSync(planFile, 'utf8').replace('      genders: any\n', '      genders: [male]\n'));
    await client.conn.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: launch } });
    const diags = await client.diagnosticsFor(launch, (d) => d.length === 6 && !d.some((x) => x.code === 'MP101'));
    assert.deepEqual(
      diags.map((d) => d.code),
      ['MP403', 'MP103', 'MP201', 'MP202', 'MP204', 'MP402'],
    );
  });
});

describe('a workspace folder below the scope root', () => {
  it('analyses the plan file with its whole scope, as the CLI', async () => {
    const dir = tempCopy('questforge');
    const client = new LspClient();
    try {
      const folder = path.join(dir, 'campaigns');
      await client.initializeWith({
        processId: process.pid,
        rootUri: uri(folder),
        workspaceFolders: [{ uri: uri(folder), name: 'campaigns' }],
        capabilities: FULL_CAPABILITIES,
        initializationOptions: { today: '2027-01-01' },
      });
      const launch = path.join(folder, 'launch.mplan.yaml');
      await client.open(uri(launch), fs.readFileSync(launch, 'utf8'));
      const launchDiags = await client.diagnosticsFor(uri(launch), (d) => d.length === 8);
      const planDiags = await client.diagnosticsFor(uri(path.join(dir, 'plan.mplan.yaml')), (d) => d.length === 1);
      assert.deepEqual(
        [...lspFindings('campaigns/launch.mplan.yaml', launchDiags), ...lspFindings('plan.mplan.yaml', planDiags)].sort(),
        cliFindings(dir),
      );
    } finally {
      await client.stop();
      removeDir(dir);
    }
  });

  it('never walks above the folder holding .git', async () => {
    const dir = tempCopy('questforge');
    const inner = path.join(dir, 'campaigns');
    fs.mkdirSync(path.join(inner, '.git'));
    const client = await neovim();
    try {
      const launch = path.join(inner, 'launch.mplan.yaml');
      await client.open(uri(launch), fs.readFileSync(launch, 'utf8'));
      const diags = await client.diagnosticsFor(uri(launch), (d) => d.length > 0);
      // Without its plan the campaign's references resolve to nothing: the CLI says the same.
      const r = mplan(['check', '.', '--format', 'json'], inner);
      const cli = (JSON.parse(r.stdout) as CliFinding[])
        .map((f) => `${f.file} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.code} ${f.message}`)
        .sort();
      assert.deepEqual(lspFindings('launch.mplan.yaml', diags).sort(), cli);
      assert.ok(diags.some((d) => d.code === 'MP005'));
    } finally {
      await client.stop();
      removeDir(dir);
    }
  });
});

describe('a lone plan file opened from anywhere', () => {
  it('is analysed while open and dropped with its diagnostics when closed', async () => {
    const dir = tempDir({ 'notes/draft.mplan.yaml': 'upstream:\n  segments:\n    - { id: a, name: A, genders: [female, any] }\n' });
    const client = await neovim();
    try {
      const draft = uri(path.join(dir, 'notes/draft.mplan.yaml'));
      await client.open(draft, fs.readFileSync(path.join(dir, 'notes/draft.mplan.yaml'), 'utf8'));
      const diags = await client.diagnosticsFor(draft, (d) => d.length > 0);
      assert.deepEqual(
        diags.map((d) => d.code),
        ['MP501', 'MP503', 'MP002'],
      );
      await client.close(draft);
      await client.diagnosticsFor(draft, (d) => d.length === 0);
    } finally {
      await client.stop();
      removeDir(dir);
    }
  });
});

describe('a plan file opened from anywhere, with a config above its scope', () => {
  it('applies the config found walking up to the folder holding .git, as the CLI', async () => {
    const dir = tempCopy('questforge');
    const nested = path.join(dir, 'games');
    fs.mkdirSync(nested);
    fs.renameSync(path.join(dir, 'plan.mplan.yaml'), path.join(nested, 'plan.mplan.yaml'));
    fs.renameSync(path.join(dir, 'campaigns'), path.join(nested, 'campaigns'));
    fs.writeFileSync(path.join(dir, 'mplan.config.yaml'), 'rules:\n  MP103: off\n  MP402: info\n');
    const client = await neovim();
    try {
      const launch = path.join(nested, 'campaigns/launch.mplan.yaml');
      await client.open(uri(launch), fs.readFileSync(launch, 'utf8'));
      const diags = await client.diagnosticsFor(uri(launch), (d) => d.length === 7);
      assert.deepEqual(
        diags.map((d) => [d.code, d.severity]),
        [
          ['MP403', 1],
          ['MP101', 2],
          ['MP104', 2],
          ['MP201', 1],
          ['MP202', 1],
          ['MP204', 2],
          ['MP402', 3],
        ],
      );
      const planDiags = await client.diagnosticsFor(uri(path.join(nested, 'plan.mplan.yaml')), (d) => d.length === 1);
      assert.deepEqual(
        [...lspFindings('games/campaigns/launch.mplan.yaml', diags), ...lspFindings('games/plan.mplan.yaml', planDiags)].sort(),
        cliFindings(dir),
      );
    } finally {
      await client.stop();
      removeDir(dir);
    }
  });
});

const PLAN = `version: 1
plan: { id: shop, name: Shop, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, mission: Shoes. }
upstream:
  research:
    - { id: study, method: survey, completed: 2026-10-01 }
  segments:
    - id: runners
      name: Runners
      age: 25-45
      channels: [instagram]
      evidence: [study]
  products:
    - { id: shoe, name: Shoe, segments: [runners], pricing: { list: 100, floor: 80, maxDiscount: 20% } }
downstream:
  campaigns:
    - id: spring
      name: Spring
      product: shoe
      segments: [runners]
      channels: [instagram, tv]
      schedule: { start: 2027-03-01, end: 2027-03-31 }
      kpis: [sales]
      salesReview: { by: sales, on: 2027-02-01 }
`;

describe('capabilities and partial notifications', () => {
  let dir: string;
  let client: LspClient;
  let init: InitializeResult;
  const planFile = (): string => path.join(dir, 'plan.mplan.yaml');
  before(async () => {
    dir = tempDir({ 'plan.mplan.yaml': PLAN });
    client = new LspClient();
    init = await client.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri(dir),
      workspaceFolders: [{ uri: uri(dir), name: 'shop' }],
      capabilities: FULL_CAPABILITIES,
      initializationOptions: { today: '2027-01-01' },
    });
    await client.conn.sendNotification('initialized', {});
    await client.diagnosticsFor(uri(planFile()), (d) => d.length > 0);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('gives every code lens a command the server executes', async () => {
    assert.deepEqual(init.capabilities.executeCommandProvider?.commands, ['mplan.showUses']);
    const lenses = (await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: uri(planFile()) } })) as CodeLens[];
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command]),
      [
        [6, '1 campaign · 1 contradiction', 'mplan.showUses'],
        [12, '1 campaign · 0 contradictions', 'mplan.showUses'],
      ],
    );
    const message = client.nextMessage();
    const result = (await client.conn.sendRequest(ExecuteCommandRequest.type, {
      command: 'mplan.showUses',
      arguments: lenses[0].command?.arguments,
    })) as Location[];
    assert.deepEqual(
      result.map((l) => [l.uri, l.range.start.line, l.range.start.character]),
      [
        [uri(planFile()), 15, 10],
        [uri(planFile()), 19, 28],
      ],
    );
    assert.deepEqual(await message, {
      type: 3,
      message: 'segment runners: 1 campaign: spring (plan.mplan.yaml:16); 1 contradiction: MP103 in plan.mplan.yaml:20',
    });
    await assert.rejects(
      client.conn.sendRequest(ExecuteCommandRequest.type, { command: 'mplan.nope', arguments: [] }),
      /unknown command mplan\.nope/,
    );
    assert.equal(
      await client.conn.sendRequest(ExecuteCommandRequest.type, {
        command: 'mplan.showUses',
        arguments: [{ uri: 'file:///nowhere.mplan.yaml' }],
      }),
      null,
    );
  });

  it('starts the symbols of group keys on those keys', async () => {
    const syms = (await client.conn.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: uri(planFile()) },
    })) as DocumentSymbol[];
    const show = (s: DocumentSymbol): unknown => [
      s.name,
      s.range.start.line,
      s.range.start.character,
      s.selectionRange.start.line,
      s.selectionRange.start.character,
      s.selectionRange.end.character,
    ];
    assert.deepEqual(syms.map(show), [
      ['shop', 1, 0, 1, 0, 4],
      ['upstream', 2, 0, 2, 0, 8],
      ['downstream', 13, 0, 13, 0, 10],
    ]);
    assert.deepEqual((syms[1].children ?? []).map(show), [
      ['research', 3, 2, 3, 2, 10],
      ['segments', 5, 2, 5, 2, 10],
      ['products', 11, 2, 11, 2, 10],
    ]);
    assert.deepEqual((syms[2].children ?? []).map(show), [['campaigns', 14, 2, 14, 2, 11]]);
    assert.deepEqual(syms[2].range.end, { line: 22, character: 48 });
  });

  it('ignores workspace-folder entries without a uri and indexes the folder added with them', async () => {
    const other = tempDir({ 'plan.mplan.yaml': PLAN.replace('id: shop,', 'id: other,') });
    try {
      await client.conn.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
        event: {
          added: [{ name: 'broken' } as unknown as { uri: string; name: string }, { uri: uri(other), name: 'other' }],
          removed: [{} as { uri: string; name: string }],
        },
      });
      const diags = await client.diagnosticsFor(uri(path.join(other, 'plan.mplan.yaml')), (d) => d.length > 0);
      assert.deepEqual(
        diags.map((d) => d.code),
        ['MP103'],
      );
      await client.conn.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: null } as unknown as {
        event: { added: []; removed: [] };
      });
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ type: 2 }, null] });
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', {});
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri(path.join(dir, 'unknown.mplan.yaml')), version: 2 },
        contentChanges: [{ text: 'x' }],
      });
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uri(path.join(dir, 'unknown.mplan.yaml')) } });
      await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: uri(path.join(dir, 'unknown.mplan.yaml')) } });
      assert.deepEqual(client.stderr.join('').match(/TypeError/g) ?? [], []);
      const h = await client.conn.sendRequest(HoverRequest.type, {
        textDocument: { uri: uri(planFile()) },
        position: { line: 6, character: 12 },
      });
      assert.ok(h);
      assert.equal(client.proc.exitCode, null);
    } finally {
      removeDir(other);
    }
  });
});
