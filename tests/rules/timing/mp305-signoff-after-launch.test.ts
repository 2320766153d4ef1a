import { ruleTester } from '../../support/rule-tester';
import { signoffAfterLaunch } from '../../../server/src/engine/rules/timing/mp305-signoff-after-launch';

const PLAN = 'version: 1\nplan:\n  id: p\n  name: P\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const UP = 'upstream:\n  segments: [{ id: teens, name: Teens }]\n  products: [{ id: game, name: Game, segments: [teens] }]\n';
const campaign = (signOffs: string): string =>
  `downstream:\n  campaigns:\n    - id: launch\n      name: Launch\n      product: game\n      segments: [teens]\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-06-30 }\n${signOffs}`;

ruleTester(signoffAfterLaunch, {
  valid: [
    {
      name: 'every sign-off on the launch day',
      files:
        PLAN +
        UP +
        campaign(
          '      salesReview: { by: sales, on: 2027-03-01 }\n      pretest: { method: panel, on: 2027-03-01 }\n      compliance: { approvedBy: legal, on: 2027-03-01 }\n',
        ),
    },
    { name: 'a sign-off the day before', files: PLAN + UP + campaign('      salesReview: { by: sales, on: 2027-02-28 }\n') },
    { name: 'an invalid sign-off date is MP002', files: PLAN + UP + campaign('      pretest: { method: panel, on: 2027-02-30 }\n') },
    {
      name: 'a placeholder sign-off counts as missing: its date is not checked',
      files: PLAN + UP + campaign('      salesReview: { by: TODO, on: 2027-05-01 }\n'),
    },
  ],
  invalid: [
    {
      name: 'a sales review the day after launch',
      files: PLAN + UP + campaign('      salesReview: { by: sales, on: ⟦2027-03-02⟧ }\n'),
      errors: [
        {
          messageId: 'afterStart',
          data: {
            signOff: { phrase: 'salesReview', data: {} },
            campaign: { id: 'launch', name: 'Launch' },
            on: '2027-03-02',
            start: '2027-03-01',
          },
          text: 'the sales review of campaign Launch (launch) is dated 2027-03-02, after the campaign starts on 2027-03-01',
          related: [{ line: 17, message: ['starts on 2027-03-01'] }],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'one finding per late date',
      files:
        PLAN +
        UP +
        campaign(
          '      salesReview: { by: sales, on: 2027-02-01 }\n      pretest:\n        method: panel\n        on: ⟦2027-04-01⟧\n      compliance: { approvedBy: legal, on: ⟦2027-03-15⟧ }\n',
        ),
      errors: [
        {
          messageId: 'afterStart',
          data: {
            signOff: { phrase: 'pretest', data: {} },
            campaign: { id: 'launch', name: 'Launch' },
            on: '2027-04-01',
            start: '2027-03-01',
          },
          text: 'the pretest of campaign Launch (launch) is dated 2027-04-01, after the campaign starts on 2027-03-01',
          related: [{ line: 17 }],
        },
        {
          messageId: 'afterStart',
          data: {
            signOff: { phrase: 'compliance', data: {} },
            campaign: { id: 'launch', name: 'Launch' },
            on: '2027-03-15',
            start: '2027-03-01',
          },
          text: 'the compliance sign-off of campaign Launch (launch) is dated 2027-03-15, after the campaign starts on 2027-03-01',
          related: [{ line: 17 }],
        },
      ],
    },
    {
      name: 'a campaign in its own file',
      files: {
        'campaigns/spring.mplan.yaml': campaign('      compliance: { approvedBy: legal, on: ⟦2027-12-01⟧ }\n'),
        'plan.mplan.yaml': PLAN + UP,
      },
      errors: [
        {
          messageId: 'afterStart',
          data: {
            signOff: { phrase: 'compliance', data: {} },
            campaign: { id: 'launch', name: 'Launch' },
            on: '2027-12-01',
            start: '2027-03-01',
          },
          text: 'the compliance sign-off of campaign Launch (launch) is dated 2027-12-01, after the campaign starts on 2027-03-01',
          related: [{ file: 'campaigns/spring.mplan.yaml', line: 8 }],
        },
      ],
    },
  ],
});
