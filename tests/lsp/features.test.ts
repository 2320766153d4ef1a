import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  HoverRequest,
  DefinitionRequest,
  ReferencesRequest,
  RenameRequest,
  PrepareRenameRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  WorkspaceSymbolRequest,
  CodeLensRequest,
  CodeActionRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type Location,
  type CodeAction,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempDir } from '../support/fixtures';
import { applyWorkspaceEdit } from '../support/apply-lsp-edit';

const PLAN = `version: 1
plan:
  id: shop
  name: Shop
  period: { start: 2027-01-01, end: 2027-12-31 }
  currency: EUR
  mission: Sell good shoes.
upstream:
  segments:
    - id: runners
      name: Runners
      age: 25-45
      regions: [FR, IT]
      channels: [instagram]
      evidence: [run-study]
      willingnessToPay: 120
  research:
    - id: run-study
      method: survey
      completed: 2026-10-01
      finding: Runners buy twice a year.
  products:
    - id: shoe
      name: Shoe
      segments: [runners]
      valueProps:
        - id: light
          claim: The lightest shoe.
      pricing: { list: 100, floor: 80, maxDiscount: 20%, positioning: mainstream }
    - id: sock
      name: Sock
      segments: [runners]
      valueProps:
        - id: warm
          claim: Warm feet.
`;

const CAMPAIGN = `downstream:
  campaigns:
    - id: spring
      name: Spring
      product: shoe
      segments: [runners]
      channels: [instagram]
      message: { valueProps: [light] }
      schedule: { start: 2027-03-01, end: 2027-03-31 }
      kpis: [sales]
      salesReview: { by: sales, on: 2027-02-01 }
      offer: { discount: 15 }
`;

describe('language server features over stdio', () => {
  let dir: string;
  let client: LspClient;
  let planUri: string;
  let campUri: string;
  const texts = (): Record<string, string> => ({ [planUri]: PLAN, [campUri]: CAMPAIGN });
  before(async () => {
    dir = tempDir({ 'plan.mplan.yaml': PLAN, 'campaigns/spring.mplan.yaml': CAMPAIGN });
    planUri = uri(path.join(dir, 'plan.mplan.yaml'));
    campUri = uri(path.join(dir, 'campaigns/spring.mplan.yaml'));
    client = new LspClient();
    await client.initialize(dir);
    await client.open(campUri, CAMPAIGN);
    await client.diagnosticsFor(campUri, (d) => d.some((x) => x.code === 'MP006'));
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  const at = (line: number, character: number) => ({ line, character });

  it('hover on a segment reference shows the segment card', async () => {
    const h = (await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: campUri }, position: at(5, 19) })) as Hover;
    const text = (h.contents as { value: string }).value;
    assert.match(text, /\*\*segment `runners`\*\* · Runners/);
    assert.match(text, /- age: 25-45/);
    assert.match(text, /- genders: any gender/);
    assert.match(text, /- regions: FR, IT/);
    assert.match(text, /- channels: instagram/);
    assert.match(text, /- evidence: run-study/);
    assert.match(text, /- willingness to pay: 120/);
  });

  it('hover on a product reference shows pricing; on a key, the field docs; on a finding, the rule', async () => {
    const p = (await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: campUri }, position: at(4, 16) })) as Hover;
    const pt = (p.contents as { value: string }).value;
    assert.match(pt, /list price: 100/);
    assert.match(pt, /floor: 80/);
    assert.match(pt, /max discount: 20%/);
    const k = (await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: planUri }, position: at(15, 8) })) as Hover;
    assert.match((k.contents as { value: string }).value, /`willingnessToPay`\*\*: the highest price research says it accepts/);
    const f = (await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: campUri }, position: at(11, 26) })) as Hover;
    const ft = (f.contents as { value: string }).value;
    assert.match(ft, /\*\*MP006 ambiguous-percentage\*\*/);
    assert.match(ft, /docs\/rules\/MP006-ambiguous-percentage\.md/);
  });

  it('hover on a campaign id summarises how it lines up with upstream', async () => {
    const h = (await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: campUri }, position: at(2, 12) })) as Hover;
    const t = (h.contents as { value: string }).value;
    assert.match(t, /campaign `spring`/);
    assert.match(t, /`runners` \(25-45, any gender, FR, IT\)/);
    assert.match(t, /starts 2027-03-01; research: `run-study` completed 2026-10-01/);
  });

  it('goes to the definition across files and finds references', async () => {
    const def = (await client.conn.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: campUri },
      position: at(4, 16),
    })) as Location;
    assert.deepEqual(def, { uri: planUri, range: { start: at(22, 10), end: at(22, 14) } });
    const refs = (await client.conn.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: planUri },
      position: at(9, 12),
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(
      refs.map((r) => [r.uri === planUri ? 'plan' : 'camp', r.range.start.line, r.range.start.character]),
      [
        ['plan', 9, 10],
        ['camp', 5, 17],
        ['plan', 24, 17],
        ['plan', 31, 17],
      ],
    );
  });

  it('renames a segment and every reference across files as one edit', async () => {
    const prep = await client.conn.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: campUri }, position: at(5, 19) });
    assert.deepEqual(prep, { range: { start: at(5, 17), end: at(5, 24) }, placeholder: 'runners' });
    const edit = (await client.conn.sendRequest(RenameRequest.type, {
      textDocument: { uri: campUri },
      position: at(5, 19),
      newName: 'trail-runners',
    })) as WorkspaceEdit;
    const out = applyWorkspaceEdit(edit, texts());
    assert.equal(
      out[planUri],
      PLAN.replace('- id: runners', '- id: trail-runners').replaceAll('segments: [runners]', 'segments: [trail-runners]'),
    );
    assert.equal(out[campUri], CAMPAIGN.replace('segments: [runners]', 'segments: [trail-runners]'));
  });

  it('refuses to rename to an invalid id, onto a clash, or where there is no id', async () => {
    await assert.rejects(
      client.conn.sendRequest(RenameRequest.type, { textDocument: { uri: campUri }, position: at(5, 19), newName: 'Trail Runners' }),
      /not a valid id/,
    );
    await assert.rejects(
      client.conn.sendRequest(RenameRequest.type, { textDocument: { uri: planUri }, position: at(22, 11), newName: 'sock' }),
      /already exists/,
    );
    await assert.rejects(
      client.conn.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: campUri }, position: at(3, 8) }),
      /can be renamed/,
    );
  });

  it('completes segment ids, value props of the campaign product only, channels and kpis', async () => {
    const labels = async (u: string, line: number, character: number): Promise<string[]> => {
      const r = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: u }, position: at(line, character) })) as
        CompletionItem[] | CompletionList;
      return (Array.isArray(r) ? r : r.items).map((i) => i.label);
    };
    assert.deepEqual(await labels(campUri, 5, 17), ['runners']);
    assert.deepEqual(await labels(campUri, 7, 30), ['light']);
    await client.change(campUri, CAMPAIGN.replace('valueProps: [light]', 'valueProps: [light, ]'));
    assert.deepEqual(await labels(campUri, 7, 37), ['light']);
    await client.change(campUri, CAMPAIGN);
    const ch = await labels(campUri, 6, 17);
    assert.ok(ch.includes('instagram') && ch.includes('tiktok') && ch.includes('direct-mail'));
    const kpis = await labels(campUri, 9, 13);
    assert.ok(kpis.includes('conversions') && kpis.includes('segment-share'));
    assert.deepEqual(await labels(planUri, 18, 14), [
      'trend-study',
      'survey',
      'interviews',
      'analytics',
      'competitive-analysis',
      'ad-test',
      'sales-input',
    ]);
  });

  it('completes the keys not yet present and offers snippets in lists', async () => {
    const edited = CAMPAIGN.replace('      offer: { discount: 15 }\n', '      offer: { discount: 15 }\n      \n');
    await client.change(campUri, edited);
    const r = (await client.conn.sendRequest(CompletionRequest.type, {
      textDocument: { uri: campUri },
      position: at(12, 6),
    })) as CompletionItem[];
    const keys = r.map((i) => i.label);
    assert.ok(keys.includes('budget') && keys.includes('audience') && keys.includes('pretest'));
    assert.ok(!keys.includes('product') && !keys.includes('schedule') && !keys.includes('id'));
    const list = CAMPAIGN + '    - \n';
    await client.change(campUri, list);
    const s = (await client.conn.sendRequest(CompletionRequest.type, {
      textDocument: { uri: campUri },
      position: at(12, 6),
    })) as CompletionItem[];
    const snippet = s.find((i) => i.label === 'new campaign');
    assert.ok(snippet?.insertText?.includes('product: ${3}'));
    await client.change(campUri, CAMPAIGN);
  });

  it('lists the outline and workspace symbols', async () => {
    const syms = (await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: planUri } })) as DocumentSymbol[];
    assert.deepEqual(
      syms.map((s) => s.name),
      ['shop', 'upstream'],
    );
    const up = syms[1].children ?? [];
    assert.deepEqual(
      up.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]),
      [
        ['research', ['run-study']],
        ['segments', ['runners']],
        ['products', ['shoe', 'sock']],
      ],
    );
    assert.deepEqual(
      (up[2].children ?? [])[0].children?.map((c) => c.name),
      ['light'],
    );
    // Editors reject an outline whose selection lies outside its range.
    const contains = (s: DocumentSymbol): void => {
      const a = s.range;
      const b = s.selectionRange;
      const le = (p: { line: number; character: number }, q: { line: number; character: number }): boolean =>
        p.line < q.line || (p.line === q.line && p.character <= q.character);
      assert.ok(le(a.start, b.start) && le(b.end, a.end), `${s.name}: selection inside range`);
      (s.children ?? []).forEach(contains);
    };
    syms.forEach(contains);
    const ws = (await client.conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'spr' })) as Array<{
      name: string;
      location: { uri: string };
    }>;
    assert.deepEqual(
      ws.map((s) => [s.name, s.location.uri]),
      [['spring', campUri]],
    );
  });

  it('shows code lenses on segments and products', async () => {
    const lenses = (await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: planUri } })) as Array<{
      range: { start: { line: number } };
      command?: { title: string };
    }>;
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title]),
      [
        [9, '1 campaign · 0 contradictions'],
        [22, '1 campaign · 0 contradictions'],
        [29, '0 campaigns · 0 contradictions'],
      ],
    );
  });

  it('offers the quick fix, disable comments and fix-all, whose edits give the exact text', async () => {
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: campUri },
      range: { start: at(11, 26), end: at(11, 26) },
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Write 15%', true],
        ['Disable MP006 for this line', false],
        ['Disable MP006 for this file', false],
      ],
    );
    const fixed = applyWorkspaceEdit(actions[0].edit as WorkspaceEdit, { [campUri]: CAMPAIGN })[campUri];
    assert.equal(fixed, CAMPAIGN.replace('discount: 15 }', 'discount: 15% }'));
    const disabled = applyWorkspaceEdit(actions[1].edit as WorkspaceEdit, { [campUri]: CAMPAIGN })[campUri];
    assert.equal(disabled, CAMPAIGN.replace('      offer:', '      # mplan-disable-next-line MP006\n      offer:'));
    const fileOff = applyWorkspaceEdit(actions[2].edit as WorkspaceEdit, { [campUri]: CAMPAIGN })[campUri];
    assert.equal(fileOff, `# mplan-disable-file MP006\n${CAMPAIGN}`);
    const all = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: campUri },
      range: { start: at(0, 0), end: at(0, 0) },
      context: { diagnostics: [], only: ['source.fixAll.mplan'] },
    })) as CodeAction[];
    assert.equal(all.length, 1);
    assert.equal(all[0].kind, 'source.fixAll.mplan');
    assert.equal(
      applyWorkspaceEdit(all[0].edit as WorkspaceEdit, { [campUri]: CAMPAIGN })[campUri],
      CAMPAIGN.replace('discount: 15 }', 'discount: 15% }'),
    );
  });

  it('answers mplan/planGraph and mplan/validateWorkspace', async () => {
    const g = await client.conn.sendRequest<{
      nodes: Array<{ id: string; layer: string }>;
      edges: Array<{ from: string; to: string; kind: string }>;
    }>('mplan/planGraph', { uri: campUri });
    assert.deepEqual(
      g.nodes.map((n) => `${n.layer}:${n.id}`),
      [
        'upstream:research:run-study',
        'upstream:segment:runners',
        'upstream:product:shoe',
        'upstream:product:sock',
        'downstream:campaign:spring',
      ],
    );
    assert.deepEqual(
      g.edges.map((e) => `${e.from}>${e.to}:${e.kind}`),
      [
        'research:run-study>segment:runners:backs',
        'segment:runners>product:shoe:made-for',
        'segment:runners>product:sock:made-for',
        'segment:runners>campaign:spring:targets',
        'product:shoe>campaign:spring:promotes',
      ],
    );
    const counts = await client.conn.sendRequest<{ files: number; errors: number }>('mplan/validateWorkspace', {});
    assert.equal(counts.files, 2);
    assert.ok(counts.errors >= 1);
    assert.ok(fs.existsSync(dir));
  });
});
