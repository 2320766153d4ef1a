import { ruleTester } from '../../support/rule-tester';
import { overBudget } from '../../../server/src/engine/rules/governance/mp404-over-budget';

const plan = (budget: string): string =>
  `version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n  budget: ${budget}\n` +
  'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n';
const item = (id: string, budget: string | undefined): string =>
  `    - { id: ${id}, name: C, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-03-01, end: 2027-03-31 }${budget === undefined ? '' : `, budget: ${budget}`} }\n`;
const campaigns = (...items: string[]): string => `downstream:\n  campaigns:\n${items.join('')}`;

ruleTester(overBudget, {
  valid: [
    { name: 'budgets sum to exactly the plan budget', files: plan('100000') + campaigns(item('a', '60000'), item('b', '40000')) },
    { name: 'to the cent', files: plan('100000') + campaigns(item('a', '99999.99'), item('b', '0.01')) },
    { name: 'a plan without budget', files: plan('100000').replace('  budget: 100000\n', '') + campaigns(item('a', '500000')) },
    { name: 'a campaign without budget counts nothing', files: plan('1000') + campaigns(item('a', '1000'), item('b', undefined)) },
  ],
  invalid: [
    {
      name: 'a cent over, with both sums in the message and each campaign budget related',
      files: plan('⟦100000⟧') + campaigns(item('a', '60000'), item('b', '40000.01'), item('c', undefined)),
      errors: [
        {
          messageId: 'overBudget',
          data: { sum: '100000.01', budget: '100000', count: 2 },
          text: 'campaign budgets sum to 100000.01, above the plan budget of 100000 (2 campaigns)',
          related: [
            { line: 13, message: ['campaign a budgets 60000'] },
            { line: 14, message: ['campaign b budgets 40000.01'] },
          ],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'one finding per plan, however many campaigns',
      files: plan('⟦1000⟧ # Q1 only') + campaigns(item('a', '600'), item('b', '600'), item('c', '600')),
      errors: [
        {
          messageId: 'overBudget',
          data: { sum: '1800', budget: '1000', count: 3 },
          text: 'campaign budgets sum to 1800, above the plan budget of 1000 (3 campaigns)',
          related: [{ line: 13 }, { line: 14 }, { line: 15 }],
        },
      ],
    },
    {
      name: 'campaigns in two files',
      files: {
        'campaigns/autumn.mplan.yaml': campaigns(item('autumn', '90000')),
        'campaigns/spring.mplan.yaml': campaigns(item('spring', '80000')),
        'plan.mplan.yaml': plan('⟦150000⟧'),
      },
      errors: [
        {
          messageId: 'overBudget',
          data: { sum: '170000', budget: '150000', count: 2 },
          text: 'campaign budgets sum to 170000, above the plan budget of 150000 (2 campaigns)',
          related: [
            { file: 'campaigns/autumn.mplan.yaml', line: 3, message: ['autumn budgets 90000'] },
            { file: 'campaigns/spring.mplan.yaml', line: 3, message: ['spring budgets 80000'] },
          ],
        },
      ],
    },
  ],
});
