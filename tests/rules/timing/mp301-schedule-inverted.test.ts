import { ruleTester } from '../../support/rule-tester';
import { scheduleInverted } from '../../../server/src/engine/rules/timing/mp301-schedule-inverted';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const UP = 'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n';
const campaign = (schedule: string): string =>
  `${PLAN}${UP}downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: ${schedule}\n`;

ruleTester(scheduleInverted, {
  valid: [
    { name: 'a one-day campaign: end on the start day', files: campaign('{ start: 2027-03-01, end: 2027-03-01 }') },
    { name: 'end the day after start', files: campaign('{ start: 2027-02-28, end: 2027-03-01 }') },
    {
      name: 'a plan period of one day',
      files: 'version: 1\nplan: { id: p, name: P, period: { start: 2027-06-30, end: 2027-06-30 }, currency: EUR }\n',
    },
    { name: 'an invalid end date is MP002, not an inverted schedule', files: campaign('{ start: 2027-03-01, end: 2027-02-30 }') },
  ],
  invalid: [
    {
      name: 'a campaign ending the day before it starts: swap keeps the flow map',
      files: campaign('{ start: 2027-03-01, end: ⟦2027-02-28⟧ }'),
      errors: [
        {
          messageId: 'inverted',
          data: {
            what: { phrase: 'campaign', data: { campaign: { id: 'launch', name: 'Launch' } } },
            end: '2027-02-28',
            start: '2027-03-01',
          },
          text: 'campaign Launch (launch) ends on 2027-02-28, before it starts on 2027-03-01',
          related: [{ line: 17, message: ['starts on 2027-03-01'] }],
          fixes: [{ title: 'Swap the dates', safe: false, preferred: true, output: campaign('{ start: 2027-02-28, end: 2027-03-01 }') }],
        },
      ],
    },
    {
      name: 'an inverted plan period, in a block map with quoted dates and a comment',
      files:
        'version: 1\nplan:\n  id: p\n  name: P\n  period:\n    start: \'2027-12-31\' # year end?\n    end: ⟦"2027-01-01"⟧\n  currency: EUR\n',
      errors: [
        {
          messageId: 'inverted',
          data: { what: { phrase: 'planPeriodOf', data: { plan: { id: 'p', name: 'P' } } }, end: '2027-01-01', start: '2027-12-31' },
          text: 'the plan period of P (p) ends on 2027-01-01, before it starts on 2027-12-31',
          related: [{ line: 6, message: ['starts on 2027-12-31'] }],
          fixes: [
            {
              title: 'Swap the dates',
              preferred: true,
              output:
                'version: 1\nplan:\n  id: p\n  name: P\n  period:\n    start: \'2027-01-01\' # year end?\n    end: "2027-12-31"\n  currency: EUR\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a campaign in another file, a year apart',
      files: {
        'campaigns/spring.mplan.yaml':
          'downstream:\n  campaigns:\n    - id: spring\n      name: Spring\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule:\n        start: 2027-04-01\n        end: ⟦2026-04-30⟧\n',
        'plan.mplan.yaml': PLAN + UP,
      },
      errors: [
        {
          messageId: 'inverted',
          data: {
            what: { phrase: 'campaign', data: { campaign: { id: 'spring', name: 'Spring' } } },
            end: '2026-04-30',
            start: '2027-04-01',
          },
          text: 'campaign Spring (spring) ends on 2026-04-30, before it starts on 2027-04-01',
          related: [{ file: 'campaigns/spring.mplan.yaml', line: 9 }],
          fixes: [
            {
              title: 'Swap the dates',
              output: {
                'campaigns/spring.mplan.yaml':
                  'downstream:\n  campaigns:\n    - id: spring\n      name: Spring\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule:\n        start: 2026-04-30\n        end: 2027-04-01\n',
              },
            },
          ],
        },
      ],
    },
  ],
});
