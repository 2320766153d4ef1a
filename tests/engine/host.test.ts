/** The analysis host over an in-memory file system: discovery, unreadable files, stale texts, scope status, what an edit re-analyses. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { AnalysisHost } from '../../server/src/engine/host/analysis-host';
import { FolderWalker, gitBoundary, readIntoHost, scopeRootAround } from '../../server/src/engine/host/discovery';
import { MemoryFileSystem } from '../../server/src/engine/host/memory-file-system';

const ROOT = '/repo';
const PLAN =
  'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n  mission: Fun\n' +
  'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n';
const campaign = (id: string, segment: string): string =>
  `downstream:\n  campaigns:\n    - id: ${id}\n      name: C\n      product: game\n      segments: [${segment}]\n      channels: [tiktok]\n` +
  '      schedule: { start: 2027-03-01, end: 2027-06-30 }\n      kpis: [conversions]\n      salesReview: { by: Ana, on: 2027-02-01 }\n';

const brief = (host: AnalysisHost, key: string): string[] =>
  host.findingsOf(key).map((f) => `${f.code} ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`);

async function load(fs: MemoryFileSystem, folder: string): Promise<AnalysisHost> {
  const host = new AnalysisHost({ today: '2027-01-01' });
  const { plans, configs } = await new FolderWalker(fs).walk(folder);
  for (const f of [...plans, ...configs]) await readIntoHost(host, fs, f);
  host.setBoundaries([await gitBoundary(fs, folder)]);
  return host;
}

describe('AnalysisHost over an in-memory file system', () => {
  it('walks a folder as the CLI does: .gitignore and .mplanignore skip files, node_modules is skipped, a deeper ignore file re-includes', async () => {
    const fs = new MemoryFileSystem([
      [`${ROOT}/.git/HEAD`, 'ref: main\n'],
      [`${ROOT}/.gitignore`, 'drafts/\nold.mplan.yaml\n'],
      [`${ROOT}/plans/.mplanignore`, 'scratch*.mplan.yaml\n'],
      [`${ROOT}/plans/plan.mplan.yaml`, PLAN],
      [`${ROOT}/plans/a.mplan.yaml`, campaign('a', 'teens')],
      [`${ROOT}/plans/scratch1.mplan.yaml`, 'x: ['],
      [`${ROOT}/plans/old.mplan.yaml`, 'x: ['],
      [`${ROOT}/plans/drafts/d.mplan.yaml`, 'x: ['],
      [`${ROOT}/plans/node_modules/m.mplan.yaml`, 'x: ['],
      [`${ROOT}/plans/mplan.config.yaml`, 'rules: {}\n'],
      [`${ROOT}/plans/notes.yaml`, 'x: 1\n'],
    ]);
    const found = await new FolderWalker(fs).walk(ROOT);
    assert.deepEqual(found, {
      plans: [`${ROOT}/plans/a.mplan.yaml`, `${ROOT}/plans/plan.mplan.yaml`],
      configs: [`${ROOT}/plans/mplan.config.yaml`],
    });
    assert.equal(await gitBoundary(fs, `${ROOT}/plans`), ROOT);
  });

  it('a file that cannot be read as text is MP001 at 1:1 and the rest of the scope is checked', async () => {
    const fs = new MemoryFileSystem([
      [`${ROOT}/plan.mplan.yaml`, PLAN],
      [`${ROOT}/a.mplan.yaml`, campaign('a', 'kids')],
      [`${ROOT}/latin.mplan.yaml`, { unreadable: 'the file is not UTF-8 text (Latin-1 or another encoding?): save it as UTF-8' }],
    ]);
    const host = await load(fs, ROOT);
    assert.deepEqual(brief(host, `${ROOT}/latin.mplan.yaml`), [
      'MP001 1:1 the file cannot be read as text: the file is not UTF-8 text (Latin-1 or another encoding?): save it as UTF-8',
    ]);
    assert.deepEqual(
      brief(host, `${ROOT}/a.mplan.yaml`).filter((f) => f.startsWith('MP005')),
      ['MP005 6:18 unknown segment kids'],
    );
  });

  it('the scope of a file opened from anywhere: the nearest folder declaring `plan:`, never above the boundary', async () => {
    const fs = new MemoryFileSystem([
      [`${ROOT}/p/plan.mplan.yaml`, PLAN],
      [`${ROOT}/p/c/a.mplan.yaml`, campaign('a', 'teens')],
    ]);
    assert.equal(await scopeRootAround(fs, `${ROOT}/p/c/a.mplan.yaml`, ROOT, () => undefined), `${ROOT}/p`);
    assert.equal(await scopeRootAround(fs, `${ROOT}/p/c/a.mplan.yaml`, `${ROOT}/p/c`, () => undefined), undefined);
  });

  it('a text with a syntax error: its last valid version stands in for the rest of the scope, and the file is broken', () => {
    const host = new AnalysisHost({ today: '2027-01-01' });
    host.setText(`${ROOT}/plan.mplan.yaml`, PLAN);
    host.setText(`${ROOT}/a.mplan.yaml`, campaign('a', 'teens'));
    assert.deepEqual(brief(host, `${ROOT}/plan.mplan.yaml`), ['MP503 9:20 the segment Teens (teens) lists no evidence']);
    const campaignFindings = [
      'MP403 3:11 campaign C (a) reaches ages below the adult age of 18 through the segment Teens (teens), which covers any age, with no compliance sign-off',
    ];
    assert.deepEqual(brief(host, `${ROOT}/a.mplan.yaml`), campaignFindings);
    host.setText(`${ROOT}/plan.mplan.yaml`, `${PLAN}  broken: [\n`);
    assert.equal(host.isBroken(`${ROOT}/plan.mplan.yaml`), true);
    assert.equal(host.liveSourceOf(`${ROOT}/plan.mplan.yaml`), undefined);
    assert.deepEqual(
      brief(host, `${ROOT}/plan.mplan.yaml`).map((f) => f.slice(0, 5)),
      ['MP001'],
    );
    // The campaign still resolves `teens` and `game` through the plan's last valid version (no MP005).
    assert.deepEqual(brief(host, `${ROOT}/a.mplan.yaml`), campaignFindings);
  });

  it('scope status: plan declared and the counts of its findings; a lone file has none declared', () => {
    const host = new AnalysisHost({ today: '2027-01-01' });
    host.setText(`${ROOT}/plan.mplan.yaml`, PLAN);
    host.setText(`${ROOT}/a.mplan.yaml`, campaign('a', 'kids'));
    host.setConfig(`${ROOT}/mplan.config.yaml`, 'rules: {}\n');
    host.setText('/elsewhere/lone.mplan.yaml', campaign('b', 'teens'));
    const status = host.scopeStatus(`${ROOT}/a.mplan.yaml`);
    assert.deepEqual(status && { root: status.root, planned: status.planned, files: status.files }, {
      root: ROOT,
      planned: true,
      files: [`${ROOT}/a.mplan.yaml`, `${ROOT}/plan.mplan.yaml`, `${ROOT}/mplan.config.yaml`],
    });
    assert.equal(
      status?.counts.errors,
      host
        .allAnalyses()
        .find((a) => a.scope.root === ROOT)
        ?.findings.filter((f) => f.severity === 'error' && !f.suppressed).length,
    );
    assert.ok((status?.counts.errors ?? 0) > 0);
    const lone = host.scopeStatus('/elsewhere/lone.mplan.yaml');
    assert.deepEqual(lone && { root: lone.root, planned: lone.planned, files: lone.files }, {
      root: '/elsewhere',
      planned: false,
      files: ['/elsewhere/lone.mplan.yaml'],
    });
  });

  it('an edit re-analyses its own scope only, and an unchanged text nothing', () => {
    const host = new AnalysisHost({ today: '2027-01-01' });
    host.setText('/one/plan.mplan.yaml', PLAN);
    host.setText('/two/plan.mplan.yaml', PLAN);
    const first = host.takeChanges();
    assert.deepEqual([...first.findings.keys()].sort(), ['/one/plan.mplan.yaml', '/two/plan.mplan.yaml']);
    const two = host.analysisOf('/two/plan.mplan.yaml');
    host.setText('/one/plan.mplan.yaml', PLAN.replace('Fun', 'More fun'));
    assert.deepEqual([...host.takeChanges().findings.keys()], ['/one/plan.mplan.yaml']);
    assert.equal(host.analysisOf('/two/plan.mplan.yaml'), two);
    assert.equal(host.setText('/two/plan.mplan.yaml', PLAN), false);
    assert.deepEqual(host.takeChanges(), { findings: new Map(), removed: [] });
  });

  it('a query answered before the changes are taken does not hide them', () => {
    const host = new AnalysisHost({ today: '2027-01-01' });
    host.setText('/one/plan.mplan.yaml', PLAN);
    host.setText('/one/a.mplan.yaml', campaign('a', 'teens'));
    host.takeChanges();
    host.setText('/one/a.mplan.yaml', campaign('a', 'kids'));
    host.remove('/one/plan.mplan.yaml');
    const asked = host.findingsOf('/one/a.mplan.yaml');
    assert.ok(asked.some((f) => f.code === 'MP005'));
    const changes = host.takeChanges();
    assert.deepEqual(changes.removed, ['/one/plan.mplan.yaml']);
    assert.deepEqual(
      changes.findings.get('/one/a.mplan.yaml'),
      asked.filter((f) => !f.suppressed),
    );
    assert.equal(host.hasPendingWork, false);
  });

  it('a config applies to the scopes below it up to the boundary, and configures nothing above the boundary', () => {
    const host = new AnalysisHost({ today: '2027-01-01' });
    host.setText('/ws/p/plan.mplan.yaml', `${PLAN}${campaign('a', 'teens')}      budget: 60000\n`);
    const severity = (): string[] =>
      host
        .findingsOf('/ws/p/plan.mplan.yaml')
        .filter((f) => f.code === 'MP402')
        .map((f) => f.severity);
    assert.deepEqual(severity(), ['warning']);
    host.setConfig('/ws/mplan.config.yaml', 'rules:\n  MP402: error\n');
    assert.deepEqual(severity(), ['error']);
    host.setBoundaries(['/ws/p']);
    assert.deepEqual(severity(), ['warning']);
  });
});
