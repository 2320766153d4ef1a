import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { apportion, splitEvenly } from '../../server/src/engine/views/apportion';
import { campaign, lines, planText, viewsOfTexts } from './support';

const YEAR: [string, string] = ['2027-01-01', '2027-12-31'];
const months = (v: ReturnType<typeof viewsOfTexts>[number]): Array<[string, string]> =>
  v.budget.byMonth.map((m) => [m.month, m.amount.text]);

describe('view data on boundary plans', () => {
  it('a campaign with no budget is listed apart and adds nothing', () => {
    const [v] = viewsOfTexts({
      'plan.mplan.yaml': planText(
        YEAR,
        '1000',
        campaign('paid', ['2027-02-01', '2027-02-28'], '      budget: 400\n') + campaign('free', ['2027-01-10', '2027-01-20']),
      ),
    });
    assert.deepEqual(
      v.budget.withoutBudget.map((e) => e.id),
      ['free'],
    );
    assert.deepEqual([v.budget.total.text, v.budget.remaining?.text, v.budget.over], ['400', '600', false]);
    assert.deepEqual(lines(v.budget.bySegment), [['a', '400']]);
    assert.deepEqual(v.budget.bySegment[0].campaigns, ['paid']);
    assert.equal(v.timeline.campaigns.find((c) => c.entity.id === 'free')?.budget, undefined);
    assert.deepEqual(
      v.timeline.campaigns.map((c) => c.entity.id),
      ['free', 'paid'],
    );
  });

  it('a campaign with several segments is split evenly, the odd cent to the first, and said so', () => {
    const [v] = viewsOfTexts({
      'plan.mplan.yaml': planText(
        YEAR,
        '1000.00',
        campaign('both', ['2027-03-01', '2027-03-31'], '      budget: 100.01\n').replace('segments: [a]', 'segments: [a, b]'),
      ),
    });
    assert.deepEqual(lines(v.budget.bySegment), [
      ['a', '50.01'],
      ['b', '50.00'],
    ]);
    assert.deepEqual(
      v.budget.bySegment.map((l) => [l.label, l.shared]),
      [
        ['Seg A', true],
        ['Seg B', true],
      ],
    );
    assert.deepEqual(
      v.budget.splits.map((s) => [s.campaign, s.over, s.parts, s.amount.text]),
      [['both', 'segments', 2, '100.01']],
    );
    assert.deepEqual(lines(v.budget.byChannel), [['email', '100.01']]);
    assert.equal(v.budget.byChannel[0].shared, false);
    assert.deepEqual([v.budget.total.text, v.budget.remaining?.text], ['100.01', '899.99']);
  });

  it('a campaign over the whole period, first day to last, is spread by days over all twelve months', () => {
    const [v] = viewsOfTexts({ 'plan.mplan.yaml': planText(YEAR, '36500', campaign('all-year', YEAR, '      budget: 36500\n')) });
    assert.deepEqual(months(v), [
      ['2027-01', '3100'],
      ['2027-02', '2800'],
      ['2027-03', '3100'],
      ['2027-04', '3000'],
      ['2027-05', '3100'],
      ['2027-06', '3000'],
      ['2027-07', '3100'],
      ['2027-08', '3100'],
      ['2027-09', '3000'],
      ['2027-10', '3100'],
      ['2027-11', '3000'],
      ['2027-12', '3100'],
    ]);
    assert.deepEqual(v.timeline.axis, { start: '2027-01-01', end: '2027-12-31' });
    assert.deepEqual(
      v.findings.filter((f) => f.code === 'MP302'),
      [],
    );
  });

  it('a campaign partly outside the period puts money in the months outside it too, and shows the finding', () => {
    const [v] = viewsOfTexts({
      'plan.mplan.yaml': planText(
        ['2027-01-01', '2027-01-31'],
        '1000',
        campaign('late', ['2027-01-31', '2027-02-01'], '      budget: 10\n'),
      ),
    });
    assert.deepEqual(months(v), [
      ['2027-01', '5'],
      ['2027-02', '5'],
    ]);
    assert.deepEqual(v.timeline.axis, { start: '2027-01-01', end: '2027-02-01' });
    const f = v.timeline.campaigns[0].findings.find((x) => x.code === 'MP302');
    assert.equal(f?.part, 'schedule');
  });

  it('leap day: February 2028 holds 29 days, and a one-day campaign on the 29th', () => {
    const [v] = viewsOfTexts({
      'plan.mplan.yaml': planText(
        ['2028-01-01', '2028-12-31'],
        '9999',
        campaign('feb', ['2028-02-01', '2028-03-01'], '      budget: 3000\n') +
          campaign('leap', ['2028-02-29', '2028-02-29'], '      budget: 7\n'),
      ),
    });
    // feb: 30 days, 29 of them in February.
    assert.deepEqual(months(v).slice(0, 4), [
      ['2028-01', '0'],
      ['2028-02', '2907'],
      ['2028-03', '100'],
      ['2028-04', '0'],
    ]);
    assert.deepEqual(
      v.timeline.campaigns.map((c) => [c.entity.id, c.schedule]),
      [
        ['feb', { start: '2028-02-01', end: '2028-03-01' }],
        ['leap', { start: '2028-02-29', end: '2028-02-29' }],
      ],
    );
  });

  it('an inverted or missing schedule: no bar on the timeline, its budget counted apart from the months', () => {
    const [v] = viewsOfTexts({
      'plan.mplan.yaml': planText(
        YEAR,
        '1000',
        campaign('inverted', ['2027-05-10', '2027-05-01'], '      budget: 300\n') +
          campaign('ok', ['2027-05-01', '2027-05-10'], '      budget: 200\n'),
      ),
    });
    assert.deepEqual(
      v.timeline.campaigns.map((c) => [c.entity.id, c.schedule ?? null]),
      [
        ['ok', { start: '2027-05-01', end: '2027-05-10' }],
        ['inverted', null],
      ],
    );
    assert.deepEqual([v.budget.unscheduled.text, v.budget.total.text], ['300', '500']);
    assert.equal(months(v).find(([m]) => m === '2027-05')?.[1], '200');
    assert.deepEqual(
      v.timeline.campaigns[1].findings.filter((f) => f.code === 'MP301').map((f) => f.part),
      ['schedule'],
    );
  });

  it('over budget: remaining is negative and MP404 sits on the plan', () => {
    const [v] = viewsOfTexts({
      'plan.mplan.yaml': planText(YEAR, '100', campaign('big', ['2027-05-01', '2027-05-10'], '      budget: 250.5\n')),
    });
    assert.deepEqual(
      [v.budget.total.text, v.budget.planBudget?.text, v.budget.remaining?.text, v.budget.over],
      ['250.50', '100', '-150.50', true],
    );
    assert.deepEqual(
      v.findings.filter((f) => f.code === 'MP404').map((f) => f.owner),
      ['plan:p'],
    );
  });

  it('a scope without a plan: no period, no plan budget, months of the schedules only, no currency', () => {
    const [v] = viewsOfTexts({
      'loose.mplan.yaml': planText(undefined, undefined, campaign('solo', ['2027-06-15', '2027-07-14'], '      budget: 300\n')),
    });
    assert.equal(v.plan, undefined);
    assert.equal(v.timeline.period, undefined);
    assert.deepEqual(v.timeline.axis, { start: '2027-06-15', end: '2027-07-14' });
    assert.deepEqual([v.budget.currency, v.budget.planBudget, v.budget.remaining, v.budget.over], [undefined, undefined, undefined, false]);
    // 30 days: 16 in June, 14 in July.
    assert.deepEqual(months(v), [
      ['2027-06', '160'],
      ['2027-07', '140'],
    ]);
  });

  it('a scope with nothing dated has no axis and empty breakdowns', () => {
    const [v] = viewsOfTexts({ 'empty.mplan.yaml': 'version: 1\n' });
    assert.equal(v.timeline.axis, undefined);
    assert.deepEqual(
      [v.timeline.campaigns, v.timeline.milestones, v.budget.byMonth, v.budget.bySegment, v.map.nodes],
      [[], [], [], [], []],
    );
    assert.equal(v.budget.total.text, '0');
  });

  it('campaigns naming no product or unknown segments are counted under what they name', () => {
    const [v] = viewsOfTexts({
      'plan.mplan.yaml': planText(
        YEAR,
        '1000',
        campaign('ghost', ['2027-05-01', '2027-05-10'], '      budget: 90\n')
          .replace('segments: [a]', 'segments: [nobody]')
          .replace('      product: x\n', ''),
      ),
    });
    assert.deepEqual(lines(v.budget.bySegment), [['nobody', '90']]);
    assert.deepEqual(lines(v.budget.byProduct), [['', '90']]);
    assert.deepEqual(
      v.budget.byProduct.map((l) => l.label),
      ['no product'],
    );
    assert.deepEqual(
      v.findings.map((f) => [f.code, f.owner]).filter(([c]) => c === 'MP002' || c === 'MP005'),
      [
        ['MP002', 'campaign:ghost'],
        ['MP005', 'campaign:ghost'],
      ],
    );
  });

  it('apportioning keeps every cent, even for huge amounts', () => {
    assert.deepEqual(splitEvenly(100, 3), [34, 33, 33]);
    assert.deepEqual(apportion(10, [1, 1, 1, 1]), [3, 3, 2, 2]);
    assert.deepEqual(apportion(0, [3, 4]), [0, 0]);
    const huge = 9_007_199_254_740_000;
    const parts = apportion(huge, [31, 28, 31]);
    assert.equal(
      parts.reduce((a, b) => a + b, 0),
      huge,
    );
  });
});
