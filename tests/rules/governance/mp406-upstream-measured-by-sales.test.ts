import { ruleTester } from '../../support/rule-tester';
import { upstreamMeasuredBySales } from '../../../server/src/engine/rules/governance/mp406-upstream-measured-by-sales';

const upstream = (kpis: string): string =>
  `upstream:\n  segments: [{ id: teens, name: Teens }]\n  initiatives:\n    - id: heroines\n      name: Add heroines\n      kind: product-change\n      segments: [teens]\n${kpis}`;

ruleTester(upstreamMeasuredBySales, {
  valid: [
    { name: 'one upstream metric among downstream ones', files: upstream('      kpis: [sales, segment-share]\n') },
    { name: 'no kpis', files: upstream('') },
    { name: 'an empty kpis list', files: upstream('      kpis: []\n') },
    { name: 'an unknown metric (MP005) might be a mistyped upstream one', files: upstream('      kpis: [sales, segment-shar]\n') },
  ],
  invalid: [
    {
      name: 'a flow list of downstream metrics',
      files: upstream('      ⟦kpis⟧: [sales, { metric: clicks, target: 1000 }] # q3\n'),
      errors: [
        {
          messageId: 'downstreamOnly',
          data: { initiative: { id: 'heroines', name: 'Add heroines' }, kpis: { list: ['sales', 'clicks'] } },
          text: 'the initiative Add heroines (heroines) is measured only by downstream metrics (sales and clicks): upstream success is not counted in sales or clicks',
          fixes: [
            {
              title: 'Replace the kpis with [segment-share]',
              safe: false,
              preferred: true,
              output: upstream('      kpis: [segment-share] # q3\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'a block list stays a block list, the comment after it kept',
      files: upstream('      ⟦kpis⟧:\n        - revenue\n        - roas # by quarter\n      due: 2027-06-30\n'),
      errors: [
        {
          messageId: 'downstreamOnly',
          data: { initiative: { id: 'heroines', name: 'Add heroines' }, kpis: { list: ['revenue', 'roas'] } },
          text: 'the initiative Add heroines (heroines) is measured only by downstream metrics (revenue and roas): upstream success is not counted in sales or clicks',
          fixes: [
            { title: 'Replace the kpis', output: upstream('      kpis:\n        - segment-share # by quarter\n      due: 2027-06-30\n') },
          ],
        },
      ],
    },
    {
      name: 'initiatives in their own file',
      files: {
        'plan.mplan.yaml': 'version: 1\nplan: { id: p, name: P, period: { start: 2027-01-01, end: 2027-12-31 }, currency: EUR }\n',
        'upstream/initiatives.mplan.yaml': upstream('      ⟦kpis⟧: [conversions]\n'),
      },
      errors: [
        {
          messageId: 'downstreamOnly',
          data: { initiative: { id: 'heroines', name: 'Add heroines' }, kpis: { list: ['conversions'] } },
          text: 'the initiative Add heroines (heroines) is measured only by downstream metrics (conversions): upstream success is not counted in sales or clicks',
          fixes: [{ title: 'Replace the kpis', output: { 'upstream/initiatives.mplan.yaml': upstream('      kpis: [segment-share]\n') } }],
        },
      ],
    },
  ],
});
