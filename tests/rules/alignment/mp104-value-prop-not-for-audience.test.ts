import { ruleTester } from '../../support/rule-tester';
import { valuePropNotForAudience } from '../../../server/src/engine/rules/alignment/mp104-value-prop-not-for-audience';

const PLAN =
  'version: 1\nplan:\n  id: questforge-2027\n  name: QuestForge 2027\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const UPSTREAM =
  'upstream:\n  segments:\n    - { id: teen-gamers, name: Teen gamers, age: 14-18 }\n    - { id: adult-collectors, name: Adult collectors, age: 25-45 }\n' +
  '  products:\n    - id: questforge\n      name: QuestForge\n      segments: [teen-gamers, adult-collectors]\n      valueProps:\n' +
  '        - { id: be-the-heroine, claim: Choose your hero - heroine or hero., segments: [teen-gamers] }\n' +
  '        - { id: epic-quests, claim: Epic quests for every player. }\n' +
  '        - { id: collectors-box, claim: A numbered box with the art book., segments: [adult-collectors] }\n' +
  '        - { id: play-together, claim: Play with friends of any age., segments: [teen-gamers, adult-collectors] }\n';
/** A short upstream for the docs examples: one segment, one claim for it. */
const SHORT =
  'upstream:\n  segments:\n    - { id: teen-gamers, name: Teen gamers, age: 14-18 }\n  products:\n    - id: questforge\n      name: QuestForge\n' +
  '      segments: [teen-gamers]\n      valueProps:\n        - { id: be-the-heroine, claim: Choose your hero - heroine or hero., segments: [teen-gamers] }\n';
const MERCH =
  '    - id: questforge-merch\n      name: QuestForge merch\n      segments: [teen-gamers]\n      valueProps:\n        - id: poster\n          claim: A poster of the heroes.\n';
const campaign = (valueProps: string, audience = '', segments = '[teen-gamers]', product = 'questforge'): string =>
  `downstream:\n  campaigns:\n    - id: spring-launch\n      name: Spring launch ads\n      product: ${product}\n` +
  `      segments: ${segments}\n${audience}      channels: [tiktok]\n      message: { valueProps: ${valueProps} }\n      schedule: { start: 2027-03-01, end: 2027-04-15 }\n`;
const BOYS = '      audience: { genders: [male] }\n';
const BOTH = '[teen-gamers, adult-collectors]';

ruleTester(valuePropNotForAudience, {
  valid: [
    {
      name: 'a claim about heroines in ads bought for every teen gamer',
      files: SHORT + campaign('[be-the-heroine]', '      audience: { genders: any, age: 14-18 }\n'),
    },
    {
      name: 'a claim for two segments, one of which the audience still reaches in full',
      files: UPSTREAM + campaign('[play-together]', '      audience: { age: 14-18 }\n', BOTH),
    },
    {
      name: "a claim without segments is for the product's segments: the audience covers the targeted one",
      files: UPSTREAM + campaign('[epic-quests]', '      audience: { age: 14-18 }\n'),
    },
    { name: "an unknown value proposition is MP005's", files: UPSTREAM + campaign('[be-the-heroine-2]', BOYS) },
    {
      name: "a claim without segments, for a product not made for the targeted segment: that is MP105's",
      files:
        UPSTREAM.replace('segments: [teen-gamers, adult-collectors]\n      valueProps', 'segments: [adult-collectors]\n      valueProps') +
        campaign('[epic-quests]'),
    },
    {
      name: 'an unknown product (MP005): the claim is not compared with it',
      files: PLAN + UPSTREAM + MERCH + campaign('[poster]', '', '[teen-gamers]', 'questforj'),
    },
  ],
  invalid: [
    {
      name: 'a claim about heroines in ads bought for boys only',
      files: SHORT + campaign('[⟦be-the-heroine⟧]', BOYS),
      errors: [
        {
          messageId: 'leftOut',
          data: {
            valueProp: 'be-the-heroine',
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: {
                      list: [
                        {
                          list: [
                            { phrase: 'gender.female', data: {} },
                            { phrase: 'gender.nonbinary', data: {} },
                          ],
                        },
                      ],
                    },
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
          },
          text: 'the value proposition be-the-heroine speaks to women and non-binary people of the segment Teen gamers (teen-gamers), whom the audience of campaign Spring launch ads (spring-launch) leaves out',
          related: [
            { line: 9, message: ['be-the-heroine is declared for segment teen-gamers'] },
            { line: 3, message: ['segment teen-gamers includes women and non-binary people'] },
          ],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'across files: a claim of another product; replace it with a claim of the promoted product for these segments',
      files: {
        'plan.mplan.yaml': PLAN + UPSTREAM + MERCH,
        'campaigns/spring.mplan.yaml': campaign('[epic-quests, ⟦poster⟧]'),
      },
      errors: [
        {
          messageId: 'otherProduct',
          data: {
            valueProp: 'poster',
            owner: { id: 'questforge-merch', name: 'QuestForge merch' },
            product: { id: 'questforge', name: 'QuestForge' },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
          },
          text: 'the value proposition poster belongs to the product QuestForge merch (questforge-merch), not to QuestForge (questforge), which campaign Spring launch ads (spring-launch) promotes',
          related: [{ file: 'plan.mplan.yaml', line: 24, message: ['poster is a value proposition of product questforge-merch'] }],
          fixes: [
            {
              title: 'Remove poster from the message',
              safe: false,
              preferred: false,
              output: { 'campaigns/spring.mplan.yaml': campaign('[epic-quests]') },
            },
            {
              title: 'Replace poster with be-the-heroine',
              safe: false,
              preferred: true,
              output: { 'campaigns/spring.mplan.yaml': campaign('[epic-quests, be-the-heroine]') },
            },
            {
              title: 'Replace poster with play-together',
              preferred: false,
              output: { 'campaigns/spring.mplan.yaml': campaign('[epic-quests, play-together]') },
            },
          ],
        },
      ],
    },
    {
      name: 'a claim declared only for a segment the campaign does not target',
      files: UPSTREAM + campaign('[⟦collectors-box⟧, epic-quests]'),
      errors: [
        {
          messageId: 'untargetedSegment',
          data: {
            valueProp: 'collectors-box',
            segments: { list: [{ id: 'adult-collectors', name: 'Adult collectors' }] },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
          },
          text: 'the value proposition collectors-box is meant only for the segment Adult collectors (adult-collectors), which campaign Spring launch ads (spring-launch) does not target',
          related: [{ line: 12, message: ['declared for segment adult-collectors'] }],
          fixes: [
            { title: 'Remove collectors-box', preferred: false, output: UPSTREAM + campaign('[epic-quests]') },
            {
              title: 'Replace collectors-box with be-the-heroine',
              preferred: true,
              output: UPSTREAM + campaign('[be-the-heroine, epic-quests]'),
            },
            {
              title: 'Replace collectors-box with play-together',
              preferred: false,
              output: UPSTREAM + campaign('[play-together, epic-quests]'),
            },
          ],
        },
      ],
    },
    {
      name: 'a claim for two segments, both partly left out: nothing fits to replace it',
      files: UPSTREAM + campaign('[⟦play-together⟧]', '      audience: { age: 16-30 }\n', BOTH),
      errors: [
        {
          messageId: 'leftOut',
          data: {
            valueProp: 'play-together',
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: { list: [{ phrase: 'ages.some', data: { ages: '14-15' } }] },
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                  },
                },
                {
                  phrase: 'part',
                  data: {
                    left: { list: [{ phrase: 'ages.some', data: { ages: '31-45' } }] },
                    segment: { id: 'adult-collectors', name: 'Adult collectors' },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
          },
          text: 'the value proposition play-together speaks to ages 14-15 of the segment Teen gamers (teen-gamers) and ages 31-45 of the segment Adult collectors (adult-collectors), whom the audience of campaign Spring launch ads (spring-launch) leaves out',
          related: [{ line: 13 }, { line: 3 }, { line: 4 }],
          fixCount: 0,
        },
      ],
    },
    {
      name: "a claim without segments is for all of the product's segments, and the audience leaves out part of the targeted one",
      files: UPSTREAM + campaign('[⟦be-the-heroine⟧, ⟦epic-quests⟧]', '      audience: { age: 16-18 }\n'),
      errors: [
        {
          messageId: 'leftOut',
          data: {
            valueProp: 'be-the-heroine',
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: { list: [{ phrase: 'ages.some', data: { ages: '14-15' } }] },
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
          },
          text: 'the value proposition be-the-heroine speaks to ages 14-15 of the segment Teen gamers (teen-gamers), whom the audience of campaign Spring launch ads (spring-launch) leaves out',
          fixes: [
            {
              title: 'Remove be-the-heroine',
              preferred: true,
              output: UPSTREAM + campaign('[epic-quests]', '      audience: { age: 16-18 }\n'),
            },
          ],
        },
        {
          messageId: 'leftOut',
          data: {
            valueProp: 'epic-quests',
            parts: {
              list: [
                {
                  phrase: 'part',
                  data: {
                    left: { list: [{ phrase: 'ages.some', data: { ages: '14-15' } }] },
                    segment: { id: 'teen-gamers', name: 'Teen gamers' },
                  },
                },
              ],
            },
            campaign: { id: 'spring-launch', name: 'Spring launch ads' },
          },
          text: 'the value proposition epic-quests speaks to ages 14-15 of the segment Teen gamers (teen-gamers), whom the audience of campaign Spring launch ads (spring-launch) leaves out',
          related: [
            { line: 11, message: ['declares no segments: it is for those of product questforge'] },
            { line: 3, message: ['includes ages 14-15'] },
          ],
          fixes: [
            {
              title: 'Remove epic-quests',
              preferred: true,
              output: UPSTREAM + campaign('[be-the-heroine]', '      audience: { age: 16-18 }\n'),
            },
          ],
        },
      ],
    },
  ],
});
