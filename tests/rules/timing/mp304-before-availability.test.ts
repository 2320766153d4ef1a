import { ruleTester } from '../../support/rule-tester';
import { beforeAvailability } from '../../../server/src/engine/rules/timing/mp304-before-availability';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const upstream = (available: string): string =>
  `upstream:\n  segments: [{ id: teens, name: Teens }]\n  products:\n    - id: game\n      name: Game\n      segments: [teens]\n${available}`;
const campaign = (start: string, product = 'game'): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: ${product}\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: ${start}, end: 2027-06-30 }\n`;

ruleTester(beforeAvailability, {
  valid: [
    { name: 'starts on the availability day', files: PLAN + upstream('      available: 2027-03-01\n') + campaign('2027-03-01') },
    { name: 'starts the day after', files: PLAN + upstream('      available: 2027-02-28\n') + campaign('2027-03-01') },
    { name: 'a product with no availability date', files: PLAN + upstream('') + campaign('2027-01-01') },
    {
      name: 'an unknown product is MP005, not early',
      files: PLAN + upstream('      available: 2027-03-01\n') + campaign('2027-01-01', 'gaem'),
    },
  ],
  invalid: [
    {
      name: 'starts the day before availability',
      files: PLAN + upstream('      available: 2027-03-01\n') + campaign('⟦2027-02-28⟧'),
      errors: [
        {
          messageId: 'beforeAvailable',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            start: '2027-02-28',
            product: { id: 'game', name: 'Game' },
            available: '2027-03-01',
          },
          text: 'campaign Launch (launch) starts on 2027-02-28, before the product Game (game) is available on 2027-03-01',
          related: [{ line: 13, message: ['available from 2027-03-01'] }],
          fixes: [
            {
              title: 'Move the start to 2027-03-01',
              safe: false,
              preferred: true,
              output: PLAN + upstream('      available: 2027-03-01\n') + campaign('2027-03-01'),
            },
          ],
        },
      ],
    },
    {
      name: 'a quoted start keeps its quotes',
      files: PLAN + upstream("      available: '2027-09-01'\n") + campaign("⟦'2027-03-01'⟧"),
      errors: [
        {
          messageId: 'beforeAvailable',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            start: '2027-03-01',
            product: { id: 'game', name: 'Game' },
            available: '2027-09-01',
          },
          text: 'campaign Launch (launch) starts on 2027-03-01, before the product Game (game) is available on 2027-09-01',
          related: [{ line: 13 }],
          fixes: [{ title: 'Move the start', output: PLAN + upstream("      available: '2027-09-01'\n") + campaign("'2027-09-01'") }],
        },
      ],
    },
    {
      name: 'product in the plan file, campaign in its own file',
      files: {
        'campaigns/spring.mplan.yaml': campaign('⟦2027-01-15⟧'),
        'plan.mplan.yaml': PLAN + upstream('      available: 2027-02-01 # after the beta\n'),
      },
      errors: [
        {
          messageId: 'beforeAvailable',
          data: {
            campaign: { id: 'launch', name: 'Launch' },
            start: '2027-01-15',
            product: { id: 'game', name: 'Game' },
            available: '2027-02-01',
          },
          text: 'campaign Launch (launch) starts on 2027-01-15, before the product Game (game) is available on 2027-02-01',
          related: [{ file: 'plan.mplan.yaml', line: 13 }],
          fixes: [{ title: 'Move the start to 2027-02-01', output: { 'campaigns/spring.mplan.yaml': campaign('2027-02-01') } }],
        },
      ],
    },
  ],
});
