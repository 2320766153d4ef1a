import { ruleTester } from '../../support/rule-tester';
import { retiredSegmentTargeted } from '../../../server/src/engine/rules/alignment/mp106-retired-segment-targeted';

const PLAN =
  'version: 1\nplan:\n  id: questforge-2027\n  name: QuestForge 2027\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const upstream = (kidsStatus: string): string =>
  'upstream:\n  segments:\n    - { id: teen-gamers, name: Teen gamers }\n' +
  `    - id: kids\n      name: Kids\n${kidsStatus}` +
  '  products:\n    - { id: questforge, name: QuestForge, segments: [teen-gamers, kids] }\n';
const campaign = (segments: string): string =>
  'downstream:\n  campaigns:\n    - id: spring-launch\n      name: Spring launch ads\n      product: questforge\n' +
  `      segments: ${segments}\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-03-31 }\n`;
/** The campaign with its segments as a block list (its item lines). */
const blockCampaign = (lines: string): string => campaign('').replace('segments: \n', `segments:\n${lines}`);
const RETIRED = '      status: retired # 2026 review\n';

ruleTester(retiredSegmentTargeted, {
  valid: [
    { name: 'an emerging segment may be targeted', files: upstream('      status: emerging\n') + campaign('[teen-gamers, kids]') },
    { name: 'no status means active', files: upstream('') + campaign('[kids]') },
    { name: 'a retired segment nobody targets', files: upstream(RETIRED) + campaign('[teen-gamers]') },
    { name: "an invalid status is MP002's (the segment counts as active)", files: upstream('      status: gone\n') + campaign('[kids]') },
  ],
  invalid: [
    {
      name: 'a retired segment next to an active one: remove it',
      files: upstream(RETIRED) + campaign('[teen-gamers, ⟦kids⟧]'),
      errors: [
        {
          messageId: 'retired',
          data: { campaign: { id: 'spring-launch', name: 'Spring launch ads' }, segment: { id: 'kids', name: 'Kids' } },
          text: 'campaign Spring launch ads (spring-launch) targets the segment Kids (kids), which upstream has retired',
          related: [{ line: 6, message: ['segment kids is retired'] }],
          fixes: [
            {
              title: 'Remove segment kids from campaign spring-launch',
              safe: false,
              preferred: true,
              output: upstream(RETIRED) + campaign('[teen-gamers]'),
            },
          ],
        },
      ],
    },
    {
      name: 'across files: the only segment is retired; no fix would leave the list empty',
      files: { 'plan.mplan.yaml': PLAN + upstream(RETIRED), 'campaigns/spring.mplan.yaml': campaign('[⟦kids⟧]') },
      errors: [
        {
          messageId: 'retired',
          data: { campaign: { id: 'spring-launch', name: 'Spring launch ads' }, segment: { id: 'kids', name: 'Kids' } },
          text: 'campaign Spring launch ads (spring-launch) targets the segment Kids (kids), which upstream has retired',
          related: [{ file: 'plan.mplan.yaml', line: 12 }],
          fixCount: 0,
        },
      ],
    },
    {
      name: "a block list: the item's whole line goes",
      files: upstream(RETIRED) + blockCampaign('        - ⟦kids⟧ # old habit\n        - teen-gamers\n'),
      errors: [
        {
          messageId: 'retired',
          data: { campaign: { id: 'spring-launch', name: 'Spring launch ads' }, segment: { id: 'kids', name: 'Kids' } },
          text: 'campaign Spring launch ads (spring-launch) targets the segment Kids (kids), which upstream has retired',
          fixes: [{ title: 'Remove segment kids', output: upstream(RETIRED) + blockCampaign('        - teen-gamers\n') }],
        },
      ],
    },
  ],
});
