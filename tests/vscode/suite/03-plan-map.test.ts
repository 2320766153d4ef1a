/**
 * Show Plan Map: the webview renders every node of the scope, marks the contradicting edges in the
 * colour of their severity, filters by rule group, opens a node on click or Enter, and follows edits.
 */
import * as assert from './support/assert';
import * as vscode from 'vscode';
import type { RenderSummary } from '../../../client/src/plan-map/protocol';
import { api, launchUri, open, planUri, replaceLine, waitFor } from './helpers';

const NODES = [
  'research:teen-trends-2026',
  'research:price-survey',
  'segment:teen-gamers',
  'segment:adult-collectors',
  'product:questforge',
  'initiative:heroines',
  'campaign:spring-launch',
  'campaign:collectors-preorder',
].sort();

const ORDER = ['error', 'warning', 'info', 'hint'];
const PRICING = new Set(['MP201', 'MP202', 'MP203', 'MP204', 'MP205', 'MP206', 'MP207']);

const marked = (s: RenderSummary, from: string, to: string): RenderSummary['markedEdges'][number] | undefined =>
  s.markedEdges.find((e) => e.from === from && e.to === to);

suite('03 plan map', () => {
  let first: RenderSummary;

  test('renders the scope: every node, contradicting edges marked by severity', async () => {
    const a = await api();
    await open(launchUri());
    const rendered = a.planMap.waitForRender((s) => s.nodeIds.length > 0, 30000);
    await vscode.commands.executeCommand('marketingPlan.showPlanMap');
    first = await rendered;
    assert.deepEqual([...first.nodeIds].sort(), NODES);
    assert.equal(first.focusableNodes, NODES.length, 'every node is keyboard reachable');
    assert.ok(first.edgeCount >= 9, `edges drawn: ${first.edgeCount}`);
    const seg = marked(first, 'segment:teen-gamers', 'campaign:spring-launch');
    assert.ok(seg, `teen-gamers -> spring-launch is marked; marked: ${JSON.stringify(first.markedEdges.map((e) => `${e.from}>${e.to}`))}`);
    const graph = a.planMap.lastGraph;
    assert.ok(graph);
    const worst = (from: string, to: string): string | undefined => {
      const e = graph.edges.find((x) => x.from === from && x.to === to);
      return ORDER.find((sev) => e?.findings.some((f) => f.severity === sev));
    };
    assert.equal(seg.severity, worst('segment:teen-gamers', 'campaign:spring-launch'), 'an edge takes the colour of its worst finding');
    assert.ok(seg.codes.includes('MP101'), `MP101 on the segment edge: ${seg.codes.join(',')}`);
    assert.match(
      seg.title,
      /women and non-binary people of the segment Teen gamers 14-18 \(teen-gamers\)/,
      'the finding message is the edge tooltip',
    );
    // A flow reads from the campaign's side: the campaign targets the segment.
    assert.equal(seg.title.split('\n')[0], 'Spring launch ads targets Teen gamers 14-18');
    const prod = marked(first, 'product:questforge', 'campaign:spring-launch');
    assert.ok(prod, 'questforge -> spring-launch is marked');
    assert.equal(prod.severity, 'error', 'MP201 is an error');
    assert.ok(prod.codes.includes('MP201'));
    assert.equal(
      marked(first, 'segment:adult-collectors', 'campaign:collectors-preorder'),
      undefined,
      'a flow without contradiction is not marked',
    );
    assert.ok(first.flaggedNodes.includes('initiative:heroines'), 'MP502 flags the initiative');
  });

  test("the filter by rule group hides a group's marks", async () => {
    const a = await api();
    const next = a.planMap.waitForRender((s) => !s.groups.includes('pricing'));
    assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'toggleGroup', group: 'pricing' }));
    const s = await next;
    assert.ok(
      s.markedEdges.every((e) => e.codes.every((c) => !PRICING.has(c))),
      'pricing findings hidden',
    );
    assert.notEqual(
      marked(s, 'product:questforge', 'campaign:spring-launch')?.severity,
      'error',
      'the product edge is no longer marked as an error',
    );
    assert.ok(marked(s, 'segment:teen-gamers', 'campaign:spring-launch'), 'alignment marks stay');
    const back = a.planMap.waitForRender((x) => x.groups.includes('pricing'));
    assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'toggleGroup', group: 'pricing' }));
    assert.equal(marked(await back, 'product:questforge', 'campaign:spring-launch')?.severity, 'error');
  });

  test('clicking a node opens its place', async () => {
    const a = await api();
    assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'click', nodeId: 'segment:teen-gamers' }));
    const ed = await waitFor('plan.mplan.yaml to open at teen-gamers', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === planUri().toString() && e.selection.start.line === 25 ? e : undefined;
    });
    assert.equal(ed.document.getText(ed.selection), 'teen-gamers');
  });

  test('Enter on a focused node opens its place', async () => {
    const a = await api();
    assert.ok(await a.planMap.simulate({ type: 'simulate', action: 'enter', nodeId: 'campaign:collectors-preorder' }));
    const ed = await waitFor('launch.mplan.yaml to open at collectors-preorder', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === launchUri().toString() && e.selection.start.line === 22 ? e : undefined;
    });
    assert.equal(ed.document.getText(ed.selection), 'collectors-preorder');
  });

  test('follows edits: a fixed contradiction loses its mark', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(launchUri());
    const update = a.planMap.waitForRender(
      (s) => !(marked(s, 'segment:teen-gamers', 'campaign:spring-launch')?.codes ?? []).includes('MP103'),
      20000,
    );
    await replaceLine(doc, 12, 'tv', 'twitch');
    const s = await update;
    assert.ok(s.seq > first.seq);
    // Undo: back to the example as shipped.
    const back = a.planMap.waitForRender(
      (x) => (marked(x, 'segment:teen-gamers', 'campaign:spring-launch')?.codes ?? []).includes('MP103'),
      20000,
    );
    await replaceLine(doc, 12, 'twitch', 'tv');
    await back;
    await doc.save();
  });
});
