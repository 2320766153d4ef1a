/** `mplan/scopeViews` and `mplan/viewsChanged` over a real stdio connection: the view data with places as URIs, pushed stale while typing. */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SCOPE_VIEWS, VIEWS_CHANGED, type ParamsOf, type ResultOf, type ViewsChangedParams } from '../../shared/protocol';
import { LspClient, uri } from '../support/lsp-client';
import { removeDir, tempCopy } from '../support/fixtures';

describe('mplan/scopeViews over stdio', () => {
  let dir: string;
  let client: LspClient;
  const changed: ViewsChangedParams[] = [];
  let changeWaiters: Array<(p: ViewsChangedParams) => void> = [];
  const file = (rel: string): string => uri(path.join(dir, rel));
  const views = (target: string): Promise<ResultOf<typeof SCOPE_VIEWS>> => {
    const params: ParamsOf<typeof SCOPE_VIEWS> = { uri: target };
    return client.conn.sendRequest(SCOPE_VIEWS, params);
  };
  const nextChange = (): Promise<ViewsChangedParams> => new Promise((resolve) => changeWaiters.push(resolve));

  before(async () => {
    dir = tempCopy('questforge');
    client = new LspClient();
    client.conn.onNotification(VIEWS_CHANGED, (p: ViewsChangedParams) => {
      changed.push(p);
      const waiting = changeWaiters;
      changeWaiters = [];
      for (const w of waiting) w(p);
    });
    await client.initialize(dir);
    await client.diagnosticsFor(file('campaigns/launch.mplan.yaml'), (d) => d.length > 0);
  });
  after(async () => {
    await client.stop();
    removeDir(dir);
  });

  it('a file of questforge: timeline, budget and findings of its plan, every place a URI', async () => {
    const v = await views(file('campaigns/launch.mplan.yaml'));
    assert.ok(v);
    assert.equal(v.root, uri(dir));
    assert.deepEqual(v.files, [file('campaigns/launch.mplan.yaml'), file('plan.mplan.yaml')]);
    assert.equal(v.plan?.name, 'QuestForge launch 2027');
    assert.deepEqual(v.plan?.entity.place.uri, file('plan.mplan.yaml'));
    assert.deepEqual(
      v.timeline.campaigns.map((c) => [c.entity.id, c.entity.place.uri, c.entity.place.range.start.line, c.worst]),
      [
        ['collectors-preorder', file('campaigns/launch.mplan.yaml'), 22, undefined],
        ['spring-launch', file('campaigns/launch.mplan.yaml'), 3, 'error'],
      ],
    );
    assert.deepEqual(
      v.timeline.milestones.map((m) => [m.entity.id, m.entity.place.uri]),
      [
        ['teen-trends-2026', file('plan.mplan.yaml')],
        ['price-survey', file('plan.mplan.yaml')],
        ['questforge', file('plan.mplan.yaml')],
      ],
    );
    assert.deepEqual([v.budget.total.text, v.budget.planBudget?.text, v.budget.over], ['100000', '150000', false]);
    assert.deepEqual(v.counts, { error: 3, warning: 6, info: 0, hint: 0 });
    const mp403 = v.findings.find((f) => f.code === 'MP403');
    assert.deepEqual(
      mp403 && {
        uri: mp403.place.uri,
        line: mp403.place.range.start.line,
        owner: mp403.owner,
        related: mp403.related.map((r) => r.place.uri),
      },
      { uri: file('campaigns/launch.mplan.yaml'), line: 8, owner: 'campaign:spring-launch', related: [file('plan.mplan.yaml')] },
    );
    assert.ok(!JSON.stringify(v).includes('"file":'), 'no place is written as a path');
  });

  it('the scope root folder names the same plan; an unknown URI or bad params: null', async () => {
    const byRoot = await views(uri(dir));
    assert.equal(byRoot?.timeline.campaigns.length, 2);
    assert.equal(await views(file('nowhere/else.mplan.yaml')), null);
    assert.equal(await client.conn.sendRequest(SCOPE_VIEWS, {}), null);
  });

  it('typing pushes mplan/viewsChanged for the scope, and the views follow the text', async () => {
    const launch = file('campaigns/launch.mplan.yaml');
    const text = fs.readFileSync(path.join(dir, 'campaigns/launch.mplan.yaml'), 'utf8');
    await client.open(launch, text);
    const notified = nextChange();
    await client.change(launch, text.replace('budget: 80000', 'budget: 180000'));
    assert.deepEqual(await notified, { roots: [uri(dir)] });
    const v = await views(launch);
    assert.deepEqual([v?.budget.total.text, v?.budget.over, v?.budget.remaining?.text], ['200000', true, '-50000']);
  });
});
