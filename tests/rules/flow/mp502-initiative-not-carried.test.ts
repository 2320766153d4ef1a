import { ruleTester } from '../../support/rule-tester';
import { initiativeNotCarried } from '../../../server/src/engine/rules/flow/mp502-initiative-not-carried';

const PLAN =
  'version: 1\nplan:\n  id: questforge-2027\n  name: QuestForge 2027\n  period: { start: 2027-01-01, end: 2027-12-31 }\n  currency: EUR\n';
const UPSTREAM =
  'upstream:\n  segments:\n    - { id: teen-gamers, name: Teen gamers, age: 14-18, regions: [FR, IT] }\n    - { id: adult-collectors, name: Adult collectors }\n' +
  '  products:\n    - { id: questforge, name: QuestForge, segments: [teen-gamers, adult-collectors] }\n' +
  '  initiatives:\n    - id: heroines\n      name: Add heroines\n      kind: product-change\n      segments: [adult-collectors, teen-gamers]\n';
const campaign = (id: string, segments: string, audience = ''): string =>
  `    - id: ${id}\n      name: ${id}\n      product: questforge\n      segments: ${segments}\n${audience}      channels: [tiktok]\n      schedule: { start: 2027-03-01, end: 2027-03-31 }\n`;
const down = (...campaigns: string[]): string => `downstream:\n  campaigns:\n${campaigns.join('')}`;
const ADULTS = campaign('grown-ups', '[adult-collectors]');

ruleTester(initiativeNotCarried, {
  valid: [
    {
      name: 'a campaign with no audience reaches its segments exactly',
      files: UPSTREAM + down(ADULTS, campaign('spring-launch', '[teen-gamers]')),
    },
    {
      name: 'one campaign leaves part out, another reaches all of the segment',
      files:
        UPSTREAM +
        down(
          ADULTS,
          campaign('boys', '[teen-gamers]', '      audience: { genders: [male] }\n'),
          campaign('all', '[teen-gamers, adult-collectors]', '      audience: { age: 14-18, regions: [IT, FR] }\n'),
        ),
    },
    {
      name: 'an audience at the boundary: exactly the segment, spelled out',
      files:
        UPSTREAM +
        down(
          ADULTS,
          campaign(
            'spring-launch',
            '[teen-gamers]',
            '      audience: { age: { min: 14, max: 18 }, genders: [female, male, nonbinary], regions: [FR, IT] }\n',
          ),
        ),
    },
    { name: "an initiative naming an unknown segment is MP005's", files: UPSTREAM.replace('[adult-collectors, teen-gamers]', '[ghosts]') },
  ],
  invalid: [
    {
      name: 'the heroines initiative is for teen gamers, but the only campaign for them buys boys only',
      files:
        UPSTREAM.replace('[adult-collectors, teen-gamers]', '[adult-collectors, ⟦teen-gamers⟧]') +
        down(ADULTS, campaign('spring-launch', '[teen-gamers]', '      audience: { genders: [male] }\n')),
      errors: [
        {
          messageId: 'leftOut',
          data: {
            initiative: { id: 'heroines', name: 'Add heroines' },
            segment: { id: 'teen-gamers', name: 'Teen gamers' },
            exclusions: {
              list: [
                {
                  phrase: 'exclusion',
                  data: {
                    campaign: { id: 'spring-launch' },
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
                  },
                },
              ],
            },
          },
          text: 'the initiative Add heroines (heroines) aims at the segment Teen gamers (teen-gamers), but every campaign that targets it leaves part of it out: spring-launch leaves out women and non-binary people',
          related: [{ line: 24, message: ['campaign spring-launch leaves out women and non-binary people of teen-gamers'] }],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'also when MP101 is suppressed on the audience',
      files:
        UPSTREAM.replace('[adult-collectors, teen-gamers]', '[adult-collectors, ⟦teen-gamers⟧]') +
        down(ADULTS, campaign('spring-launch', '[teen-gamers]', '      audience:\n        age: 16-18 # mplan-disable-line MP101\n')),
      errors: [
        {
          messageId: 'leftOut',
          data: {
            initiative: { id: 'heroines', name: 'Add heroines' },
            segment: { id: 'teen-gamers', name: 'Teen gamers' },
            exclusions: {
              list: [
                {
                  phrase: 'exclusion',
                  data: { campaign: { id: 'spring-launch' }, left: { list: [{ phrase: 'ages.some', data: { ages: '14-15' } }] } },
                },
              ],
            },
          },
          text: 'the initiative Add heroines (heroines) aims at the segment Teen gamers (teen-gamers), but every campaign that targets it leaves part of it out: spring-launch leaves out ages 14-15',
          related: [{ line: 25, message: ['leaves out ages 14-15 of teen-gamers'] }],
        },
      ],
    },
    {
      name: 'no campaign targets the segment',
      files: UPSTREAM.replace('[adult-collectors, teen-gamers]', '[adult-collectors, ⟦teen-gamers⟧]') + down(ADULTS),
      errors: [
        {
          messageId: 'untargeted',
          data: { initiative: { id: 'heroines', name: 'Add heroines' }, segment: { id: 'teen-gamers', name: 'Teen gamers' } },
          text: 'the initiative Add heroines (heroines) aims at the segment Teen gamers (teen-gamers), but no campaign targets it',
          related: [],
          fixCount: 0,
        },
      ],
    },
    {
      name: 'across files: the only campaign leaves the girls out (also with MP101 off)',
      config: 'rules:\n  MP101: off\n',
      files: {
        'plan.mplan.yaml': PLAN + UPSTREAM.replace('[adult-collectors, teen-gamers]', '[adult-collectors, ⟦teen-gamers⟧]'),
        'campaigns/spring.mplan.yaml': down(ADULTS, campaign('boys', '[teen-gamers]', '      audience:\n        genders: [male]\n')),
      },
      errors: [
        {
          messageId: 'leftOut',
          data: {
            initiative: { id: 'heroines', name: 'Add heroines' },
            segment: { id: 'teen-gamers', name: 'Teen gamers' },
            exclusions: {
              list: [
                {
                  phrase: 'exclusion',
                  data: {
                    campaign: { id: 'boys' },
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
                  },
                },
              ],
            },
          },
          text: 'the initiative Add heroines (heroines) aims at the segment Teen gamers (teen-gamers), but every campaign that targets it leaves part of it out: boys leaves out women and non-binary people',
          related: [
            {
              file: 'campaigns/spring.mplan.yaml',
              line: 14,
              message: ['campaign boys leaves out women and non-binary people of teen-gamers'],
            },
          ],
        },
      ],
    },
    {
      name: 'two campaigns, each leaving out a different part: related to both',
      files:
        UPSTREAM.replace('[adult-collectors, teen-gamers]', '[adult-collectors, ⟦teen-gamers⟧]') +
        down(
          ADULTS,
          campaign('boys', '[teen-gamers]', '      audience: { genders: [male] }\n'),
          campaign('french', '[teen-gamers]', '      audience: { age: 15-18, regions: [FR] }\n'),
        ),
      errors: [
        {
          messageId: 'leftOut',
          data: {
            initiative: { id: 'heroines', name: 'Add heroines' },
            segment: { id: 'teen-gamers', name: 'Teen gamers' },
            exclusions: {
              list: [
                {
                  phrase: 'exclusion',
                  data: {
                    campaign: { id: 'boys' },
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
                  },
                },
                {
                  phrase: 'exclusion',
                  data: {
                    campaign: { id: 'french' },
                    left: {
                      list: [
                        { phrase: 'ages.one', data: { ages: '14' } },
                        { phrase: 'regions.one', data: { regions: { list: ['IT'] } } },
                      ],
                    },
                  },
                },
              ],
            },
          },
          text: 'the initiative Add heroines (heroines) aims at the segment Teen gamers (teen-gamers), but every campaign that targets it leaves part of it out: boys leaves out women and non-binary people and french leaves out age 14 and region IT',
          related: [{ line: 24 }, { line: 31 }],
        },
      ],
    },
  ],
});
