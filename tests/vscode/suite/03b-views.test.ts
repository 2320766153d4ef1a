/**
 * The plan's views in the real VS Code: Show Timeline (one bar per campaign, the contradiction marked,
 * zoom, grouping, keyboard, click to open, live), Show Budget (totals, charts, live while typing), the
 * Plan Explorer (items and counts), and the Get Started walkthrough.
 */
import * as assert from './support/assert';
import * as vscode from 'vscode';
import type { ViewRenderSummary } from '../../../client/src/views/protocol';
import { api, EXTENSION_ID, launchUri, open, planUri, replaceLine, waitFor } from './helpers';

const CAMPAIGNS = ['campaign:collectors-preorder', 'campaign:spring-launch'];

const editorAt = (uri: vscode.Uri, line: number): Promise<vscode.TextEditor> =>
  waitFor(`${uri.path} to open at line ${line + 1}`, () => {
    const e = vscode.window.activeTextEditor;
    return e && e.document.uri.toString() === uri.toString() && e.selection.start.line === line ? e : undefined;
  });

suite('03b plan views', () => {
  let first: ViewRenderSummary;

  test("Show Timeline: one bar per campaign of questforge, grouped by segment, the contradiction marked, today's line", async () => {
    const a = await api();
    await open(launchUri());
    a.views.timeline.today = () => '2027-03-15';
    const rendered = a.views.timeline.waitForRender((s) => s.bars.length > 0, 30000);
    await vscode.commands.executeCommand('marketingPlan.showTimeline');
    first = await rendered;
    assert.ok(a.views.timeline.isOpen);
    assert.deepEqual([...first.bars].sort(), CAMPAIGNS, 'one bar per campaign');
    assert.deepEqual(
      first.marked,
      [{ key: 'campaign:spring-launch', severity: 'error' }],
      'the contradicting campaign in its worst severity',
    );
    assert.deepEqual(first.groups, ['Adult collectors (1)', 'Teen gamers 14-18 (1)']);
    assert.equal(first.grouping, 'segment');
    assert.equal(first.today, true);
    assert.equal(first.focusable, 5, 'three milestones and two campaigns are keyboard reachable');
    assert.equal(a.views.timeline.lastViews?.timeline.campaigns.length, 2);
  });

  test('zoom and grouping are switchable', async () => {
    const a = await api();
    const zoomed = a.views.timeline.waitForRender((s) => s.zoom === 'month');
    assert.ok(await a.views.timeline.simulate({ type: 'simulate', action: 'zoom', zoom: 'month' }));
    assert.deepEqual([...(await zoomed).bars].sort(), CAMPAIGNS);
    const byProduct = a.views.timeline.waitForRender((s) => s.grouping === 'product');
    assert.ok(await a.views.timeline.simulate({ type: 'simulate', action: 'group', grouping: 'product' }));
    assert.deepEqual((await byProduct).groups, ['QuestForge (2)']);
  });

  test('keyboard: End reaches the last campaign, Enter opens it in the editor', async () => {
    const a = await api();
    const focused = a.views.timeline.waitForRender((s) => s.focused === 'campaign:spring-launch');
    assert.ok(await a.views.timeline.simulate({ type: 'simulate', action: 'key', key: 'End' }));
    await focused;
    const home = a.views.timeline.waitForRender((s) => s.focused === 'research:teen-trends-2026');
    assert.ok(await a.views.timeline.simulate({ type: 'simulate', action: 'key', key: 'Home' }));
    await home;
    const down = a.views.timeline.waitForRender((s) => s.focused === 'research:price-survey');
    assert.ok(await a.views.timeline.simulate({ type: 'simulate', action: 'key', key: 'ArrowDown' }));
    await down;
    assert.ok(await a.views.timeline.simulate({ type: 'simulate', action: 'key', key: 'Enter' }));
    const ed = await editorAt(planUri(), 18);
    assert.equal(ed.document.getText(ed.selection), 'price-survey');
  });

  test('clicking a campaign bar opens the campaign', async () => {
    const a = await api();
    assert.ok(await a.views.timeline.simulate({ type: 'simulate', action: 'click', key: 'campaign:spring-launch' }));
    const ed = await editorAt(launchUri(), 3);
    assert.equal(ed.document.getText(ed.selection), 'spring-launch');
  });

  test('Show Budget: the totals against the plan budget, and the charts by segment, channel, product and month', async () => {
    const a = await api();
    const rendered = a.views.budget.waitForRender((s) => s.totals !== undefined, 30000);
    await vscode.commands.executeCommand('marketingPlan.showBudget', launchUri());
    const s = await rendered;
    assert.ok(a.views.budget.isOpen);
    assert.deepEqual(s.totals, { total: '100000 EUR', plan: '150000 EUR', remaining: '50000 EUR', over: false });
    assert.deepEqual(s.charts, ['Campaign budgets against the plan budget', 'By segment', 'By channel', 'By product', 'By month']);
  });

  test('views follow typing: a budget over the plan is marked at once, in the budget and the timeline', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(launchUri());
    const over = a.views.budget.waitForRender((s) => s.totals?.over === true);
    const timeline = a.views.timeline.waitForRender((s) => s.seq > first.seq);
    await replaceLine(doc, 19, '80000', '180000');
    assert.deepEqual((await over).totals, { total: '200000 EUR', plan: '150000 EUR', remaining: '-50000 EUR', over: true });
    await timeline;
    const back = a.views.budget.waitForRender((s) => s.totals?.over === false);
    await replaceLine(doc, 19, '180000', '80000');
    assert.equal((await back).totals?.total, '100000 EUR');
    await doc.save();
  });

  test('Plan Explorer: upstream and downstream of questforge, each item with its worst finding and count', async () => {
    const a = await api();
    await vscode.commands.executeCommand('marketingPlan.explorer.focus');
    await waitFor('the Plan Explorer to be visible', () => a.views.explorerView.visible);
    const lines = await waitFor('the questforge scope in the tree', async () => {
      const all = await a.views.explorer.lines();
      const start = all.findIndex((l) => l.depth === 0 && l.label === 'QuestForge launch 2027');
      if (start < 0) return undefined;
      const end = all.findIndex((l, i) => i > start && l.depth === 0);
      return all.slice(start, end < 0 ? undefined : end);
    });
    assert.deepEqual(
      lines.map((l) => `${'  '.repeat(l.depth)}${l.label}${l.description ? ` | ${l.description}` : ''}`),
      [
        'QuestForge launch 2027 | 3 errors, 6 warnings',
        '  Upstream',
        '    Research (2)',
        '      teen-trends-2026',
        '      price-survey',
        '    Segments (2)',
        '      Teen gamers 14-18',
        '      Adult collectors',
        '    Products (1)',
        '      QuestForge',
        '    Initiatives (1)',
        '      Add playable heroines | 1 warning',
        '  Downstream',
        '    Campaigns: planned (2)',
        "      Collector's edition pre-order",
        '      Spring launch ads | 3 errors, 5 warnings',
      ],
    );
  });

  test("Plan Explorer: a plan's context actions open its budget, timeline and map", async () => {
    const a = await api();
    const roots = await a.views.explorer.getChildren();
    const scope = roots.find((n) => n.type === 'scope' && n.label === 'QuestForge launch 2027');
    assert.ok(scope);
    const budget = a.views.budget.waitForRender((s) => s.totals?.total === '100000 EUR');
    await vscode.commands.executeCommand('marketingPlan.showBudget', scope);
    assert.ok((await budget).root.endsWith('/questforge'));
    const timeline = a.views.timeline.waitForRender((s) => s.bars.length === 2);
    await vscode.commands.executeCommand('marketingPlan.showTimeline', scope);
    assert.ok((await timeline).root.endsWith('/questforge'));
    const map = a.planMap.waitForRender((s) => s.nodeIds.includes('campaign:spring-launch'));
    await vscode.commands.executeCommand('marketingPlan.explorer.showPlanMap', scope);
    await map;
  });

  test('the Get Started walkthrough is registered and opens', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const walkthroughs =
      (ext?.packageJSON as { contributes?: { walkthroughs?: Array<{ id: string; steps: Array<{ id: string }> }> } }).contributes
        ?.walkthroughs ?? [];
    assert.deepEqual(
      walkthroughs.map((w) => [w.id, w.steps.map((s) => s.id)]),
      [['getStarted', ['createPlan', 'seeContradiction', 'fixIt', 'openTimeline']]],
    );
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#getStarted`, false);
  });
});
