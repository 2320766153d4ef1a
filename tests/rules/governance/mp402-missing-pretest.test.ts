import { ruleTester } from '../../support/rule-tester';
import { missingPretest } from '../../../server/src/engine/rules/governance/mp402-missing-pretest';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const UP = 'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n';
const campaign = (budget: string, tail = ''): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-06-30 }\n      budget: ${budget}\n${tail}`;

ruleTester(missingPretest, {
  valid: [
    { name: 'a cent below the default threshold', files: PLAN + UP + campaign('49999.99') },
    { name: 'at the threshold with a pretest', files: PLAN + UP + campaign('50000', '      pretest: { method: panel, on: 2027-02-01 }\n') },
    { name: 'below a configured threshold', files: PLAN + UP + campaign('99999'), config: 'thresholds: { pretestBudget: 100000 }\n' },
    { name: 'no budget', files: PLAN + UP + campaign('50000').replace('      budget: 50000\n', '') },
  ],
  invalid: [
    {
      name: 'exactly at the default threshold',
      files: PLAN + UP + campaign('⟦50000⟧'),
      errors: [
        {
          messageId: 'missing',
          data: { campaign: { id: 'launch', name: 'Launch' }, budget: '50000', threshold: '50000' },
          text: 'campaign Launch (launch) has a budget of 50000, at or above the pretest threshold of 50000, and no pretest',
          fixes: [
            {
              title: 'Insert a pretest skeleton',
              safe: false,
              preferred: true,
              output: PLAN + UP + campaign('50000', '      pretest:\n        method: TODO\n        on: 2027-01-01\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'at a configured threshold, money as written',
      files: PLAN + UP + campaign('⟦100000.00⟧'),
      config: 'thresholds: { pretestBudget: 100000 }\n',
      errors: [
        {
          messageId: 'missing',
          data: { campaign: { id: 'launch', name: 'Launch' }, budget: '100000.00', threshold: '100000' },
          text: 'campaign Launch (launch) has a budget of 100000.00, at or above the pretest threshold of 100000, and no pretest',
        },
      ],
    },
    {
      name: 'a flow campaign in its own file',
      files: {
        'campaigns/spring.mplan.yaml':
          'downstream:\n  campaigns:\n    - { id: spring, name: S, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-03-01, end: 2027-03-31 }, budget: ⟦80000⟧ }\n',
        'plan.mplan.yaml': PLAN + UP,
      },
      errors: [
        {
          messageId: 'missing',
          data: { campaign: { id: 'spring', name: 'S' }, budget: '80000', threshold: '50000' },
          text: 'campaign S (spring) has a budget of 80000, at or above the pretest threshold of 50000, and no pretest',
          fixes: [
            {
              title: 'Insert a pretest skeleton',
              output: {
                'campaigns/spring.mplan.yaml':
                  'downstream:\n  campaigns:\n    - { id: spring, name: S, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-03-01, end: 2027-03-31 }, budget: 80000, pretest: { method: TODO, on: 2027-01-01 } }\n',
              },
            },
          ],
        },
      ],
    },
    {
      name: 'a placeholder pretest counts as missing: on its TODO, no fix',
      files: PLAN + UP + campaign('50000', '      pretest: { method: ⟦Todo⟧, on: 2027-01-01 }\n'),
      errors: [
        {
          messageId: 'placeholder',
          data: { campaign: { id: 'launch', name: 'Launch' }, key: 'pretest', budget: '50000' },
          text: 'the pretest of campaign Launch (launch) is still a placeholder (TODO in pretest): fill it in once it is done; its budget of 50000 is at or above the pretest threshold',
          fixCount: 0,
        },
      ],
    },
  ],
});
