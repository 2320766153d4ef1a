/**
 * The questforge example's exact findings (shared/examples/questforge/README.md): codes, lines and the
 * place each range covers; related information pointing upstream; the hover card of a segment.
 */
import * as assert from './support/assert';
import * as vscode from 'vscode';
import {
  baseName,
  codeOf,
  launchUri,
  mplanDiagnostics,
  open,
  planUri,
  questforge,
  relPath,
  serverSettled,
  summarize,
  waitFor,
} from './helpers';

/** [file, 1-based line, code, the text the range covers] */
const EXPECTED: [string, number, string, string][] = [
  ['campaigns/launch.mplan.yaml', 9, 'MP403', '14-18'],
  ['campaigns/launch.mplan.yaml', 10, 'MP101', '[male]'],
  ['campaigns/launch.mplan.yaml', 12, 'MP103', 'tv'],
  ['campaigns/launch.mplan.yaml', 14, 'MP104', 'be-the-heroine'],
  ['campaigns/launch.mplan.yaml', 17, 'MP201', '39.99'],
  ['campaigns/launch.mplan.yaml', 17, 'MP202', '39.99'],
  ['campaigns/launch.mplan.yaml', 17, 'MP204', '39.99'],
  ['campaigns/launch.mplan.yaml', 19, 'MP402', '80000'],
  ['plan.mplan.yaml', 65, 'MP502', 'teen-gamers'],
];

/** Findings that contradict an upstream place carry it as related information: [code, file, 1-based line]. */
const RELATED: [string, string, number | undefined][] = [
  ['MP101', 'plan.mplan.yaml', 29], // the segment's genders
  ['MP103', 'plan.mplan.yaml', 32], // the segment's channels
  ['MP104', 'plan.mplan.yaml', undefined],
  ['MP201', 'plan.mplan.yaml', 57], // the product's floor
  ['MP202', 'plan.mplan.yaml', 58], // the product's maxDiscount
  ['MP204', 'plan.mplan.yaml', undefined],
  ['MP502', 'campaigns/launch.mplan.yaml', undefined], // the campaign that leaves the girls out
];

suite('02 diagnostics and hover (questforge)', () => {
  const expectedSummary = EXPECTED.map(([f, l, c]) => `${f}:${l} ${c}`).sort();
  const actual = (): string[] => [...summarize(launchUri(), questforge().uri), ...summarize(planUri(), questforge().uri)].sort();

  suiteSetup(async () => {
    await open(launchUri());
  });

  test('exactly the findings the example README lists, on those lines', async () => {
    try {
      await waitFor('the questforge findings', () => JSON.stringify(actual()) === JSON.stringify(expectedSummary), 20000);
    } catch {
      assert.deepEqual(actual(), expectedSummary);
    }
    // Nothing more comes: the server has published everything and VS Code shows it.
    await serverSettled();
    assert.deepEqual(actual(), expectedSummary);
  });

  test('each range covers the place rules.md names', async () => {
    const docs = new Map<string, vscode.TextDocument>();
    for (const u of [launchUri(), planUri()]) docs.set(relPath(questforge().uri, u) ?? '', await vscode.workspace.openTextDocument(u));
    for (const [file, line, code, text] of EXPECTED) {
      const doc = docs.get(file);
      assert.ok(doc);
      const d = mplanDiagnostics(doc.uri).find((x) => codeOf(x) === code && x.range.start.line === line - 1);
      assert.ok(d, `${file}:${line} ${code}`);
      assert.equal(doc.getText(d.range), text, `${code}: the range covers ${JSON.stringify(text)}`);
      assert.match(d.message, /\S/);
      assert.ok(
        d.code && typeof d.code === 'object' && /\/docs\/rules\/MP\d{3}-[a-z-]+\.md$/.test(d.code.target.path),
        `${code} links its docs page`,
      );
    }
  });

  test('severities follow the catalogue', () => {
    const sev = (uri: vscode.Uri, code: string): vscode.DiagnosticSeverity | undefined =>
      mplanDiagnostics(uri).find((d) => codeOf(d) === code)?.severity;
    const E = vscode.DiagnosticSeverity.Error;
    const W = vscode.DiagnosticSeverity.Warning;
    const want: [string, vscode.DiagnosticSeverity][] = [
      ['MP403', E],
      ['MP101', W],
      ['MP103', W],
      ['MP104', W],
      ['MP201', E],
      ['MP202', E],
      ['MP204', W],
      ['MP402', W],
    ];
    for (const [code, s] of want) assert.equal(sev(launchUri(), code), s, code);
    assert.equal(sev(planUri(), 'MP502'), W, 'MP502');
  });

  test('related information points at the upstream place, across files', () => {
    for (const [code, file, line] of RELATED) {
      const uri = file === 'plan.mplan.yaml' ? launchUri() : planUri();
      const d = mplanDiagnostics(uri).find((x) => codeOf(x) === code);
      assert.ok(d, code);
      const rel = d.relatedInformation ?? [];
      assert.ok(rel.length > 0, `${code} has related information`);
      const target = vscode.Uri.joinPath(questforge().uri, ...file.split('/')).toString();
      const hit = rel.find((r) => r.location.uri.toString() === target && (line === undefined || r.location.range.start.line === line - 1));
      assert.ok(
        hit,
        `${code} relates to ${file}${line ? `:${line}` : ''}; got ${rel.map((r) => `${baseName(r.location.uri)}:${r.location.range.start.line + 1}`).join(', ')}`,
      );
      assert.match(hit.message, /\S/);
    }
  });

  test('hover on a segment reference shows the segment card', async () => {
    const doc = await vscode.workspace.openTextDocument(launchUri());
    const line = doc.lineAt(6).text; // `      segments: [teen-gamers]`
    const pos = new vscode.Position(6, line.indexOf('teen-gamers') + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /teen-gamers/);
    assert.match(text, /14-18/);
  });
});
