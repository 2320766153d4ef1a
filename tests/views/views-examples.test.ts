import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { EXAMPLES } from '../support/fixtures';
import { lines, viewsOfExample } from './support';

describe('view data of the examples', () => {
  it('questforge: the plan summary', () => {
    const v = viewsOfExample('questforge');
    assert.deepEqual(
      { name: v.plan?.name, period: v.plan?.period, currency: v.plan?.currency, budget: v.plan?.budget, mission: v.plan?.mission },
      {
        name: 'QuestForge launch 2027',
        period: { start: '2027-01-01', end: '2027-12-31' },
        currency: 'EUR',
        budget: { cents: 15000000, text: '150000' },
        mission: 'Adventure games in which every player can be the hero.',
      },
    );
    assert.deepEqual(v.counts, { error: 3, warning: 6, info: 0, hint: 0 });
  });

  it('questforge: the timeline (milestones by date, campaigns by schedule, findings on their campaign)', () => {
    const t = viewsOfExample('questforge').timeline;
    assert.deepEqual(t.period, { start: '2027-01-01', end: '2027-12-31' });
    assert.deepEqual(t.axis, { start: '2026-11-30', end: '2027-12-31' });
    assert.deepEqual(
      t.milestones.map((m) => [m.kind, m.entity.id, m.date]),
      [
        ['research-completed', 'teen-trends-2026', '2026-11-30'],
        ['research-completed', 'price-survey', '2027-01-20'],
        ['product-available', 'questforge', '2027-03-01'],
      ],
    );
    assert.deepEqual(
      t.campaigns.map((c) => [c.entity.id, c.entity.label, c.schedule, c.budget?.text, c.signOffs, c.upstream, c.worst]),
      [
        [
          'collectors-preorder',
          "Collector's edition pre-order",
          { start: '2027-03-01', end: '2027-03-31' },
          '20000',
          [{ kind: 'salesReview', date: '2027-02-01' }],
          ['research:teen-trends-2026', 'product:questforge'],
          undefined,
        ],
        [
          'spring-launch',
          'Spring launch ads',
          { start: '2027-03-01', end: '2027-04-15' },
          '80000',
          [{ kind: 'salesReview', date: '2027-02-01' }],
          ['research:teen-trends-2026', 'research:price-survey', 'product:questforge'],
          'error',
        ],
      ],
    );
    const spring = t.campaigns[1];
    assert.deepEqual(spring.counts, { error: 3, warning: 5, info: 0, hint: 0 });
    assert.deepEqual(
      spring.findings.map((f) => [f.code, f.severity, f.part ?? null, f.relatedEntities, f.place.range.start.line]),
      [
        ['MP403', 'error', null, ['segment:teen-gamers'], 8],
        ['MP101', 'warning', null, ['segment:teen-gamers'], 9],
        ['MP103', 'warning', null, ['segment:teen-gamers'], 11],
        ['MP104', 'warning', null, ['product:questforge', 'segment:teen-gamers'], 13],
        ['MP201', 'error', null, ['product:questforge'], 16],
        ['MP202', 'error', null, ['product:questforge'], 16],
        ['MP204', 'warning', null, ['product:questforge'], 16],
        ['MP402', 'warning', 'budget', [], 18],
      ],
    );
    assert.equal(spring.findings[0].place.file, path.join(EXAMPLES, 'questforge', 'campaigns', 'launch.mplan.yaml'));
  });

  it('questforge: the budget by segment, channel (split evenly, and said so), product and month (by days)', () => {
    const b = viewsOfExample('questforge').budget;
    assert.deepEqual(
      [b.currency, b.total.text, b.planBudget?.text, b.remaining?.text, b.over],
      ['EUR', '100000', '150000', '50000', false],
    );
    assert.deepEqual(lines(b.bySegment), [
      ['teen-gamers', '80000'],
      ['adult-collectors', '20000'],
    ]);
    assert.deepEqual(
      b.bySegment.map((l) => l.label),
      ['Teen gamers 14-18', 'Adult collectors'],
    );
    assert.deepEqual(
      b.byChannel.map((l) => l.campaigns),
      [['collectors-preorder', 'spring-launch'], ['spring-launch'], ['spring-launch'], ['collectors-preorder']],
    );
    // 80000 over tiktok, youtube, tv: 26666.67 + 26666.67 + 26666.66; 20000 over email, youtube: 10000 each.
    assert.deepEqual(lines(b.byChannel), [
      ['youtube', '36666.67'],
      ['tiktok', '26666.67'],
      ['tv', '26666.66'],
      ['email', '10000'],
    ]);
    assert.deepEqual(
      b.byChannel.map((l) => l.shared),
      [true, true, true, true],
    );
    assert.deepEqual(
      b.splits.map((s) => [s.campaign, s.over, s.parts, s.amount.text]),
      [
        ['collectors-preorder', 'channels', 2, '20000'],
        ['spring-launch', 'channels', 3, '80000'],
      ],
    );
    assert.deepEqual(lines(b.byProduct), [['questforge', '100000']]);
    assert.deepEqual(b.byProduct[0].campaigns, ['collectors-preorder', 'spring-launch']);
    // spring-launch: 46 days, 31 in March (53913.04) and 15 in April (26086.96); collectors-preorder: all of March.
    assert.deepEqual(
      b.byMonth.map((m) => [m.month, m.amount.text]),
      [
        ['2027-01', '0'],
        ['2027-02', '0'],
        ['2027-03', '73913.04'],
        ['2027-04', '26086.96'],
        ['2027-05', '0'],
        ['2027-06', '0'],
        ['2027-07', '0'],
        ['2027-08', '0'],
        ['2027-09', '0'],
        ['2027-10', '0'],
        ['2027-11', '0'],
        ['2027-12', '0'],
      ],
    );
    assert.equal(b.unscheduled.cents, 0);
    assert.deepEqual(b.withoutBudget, []);
  });

  it('questforge: the map flows, with the contradictions along them', () => {
    const m = viewsOfExample('questforge').map;
    assert.deepEqual(
      m.nodes.map((n) => [n.entity.key, n.layer, n.worst ?? null]),
      [
        ['research:teen-trends-2026', 'research', null],
        ['research:price-survey', 'research', null],
        ['segment:teen-gamers', 'segment', null],
        ['segment:adult-collectors', 'segment', null],
        ['initiative:heroines', 'initiative', 'warning'],
        ['product:questforge', 'product', null],
        ['campaign:collectors-preorder', 'campaign', null],
        ['campaign:spring-launch', 'campaign', 'error'],
      ],
    );
    assert.deepEqual(
      m.edges.filter((e) => e.worst).map((e) => [e.from, e.to, e.worst, e.codes]),
      [
        ['segment:teen-gamers', 'campaign:spring-launch', 'error', ['MP403', 'MP101', 'MP103', 'MP104']],
        ['product:questforge', 'campaign:spring-launch', 'error', ['MP104', 'MP201', 'MP202', 'MP204']],
      ],
    );
    assert.equal(m.edges.length, 10);
  });

  it('northwind-saas: no findings, one campaign split over three channels', () => {
    const v = viewsOfExample('northwind-saas');
    assert.deepEqual(v.counts, { error: 0, warning: 0, info: 0, hint: 0 });
    assert.deepEqual(lines(v.budget.byChannel), [
      ['email', '20000'],
      ['linkedin', '20000'],
      ['webinars', '20000'],
    ]);
    assert.deepEqual(
      v.budget.byChannel.map((l) => l.label),
      ['email', 'linkedin', 'Live product webinars'],
    );
    // 2027-02-01..2027-03-31: 28 + 31 = 59 days.
    assert.deepEqual(
      v.budget.byMonth.map((m) => [m.month, m.amount.text]),
      [
        ['2027-01', '0'],
        ['2027-02', '28474.58'],
        ['2027-03', '31525.42'],
        ['2027-04', '0'],
        ['2027-05', '0'],
        ['2027-06', '0'],
      ],
    );
    assert.deepEqual([v.budget.total.text, v.budget.remaining?.text], ['60000', '30000']);
    assert.deepEqual(
      v.timeline.milestones.map((m) => [m.entity.key, m.date]),
      [
        ['research:ops-interviews', '2026-12-10'],
        ['research:win-loss', '2026-12-15'],
        ['product:northwind-teams', '2027-01-15'],
      ],
    );
  });
});
