import { ruleTester } from '../../support/rule-tester';
import { missingSalesReview } from '../../../server/src/engine/rules/governance/mp401-missing-sales-review';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-04-01, end: 2027-12-31 }\n  currency: EUR\n';
const UP = 'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n';
const block = (id: string, tail: string): string =>
  `downstream:\n  campaigns:\n    - id: ${id}\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-05-01, end: 2027-06-30 }${tail}`;

ruleTester(missingSalesReview, {
  valid: [
    { name: 'a sales review', files: PLAN + UP + block('launch', '\n      salesReview: { by: sales, on: 2027-04-15 }\n') },
    {
      name: 'an incomplete sales review is MP002, not missing',
      files: PLAN + UP + block('launch', '\n      salesReview: { by: sales }\n'),
    },
    { name: 'a sales review key with no value is MP002, not missing', files: PLAN + UP + block('launch', '\n      salesReview:\n') },
    {
      name: 'a reviewer whose name merely starts with TODO is real',
      files: PLAN + UP + block('launch', '\n      salesReview: { by: TODO list team, on: 2027-04-15 }\n'),
    },
  ],
  invalid: [
    {
      name: 'a block campaign gets a nested block skeleton after its last line, comment kept',
      files: PLAN + UP + block('⟦launch⟧', ' # spring\n'),
      errors: [
        {
          messageId: 'missing',
          data: { campaign: { id: 'launch', name: 'Launch' }, key: 'salesReview' },
          text: 'campaign Launch (launch) has no sales review (salesReview)',
          fixes: [
            {
              title: 'Insert a salesReview skeleton',
              safe: false,
              preferred: true,
              output: PLAN + UP + block('launch', ' # spring\n      salesReview:\n        by: TODO\n        on: 2027-04-01\n'),
            },
          ],
        },
      ],
    },
    {
      name: 'a flow campaign gets a flow skeleton',
      files:
        PLAN +
        UP +
        'downstream:\n  campaigns:\n    - { id: ⟦teaser⟧, name: T, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-05-01, end: 2027-05-02 } }\n',
      errors: [
        {
          messageId: 'missing',
          data: { campaign: { id: 'teaser', name: 'T' }, key: 'salesReview' },
          text: 'campaign T (teaser) has no sales review (salesReview)',
          fixes: [
            {
              title: 'Insert a salesReview skeleton',
              output:
                PLAN +
                UP +
                'downstream:\n  campaigns:\n    - { id: teaser, name: T, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-05-01, end: 2027-05-02 }, salesReview: { by: TODO, on: 2027-04-01 } }\n',
            },
          ],
        },
      ],
    },
    {
      name: "a campaign file takes the placeholder date from the plan file's period",
      files: {
        'campaigns/spring.mplan.yaml': block('⟦spring⟧', '\n'),
        'plan.mplan.yaml': PLAN + UP,
      },
      errors: [
        {
          messageId: 'missing',
          data: { campaign: { id: 'spring', name: 'Launch' }, key: 'salesReview' },
          text: 'campaign Launch (spring) has no sales review (salesReview)',
          fixes: [
            {
              title: 'Insert a salesReview skeleton',
              output: {
                'campaigns/spring.mplan.yaml': block('spring', '\n      salesReview:\n        by: TODO\n        on: 2027-04-01\n'),
              },
            },
          ],
        },
      ],
    },
    {
      name: 'the skeleton a fix inserts is still a placeholder: on its TODO, no fix',
      files: PLAN + UP + block('launch', '\n      salesReview:\n        by: ⟦TODO⟧\n        on: 2027-04-01\n'),
      errors: [
        {
          messageId: 'placeholder',
          data: { campaign: { id: 'launch', name: 'Launch' }, key: 'salesReview' },
          text: 'the sales review of campaign Launch (launch) is still a placeholder (TODO in salesReview): fill it in once it is done',
          fixCount: 0,
        },
      ],
    },
    {
      name: 'any case, trimmed, quoted; and a placeholder reached through an alias is placed on the alias',
      files:
        PLAN +
        UP +
        'downstream:\n  campaigns:\n    - { id: a, name: A, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-05-01, end: 2027-05-02 }, salesReview: &todo { by: ⟦" todo "⟧, on: 2027-04-01 } }\n' +
        '    - { id: b, name: B, product: game, segments: [teens], channels: [tiktok], schedule: { start: 2027-05-01, end: 2027-05-02 }, salesReview: ⟦*todo⟧ }\n',
      errors: [
        {
          messageId: 'placeholder',
          data: { campaign: { id: 'a', name: 'A' }, key: 'salesReview' },
          text: 'the sales review of campaign A (a) is still a placeholder (TODO in salesReview): fill it in once it is done',
          fixCount: 0,
        },
        {
          messageId: 'placeholder',
          data: { campaign: { id: 'b', name: 'B' }, key: 'salesReview' },
          text: 'the sales review of campaign B (b) is still a placeholder (TODO in salesReview): fill it in once it is done',
          fixCount: 0,
        },
      ],
    },
  ],
});
