import { ruleTester } from '../../support/rule-tester';
import { valuePropNotForAudience } from '../../../server/src/engine/rules/alignment/mp104-value-prop-not-for-audience';

const PLAN = 'version: 1\nplan:\n  id: questforge-2027\n  name: QuestForge 2027\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
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
const MERCH = '    - id: questforge-merch\n      name: QuestForge merch\n      segments: [teen-gamers]\n      valueProps:\n        - id: poster\n          claim: A poster of the heroes.\n';
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
    { name: 'a claim for two segments, one of which the audience still reaches in full', files: UPSTREAM + campaign('[play-together]', '      audience: { age: 14-18 }\n', BOTH) },
    { name: "a claim without segments is for the product's segments: the audience covers the targeted one", files: UPSTREAM + campaign('[epic-quests]', '      audience: { age: 14-18 }\n') },
    { name: "an unknown value proposition is MP005's", files: UPSTREAM + campaign('[be-the-heroine-2]', BOYS) },
    {
      name: "a claim without segments, for a product not made for the targeted segment: that is MP105's",
      files: UPSTREAM.replace('segments: [teen-gamers, adult-collectors]\n      valueProps', 'segments: [adult-collectors]\n      valueProps') + campaign('[epic-quests]'),
    },
    { name: 'an unknown product (MP005): the claim is not compared with it', files: PLAN + UPSTREAM + MERCH + campaign('[poster]', '', '[teen-gamers]', 'questforj') },
  ],
  invalid: [
    {
      name: 'a claim about heroines in ads bought for boys only',
      files: SHORT + campaign('[⟦be-the-heroine⟧]', BOYS),
      errors: [
        {
          message: ['value proposition `be-the-heroine` is for segment `teen-gamers`, whose female, nonbinary the audience of campaign `spring-launch` leaves out'],
          related: [
            { line: 9, message: ['`be-the-heroine` is declared for segment `teen-gamers`'] },
            { line: 3, message: ['segment `teen-gamers` includes female, nonbinary'] },
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
          message: ['value proposition `poster` belongs to product `questforge-merch`, not to `questforge` that campaign `spring-launch` promotes'],
          related: [{ file: 'plan.mplan.yaml', line: 24, message: ['`poster` is a value proposition of product `questforge-merch`'] }],
          fixes: [
            { title: 'Remove `poster` from the message', safe: false, preferred: false, output: { 'campaigns/spring.mplan.yaml': campaign('[epic-quests]') } },
            { title: 'Replace `poster` with `be-the-heroine`', safe: false, preferred: true, output: { 'campaigns/spring.mplan.yaml': campaign('[epic-quests, be-the-heroine]') } },
            { title: 'Replace `poster` with `play-together`', preferred: false, output: { 'campaigns/spring.mplan.yaml': campaign('[epic-quests, play-together]') } },
          ],
        },
      ],
    },
    {
      name: 'a claim declared only for a segment the campaign does not target',
      files: UPSTREAM + campaign('[⟦collectors-box⟧, epic-quests]'),
      errors: [
        {
          message: ['value proposition `collectors-box` is declared only for segment `adult-collectors`, which campaign `spring-launch` does not target'],
          related: [{ line: 12, message: ['declared for segment `adult-collectors`'] }],
          fixes: [
            { title: 'Remove `collectors-box`', preferred: false, output: UPSTREAM + campaign('[epic-quests]') },
            { title: 'Replace `collectors-box` with `be-the-heroine`', preferred: true, output: UPSTREAM + campaign('[be-the-heroine, epic-quests]') },
            { title: 'Replace `collectors-box` with `play-together`', preferred: false, output: UPSTREAM + campaign('[play-together, epic-quests]') },
          ],
        },
      ],
    },
    {
      name: 'a claim for two segments, both partly left out: nothing fits to replace it',
      files: UPSTREAM + campaign('[⟦play-together⟧]', '      audience: { age: 16-30 }\n', BOTH),
      errors: [
        {
          message: ['segment `teen-gamers`, whose ages 14-15 the audience', 'segment `adult-collectors`, whose ages 31-45 the audience'],
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
          message: ['value proposition `be-the-heroine` is for segment `teen-gamers`, whose ages 14-15 the audience'],
          fixes: [{ title: 'Remove `be-the-heroine`', preferred: true, output: UPSTREAM + campaign('[epic-quests]', '      audience: { age: 16-18 }\n') }],
        },
        {
          message: ['value proposition `epic-quests` is for segment `teen-gamers`, whose ages 14-15 the audience of campaign `spring-launch` leaves out'],
          related: [{ line: 11, message: ['declares no segments: it is for those of product `questforge`'] }, { line: 3, message: ['includes ages 14-15'] }],
          fixes: [{ title: 'Remove `epic-quests`', preferred: true, output: UPSTREAM + campaign('[be-the-heroine]', '      audience: { age: 16-18 }\n') }],
        },
      ],
    },
  ],
});
