/**
 * The plan map at scale, in the real VS Code: campaigns by start date with their dates and budget,
 * node colour = worst finding, no local path, search, next/previous problem, a segment's campaigns
 * collapsed into one node, export as SVG and PNG; and a 400-campaign plan where the one error is a
 * keypress away (its timeline and budget drawn too).
 */
import * as assert from './support/assert';
import * as vscode from 'vscode';
import type { RenderSummary } from '../../../client/src/plan-map/protocol';
import { api, baseName, diskText, launchUri, open, questforge } from './helpers';

const SEGMENTS = ['runners', 'walkers', 'hikers', 'sprinters'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** 400 campaigns over four segments, all aligned with the plan but one (c257: 50% off, over the 20% maximum and under the floor). */
async function scalePlan(dir: vscode.Uri): Promise<{ plan: vscode.Uri; starts: Map<string, string> }> {
  const write = (name: string, text: string): Thenable<void> =>
    vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), new TextEncoder().encode(text));
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(dir, '.git'));
  const up =
    'version: 1\nplan: { id: shop-2027, name: Shop 2027, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR, budget: 9000000, mission: Shoes for every runner. }\n' +
    'upstream:\n  research:\n    - { id: run-study, method: survey, completed: 2026-10-01 }\n  segments:\n' +
    SEGMENTS.map(
      (s) => `    - { id: ${s}, name: ${s[0].toUpperCase()}${s.slice(1)}, age: 25-45, channels: [instagram], evidence: [run-study] }\n`,
    ).join('') +
    `  products:\n    - { id: shoe, name: Shoe, segments: [${SEGMENTS.join(', ')}], pricing: { list: 100, floor: 80, maxDiscount: 20% } }\n`;
  await write('plan.mplan.yaml', up);
  const starts = new Map<string, string>();
  let c = 'downstream:\n  campaigns:\n';
  for (let i = 0; i < 400; i++) {
    const m = 1 + (i % 11);
    const d = pad(1 + (i % 27));
    const id = `c${String(i).padStart(3, '0')}`;
    starts.set(`campaign:${id}`, `2027-${pad(m)}-${d}`);
    c +=
      `    - { id: ${id}, name: Campaign ${i}, product: shoe, segments: [${SEGMENTS[i % 4]}], channels: [instagram], schedule: { start: 2027-${pad(m)}-${d}, end: 2027-${pad(m + 1)}-${d} }, ` +
      `offer: { discount: ${i === 257 ? '50%' : '10%'} }, budget: 1000, kpis: [conversions], salesReview: { by: sales, on: 2027-01-01 } }\n`;
  }
  await write('campaigns.mplan.yaml', c);
  return { plan: vscode.Uri.joinPath(dir, 'campaigns.mplan.yaml'), starts };
}

suite('03c plan map at scale', () => {
  // Beside the example folder, outside the workspace (written through vscode.workspace.fs: both hosts).
  let tmp: vscode.Uri;
  suiteSetup(async () => {
    tmp = vscode.Uri.joinPath(questforge().uri, '..', `mplan-map-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(tmp);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(tmp, { recursive: true, useTrash: false });
  });

  test('campaigns by start date with dates and budget, each node coloured by its worst finding, the folder name only', async () => {
    const a = await api();
    await open(launchUri());
    const rendered = a.planMap.waitForRender((s) => s.nodeIds.length > 0, 30000);
    await vscode.commands.executeCommand('marketingPlan.showPlanMap', launchUri());
    const s = await rendered;
    assert.deepEqual(s.campaignOrder, ['campaign:collectors-preorder', 'campaign:spring-launch']);
    const spring = a.planMap.lastGraph?.nodes.find((n) => n.id === 'campaign:spring-launch');
    assert.deepEqual([spring?.schedule, spring?.budget], [{ start: '2027-03-01', end: '2027-04-15' }, '80000 EUR']);
    assert.deepEqual(
      s.coloured.find((c) => c.id === 'campaign:spring-launch'),
      { id: 'campaign:spring-launch', severity: 'error' },
    );
    assert.deepEqual(
      s.coloured.find((c) => c.id === 'initiative:heroines'),
      { id: 'initiative:heroines', severity: 'warning' },
    );
    assert.equal(s.title, baseName(questforge().uri));
    assert.ok(!s.title.includes('/'), 'no local folder path');
  });

  test('search by name or id marks the matches and focuses the first', async () => {
    const a = await api();
    const found = a.planMap.waitForRender((s) => s.matches.length > 0);
    assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'search', text: 'collector' }));
    const s = await found;
    assert.deepEqual(s.matches, ['segment:adult-collectors', 'campaign:collectors-preorder']);
    assert.equal(s.focused, 'segment:adult-collectors');
    const byId = a.planMap.waitForRender((x) => x.focused === 'campaign:spring-launch');
    assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'search', text: 'spring-launch' }));
    assert.deepEqual((await byId).matches, ['campaign:spring-launch']);
    const none = a.planMap.waitForRender((x) => x.matches.length === 0);
    assert.equal(await a.planMap.simulate({ type: 'simulate', action: 'search', text: 'no such thing' }), false);
    await none;
  });

  test('next problem goes through the problems worst first and wraps around; previous problem goes back', async () => {
    const a = await api();
    const next = async (): Promise<string | undefined> => {
      const r = a.planMap.waitForRender();
      assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'nextProblem' }));
      return (await r).focused;
    };
    // From wherever the focus is, at most two presses reach the last problem (the warning).
    if ((await next()) !== 'initiative:heroines') assert.equal(await next(), 'initiative:heroines');
    assert.equal(await next(), 'campaign:spring-launch', 'after the last problem, the first: the error');
    const prev = a.planMap.waitForRender();
    assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'previousProblem' }));
    assert.equal((await prev).focused, 'initiative:heroines', 'before the first problem, the last');
  });

  test("a segment's campaigns collapse into one node with a count, in the colour of their worst finding", async () => {
    const a = await api();
    const collapsed = a.planMap.waitForRender((s) => s.collapsed.length === 1);
    assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'collapse', segment: 'segment:teen-gamers' }));
    const s = await collapsed;
    assert.deepEqual(s.collapsed, [{ segment: 'segment:teen-gamers', campaigns: 1 }]);
    assert.ok(s.nodeIds.includes('group:segment:teen-gamers') && !s.nodeIds.includes('campaign:spring-launch'));
    assert.deepEqual(s.coloured.find((c) => c.id === 'group:segment:teen-gamers')?.severity, 'error');
    const back = a.planMap.waitForRender((x) => x.collapsed.length === 0);
    assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'collapse', segment: 'segment:teen-gamers' }));
    assert.ok((await back).nodeIds.includes('campaign:spring-launch'));
  });

  test('export writes the whole map as an SVG file and as a PNG file', async () => {
    const a = await api();
    const svgUri = vscode.Uri.joinPath(tmp, 'map.svg');
    const pngUri = vscode.Uri.joinPath(tmp, 'map.png');
    assert.ok((await a.planMap.exportTo(svgUri, 'svg')) > 1000);
    const svg = await diskText(svgUri);
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    assert.ok(svg.includes('Spring launch ads') && svg.includes("Collector's edition pre-order"), 'campaign names are in the file');
    assert.ok(!svg.includes('tabindex'), 'no page interaction left in the file');
    assert.ok(!svg.includes('var(--'), 'colours are written in, not theme variables');
    assert.match(svg, /<g class="viewport"[^>]*>/);
    assert.doesNotMatch(svg, /<g class="viewport"[^>]*transform=/, 'the whole drawing, not the zoomed view');
    assert.ok((await a.planMap.exportTo(pngUri, 'png')) > 1000);
    assert.deepEqual(
      [...(await vscode.workspace.fs.readFile(pngUri)).subarray(0, 8)],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      'a PNG file',
    );
  });

  test('400 campaigns: ordered by start date, the one error one keypress away, a segment collapsible; timeline and budget drawn', async () => {
    const a = await api();
    const { plan, starts } = await scalePlan(vscode.Uri.joinPath(tmp, 'shop'));
    await open(plan);
    const rendered = a.planMap.waitForRender((s) => s.nodeIds.length >= 406, 60000);
    await vscode.commands.executeCommand('marketingPlan.showPlanMap', plan);
    const s: RenderSummary = await rendered;
    assert.equal(s.campaignOrder.length, 400);
    const dates = s.campaignOrder.map((id) => starts.get(id) ?? '');
    assert.deepEqual(dates, [...dates].sort(), 'top to bottom by start date');
    const red = a.planMap.waitForRender((x) => x.focused === 'campaign:c257');
    assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'nextProblem' }));
    await red;
    const collapsed = a.planMap.waitForRender((x) => x.collapsed.length === 1);
    assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'collapse', segment: 'segment:walkers' }));
    const c = await collapsed;
    assert.deepEqual(c.collapsed, [{ segment: 'segment:walkers', campaigns: 100 }]);
    assert.equal(c.nodeIds.length, 406 - 100 + 1);
    assert.equal(c.coloured.find((x) => x.id === 'group:segment:walkers')?.severity, 'error');
    await a.planMap.simulate({ type: 'simulate', action: 'collapse', segment: 'segment:walkers' });

    const timeline = a.views.timeline.waitForRender((x) => x.bars.length >= 400, 60000);
    await vscode.commands.executeCommand('marketingPlan.showTimeline', plan);
    const t = await timeline;
    assert.equal(new Set(t.bars).size, 400);
    assert.deepEqual(t.marked, [{ key: 'campaign:c257', severity: 'error' }]);
    const budget = a.views.budget.waitForRender((x) => x.totals?.total === '400000 EUR', 60000);
    await vscode.commands.executeCommand('marketingPlan.showBudget', plan);
    const b = await budget;
    console.log(`    400 campaigns: timeline drawn in ${t.renderMs} ms, budget in ${b.renderMs} ms (in the page)`);
  });
});
