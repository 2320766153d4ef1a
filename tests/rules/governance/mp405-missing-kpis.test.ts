import { ruleTester } from '../../support/rule-tester';
import { missingKpis } from '../../../server/src/engine/rules/governance/mp405-missing-kpis';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const UP = 'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n';
const campaign = (id: string, tail: string): string =>
  `downstream:\n  campaigns:\n    - id: ${id}\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-06-30 }\n${tail}`;

ruleTester(missingKpis, {
  valid: [
    { name: 'one kpi', files: PLAN + UP + campaign('launch', '      kpis: [sales]\n') },
    { name: 'a kpi with a target', files: PLAN + UP + campaign('launch', '      kpis:\n        - { metric: ctr, target: 2% }\n') },
    { name: 'an unknown metric is MP005, not missing kpis', files: PLAN + UP + campaign('launch', '      kpis: [sails]\n') },
    { name: 'a kpis key with no value is MP002', files: PLAN + UP + campaign('launch', '      kpis:\n') },
  ],
  invalid: [
    {
      name: 'no kpis key: insert one last, block style',
      files: PLAN + UP + campaign('⟦launch⟧', '      budget: 1000 # small\n'),
      errors: [
        {
          messageId: 'noKpis',
          data: { campaign: { id: 'launch', name: 'Launch' } },
          text: 'campaign Launch (launch) has no kpis: nothing says how its success is measured',
          fixes: [
            {
              title: 'Insert kpis: [conversions]',
              safe: false,
              preferred: true,
              output: PLAN + UP + campaign('launch', '      budget: 1000 # small\n      kpis: [conversions]\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'an empty kpis list gets conversions',
      files: PLAN + UP + campaign('⟦launch⟧', '      kpis: []\n'),
      errors: [
        {
          messageId: 'noKpis',
          data: { campaign: { id: 'launch', name: 'Launch' } },
          text: 'campaign Launch (launch) has no kpis: nothing says how its success is measured',
          fixes: [{ title: 'Add conversions', output: PLAN + UP + campaign('launch', '      kpis: [conversions]\n') }],
        },
      ],
    },
    {
      name: 'a flow campaign in its own file',
      files: {
        'campaigns/spring.mplan.yaml':
          'downstream:\n  campaigns:\n    - { id: ⟦spring⟧, name: S, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-03-01, end: 2027-03-31 } }\n',
        'plan.mplan.yaml': PLAN + UP,
      },
      errors: [
        {
          messageId: 'noKpis',
          data: { campaign: { id: 'spring', name: 'S' } },
          text: 'campaign S (spring) has no kpis: nothing says how its success is measured',
          fixes: [
            {
              title: 'Insert kpis: [conversions]',
              output: {
                'campaigns/spring.mplan.yaml':
                  'downstream:\n  campaigns:\n    - { id: spring, name: S, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-03-01, end: 2027-03-31 }, kpis: [conversions] }\n',
              },
            },
          ],
        },
      ],
    },
  ],
});
