import { ruleTester } from '../../support/rule-tester';
import { campaignWithoutSegment } from '../../../server/src/engine/rules/alignment/mp107-campaign-without-segment';

const UPSTREAM =
  'upstream:\n  segments:\n    - { id: teen-gamers, name: Teen gamers }\n  products:\n    - { id: questforge, name: QuestForge, segments: [teen-gamers] }\n';
const campaign = (segmentsLine: string): string =>
  'downstream:\n  campaigns:\n    - id: spring-launch\n      name: Spring launch ads\n      product: questforge\n' +
  `${segmentsLine}      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-03-31 }\n`;

ruleTester(campaignWithoutSegment, {
  valid: [
    { name: 'one segment', files: UPSTREAM + campaign('      segments: [teen-gamers]\n') },
    { name: "a missing `segments` key is MP002's", files: UPSTREAM + campaign('') },
    { name: "a key with no value is MP002's", files: UPSTREAM + campaign('      segments:\n') },
    { name: "only unknown segments is MP005's, not an empty list", files: UPSTREAM + campaign('      segments: [ghosts]\n') },
  ],
  invalid: [
    {
      name: 'an empty list, on the `segments` key',
      files: UPSTREAM + campaign('      ⟦segments⟧: [] # TBD\n'),
      errors: [
        {
          messageId: 'noSegment',
          data: { campaign: { id: 'spring-launch', name: 'Spring launch ads' } },
          text: 'campaign Spring launch ads (spring-launch) targets no segment: its segments list is empty',
          related: [],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'a flow campaign',
      files:
        UPSTREAM +
        'downstream:\n  campaigns:\n    - { id: teaser, name: Teaser, product: questforge, ⟦segments⟧: [ ], channels: [web], schedule: { start: 2027-03-01, end: 2027-03-31 } }\n',
      errors: [
        {
          messageId: 'noSegment',
          data: { campaign: { id: 'teaser', name: 'Teaser' } },
          text: 'campaign Teaser (teaser) targets no segment: its segments list is empty',
        },
      ],
    },
    {
      name: 'in a file of its own, with no plan',
      files: { 'a/plan.mplan.yaml': UPSTREAM, 'b/campaigns.mplan.yaml': campaign('      ⟦segments⟧: []\n') },
      errors: [
        {
          file: 'b/campaigns.mplan.yaml',
          messageId: 'noSegment',
          data: { campaign: { id: 'spring-launch', name: 'Spring launch ads' } },
          text: 'campaign Spring launch ads (spring-launch) targets no segment: its segments list is empty',
        },
      ],
    },
  ],
});
