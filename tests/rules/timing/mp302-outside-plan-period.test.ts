import { ruleTester } from '../../support/rule-tester';
import { outsidePlanPeriod } from '../../../server/src/engine/rules/timing/mp302-outside-plan-period';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const UP = 'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n';
const CAMPAIGN =
  'downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n';
const withSchedule = (schedule: string): string => `${PLAN}${UP}${CAMPAIGN}      schedule: ${schedule}\n`;

ruleTester(outsidePlanPeriod, {
  valid: [
    { name: 'exactly the plan period', files: withSchedule('{ start: 2027-01-01, end: 2027-12-31 }') },
    { name: 'the last day of the period', files: withSchedule('{ start: 2027-12-31, end: 2027-12-31 }') },
    { name: 'an inverted schedule is MP301, not outside', files: withSchedule('{ start: 2027-03-01, end: 2026-12-01 }') },
    {
      name: 'no plan in the scope: no period to compare',
      files: `${UP}${CAMPAIGN}      schedule: { start: 1999-01-01, end: 1999-02-01 }\n`,
    },
  ],
  invalid: [
    {
      name: 'starting the day before the period: clamp the start',
      files: withSchedule('{ start: ⟦2026-12-31⟧, end: 2027-01-31 }'),
      errors: [
        {
          messageId: 'startsBeforePeriod',
          data: { campaign: { id: 'launch', name: 'Launch' }, date: '2026-12-31', bound: '2027-01-01' },
          text: 'campaign Launch (launch) starts on 2026-12-31, before the plan period starts on 2027-01-01',
          related: [{ line: 5, message: ['starts on 2027-01-01'] }],
          fixes: [
            { title: 'Clamp the start', safe: false, preferred: true, output: withSchedule('{ start: 2027-01-01, end: 2027-01-31 }') },
          ],
        },
      ],
    },
    {
      name: 'running over both ends: start and end each once',
      files: withSchedule('{ start: ⟦2026-12-01⟧, end: ⟦2028-01-01⟧ }'),
      errors: [
        {
          messageId: 'startsBeforePeriod',
          data: { campaign: { id: 'launch', name: 'Launch' }, date: '2026-12-01', bound: '2027-01-01' },
          text: 'campaign Launch (launch) starts on 2026-12-01, before the plan period starts on 2027-01-01',
          related: [{ line: 5 }],
          fixes: [{ title: 'Clamp the start', output: withSchedule('{ start: 2027-01-01, end: 2028-01-01 }') }],
        },
        {
          messageId: 'endsAfterPeriod',
          data: { campaign: { id: 'launch', name: 'Launch' }, date: '2028-01-01', bound: '2027-12-31' },
          text: 'campaign Launch (launch) ends on 2028-01-01, after the plan period ends on 2027-12-31',
          related: [{ line: 5, message: ['ends on 2027-12-31'] }],
          fixes: [{ title: 'Clamp the end', output: withSchedule('{ start: 2026-12-01, end: 2027-12-31 }') }],
        },
      ],
    },
    {
      name: 'a campaign file after the period of the plan file, block schedule',
      files: {
        'campaigns/spring.mplan.yaml': `${CAMPAIGN}      schedule:\n        start: ⟦'2028-02-01'⟧\n        end: ⟦2028-03-01⟧ # next year\n`,
        'plan.mplan.yaml': PLAN + UP,
      },
      errors: [
        {
          messageId: 'startsAfterPeriod',
          data: { campaign: { id: 'launch', name: 'Launch' }, date: '2028-02-01', bound: '2027-12-31' },
          text: 'campaign Launch (launch) starts on 2028-02-01, after the plan period ends on 2027-12-31',
          related: [{ file: 'plan.mplan.yaml', line: 5 }],
          fixes: [
            {
              title: 'Clamp the start to the plan period: 2027-12-31',
              output: {
                'campaigns/spring.mplan.yaml': `${CAMPAIGN}      schedule:\n        start: '2027-12-31'\n        end: 2028-03-01 # next year\n`,
              },
            },
          ],
        },
        {
          messageId: 'endsAfterPeriod',
          data: { campaign: { id: 'launch', name: 'Launch' }, date: '2028-03-01', bound: '2027-12-31' },
          text: 'campaign Launch (launch) ends on 2028-03-01, after the plan period ends on 2027-12-31',
          related: [{ file: 'plan.mplan.yaml', line: 5 }],
          fixes: [
            {
              title: 'Clamp the end to the plan period: 2027-12-31',
              output: {
                'campaigns/spring.mplan.yaml': `${CAMPAIGN}      schedule:\n        start: '2028-02-01'\n        end: 2027-12-31 # next year\n`,
              },
            },
          ],
        },
      ],
    },
  ],
});
