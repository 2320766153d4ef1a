import { ruleTester } from '../../support/rule-tester';
import { productNotForSegment } from '../../../server/src/engine/rules/alignment/mp105-product-not-for-segment';

const PLAN =
  'version: 1\nplan:\n  id: questforge-2027\n  name: QuestForge 2027\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const upstream = (productSegments: string): string =>
  'upstream:\n  segments:\n    - { id: teen-gamers, name: Teen gamers }\n    - { id: adult-collectors, name: Adult collectors }\n' +
  `  products:\n    - id: questforge\n      name: QuestForge\n      segments: ${productSegments}\n`;
const campaign = (segments: string): string =>
  'downstream:\n  campaigns:\n    - id: spring-launch\n      name: Spring launch ads\n      product: questforge\n' +
  `      segments: ${segments}\n      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-03-31 }\n`;

/** Product and campaign segments as block lists (the lines of each). */
const BLOCK = (productLines: string, campaignLines: string): string =>
  upstream('').replace('segments: \n', `segments:\n${productLines}`) + campaign('').replace('segments: \n', `segments:\n${campaignLines}`);

ruleTester(productNotForSegment, {
  valid: [
    {
      name: 'every targeted segment is one the product is made for',
      files: upstream('[teen-gamers, adult-collectors]') + campaign('[adult-collectors, teen-gamers]'),
    },
    {
      name: 'targeting fewer segments than the product serves',
      files: upstream('[teen-gamers, adult-collectors]') + campaign('[teen-gamers]'),
    },
    { name: "an unknown segment is MP005's", files: upstream('[teen-gamers]') + campaign('[teen-gamers, ghosts]') },
    {
      name: "an unknown product is MP005's",
      files: upstream('[teen-gamers]') + campaign('[adult-collectors]').replace('product: questforge', 'product: questforj'),
    },
  ],
  invalid: [
    {
      name: 'a teen game also pushed to adult collectors, whom it was not made for: remove the segment, or add it to the product',
      files: upstream('[teen-gamers]') + campaign('[teen-gamers, ⟦adult-collectors⟧]'),
      errors: [
        {
          messageId: 'notMadeFor',
          data: {
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            segment: { id: 'adult-collectors', name: 'Adult collectors' },
            product: { id: 'questforge', name: 'QuestForge' },
            madeFor: { list: ['teen-gamers'] },
          },
          text: 'campaign Spring launch ads (spring-launch) targets the segment Adult collectors (adult-collectors), but the product QuestForge (questforge) is made for teen-gamers',
          related: [{ line: 8, message: ['product questforge is made for teen-gamers'] }],
          fixes: [
            {
              title: 'Remove segment adult-collectors from campaign spring-launch',
              safe: false,
              preferred: true,
              output: upstream('[teen-gamers]') + campaign('[teen-gamers]'),
            },
            {
              title: 'Add adult-collectors to the segments of product questforge',
              safe: false,
              preferred: false,
              output: upstream('[teen-gamers, adult-collectors]') + campaign('[teen-gamers, adult-collectors]'),
            },
          ],
        },
      ],
    },
    {
      name: 'across files: the only segment is not removed; it is added to the product in the plan file',
      files: { 'plan.mplan.yaml': PLAN + upstream('[teen-gamers]'), 'campaigns/spring.mplan.yaml': campaign('[⟦adult-collectors⟧]') },
      errors: [
        {
          messageId: 'notMadeFor',
          data: {
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            segment: { id: 'adult-collectors', name: 'Adult collectors' },
            product: { id: 'questforge', name: 'QuestForge' },
            madeFor: { list: ['teen-gamers'] },
          },
          text: 'campaign Spring launch ads (spring-launch) targets the segment Adult collectors (adult-collectors), but the product QuestForge (questforge) is made for teen-gamers',
          related: [{ file: 'plan.mplan.yaml', line: 14 }],
          fixes: [
            {
              title: 'Add adult-collectors to the segments of product questforge',
              preferred: true,
              output: { 'plan.mplan.yaml': PLAN + upstream('[teen-gamers, adult-collectors]') },
            },
          ],
        },
      ],
    },
    {
      name: "block lists: the item's line is removed; the segment appended in block style",
      files: BLOCK('        - teen-gamers # core\n', '        - teen-gamers\n        - ⟦adult-collectors⟧\n'),
      errors: [
        {
          messageId: 'notMadeFor',
          data: {
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
            segment: { id: 'adult-collectors', name: 'Adult collectors' },
            product: { id: 'questforge', name: 'QuestForge' },
            madeFor: { list: ['teen-gamers'] },
          },
          text: 'campaign Spring launch ads (spring-launch) targets the segment Adult collectors (adult-collectors), but the product QuestForge (questforge) is made for teen-gamers',
          fixes: [
            { title: 'Remove segment', output: BLOCK('        - teen-gamers # core\n', '        - teen-gamers\n') },
            {
              title: 'Add adult-collectors',
              output: BLOCK(
                '        - teen-gamers # core\n        - adult-collectors\n',
                '        - teen-gamers\n        - adult-collectors\n',
              ),
            },
          ],
        },
      ],
    },
  ],
});
